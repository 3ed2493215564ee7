import { chineseDate, chineseDateTime } from '../../../common/chinese-date';
import { Day } from '../../../common/business-day';
import { CHIEF_ROLE_LABELS } from '../../../organization/events/organization.events';
import { toEvidenceType } from '../../evidence/graphql/evidence.mapper';
import { INTERVIEW_STATUS_LABELS, InterviewStatus, requirementOverdue } from '../domain/interview-status';
import {
  ChiefRef,
  ESCALATION_SOURCE_LABELS,
  INDUSTRY_LABELS,
  InterviewEvent,
  InterviewSchedule,
  InterviewTarget,
} from '../events/interview.events';
import { InterviewRow, RequirementRow } from '../projections/interviews.projection';
import { RecordedStep } from '../../common/queries/recorded-steps';
import { InterviewChiefType, InterviewRequirementType, InterviewTargetType, InterviewType } from './interview.types';
import { WorkflowStepType, toWorkflowStep } from '../../common/graphql/workflow-step.types';

const chief = (c: ChiefRef): InterviewChiefType => ({ ...c, roleLabel: CHIEF_ROLE_LABELS[c.role] });

export function targetLabel(t: InterviewTarget): string {
  if (t.kind === 'INDUSTRY') return `${INDUSTRY_LABELS[t.industry]} ${t.organization} ${t.personTitle}${t.personName}`;
  return t.chief ? `${t.unitName} ${CHIEF_ROLE_LABELS[t.chief.role]}${t.chief.name}` : `${t.unitName}负责人`;
}

function toTargetType(t: InterviewTarget): InterviewTargetType {
  const none = { unitId: null, unitName: null, chief: null, industry: null, organization: null, personTitle: null, personName: null };
  if (t.kind === 'INDUSTRY') return { ...none, ...t, label: targetLabel(t) };
  return { ...none, kind: t.kind, unitId: t.unitId, unitName: t.unitName, chief: t.chief ? chief(t.chief) : null, label: targetLabel(t) };
}

export function toInterviewType(row: InterviewRow, status: InterviewStatus): InterviewType {
  const { escalatedFrom } = row;
  return {
    ...row,
    status,
    statusLabel: INTERVIEW_STATUS_LABELS[status],
    overdue: status === 'OVERDUE',
    target: toTargetType(row.target),
    orderedBy: chief(row.orderedBy),
    evidence: toEvidenceType(row.evidence),
    escalatedFrom: escalatedFrom ? { ...escalatedFrom, kindLabel: ESCALATION_SOURCE_LABELS[escalatedFrom.kind] } : null,
  };
}

export function toRequirementType(row: RequirementRow, today: Day): InterviewRequirementType {
  const { number, text, deadline, check } = row;
  return {
    number,
    text,
    deadline,
    met: check?.met ?? null,
    notes: check?.notes ?? null,
    checkedOn: check?.checkedOn ?? null,
    overdue: requirementOverdue(deadline, check !== null, today),
  };
}

const arrangement = (s: InterviewSchedule) => `${chineseDateTime(s.at)} 在${s.place}，约谈人${s.interviewer}`;

function describe({ type, data }: RecordedStep): { label: string; summary: string } {
  const event = { type, data } as InterviewEvent;
  switch (event.type) {
    case 'InterviewOrdered': {
      const { orderedBy, target, reason, schedule, escalatedFrom } = event.data;
      const from = escalatedFrom ? `；由${ESCALATION_SOURCE_LABELS[escalatedFrom.kind]}${escalatedFrom.id}升级` : '';
      const when = schedule ? `；定于${arrangement(schedule)}` : '';
      return {
        label: '决定约谈',
        summary: `${CHIEF_ROLE_LABELS[orderedBy.role]}${orderedBy.name}决定约谈${targetLabel(target)}：${reason}${from}${when}`,
      };
    }
    case 'InterviewScheduled':
      return { label: '安排', summary: `定于${arrangement(event.data.schedule)}` };
    case 'InterviewRescheduled':
      return {
        label: '改期',
        summary: `由${chineseDateTime(event.data.previous.at)}改至${arrangement(event.data.schedule)}；原因：${event.data.reason}`,
      };
    case 'InterviewCancelled':
      return { label: '取消', summary: `原因：${event.data.reason}` };
    case 'InterviewHeld': {
      const { heldAt, attendees, requirements } = event.data;
      const required = requirements.map((r) => `${r.number}. ${r.text}（${chineseDate(r.deadline)}前）`).join('；');
      return { label: '约谈', summary: `${chineseDateTime(heldAt)}约谈，参加：${attendees.join('、')}；整改要求：${required}` };
    }
    case 'InterviewFollowUpChecked':
      return {
        label: '回访核查',
        summary: event.data.results.map((r) => `要求${r.number}${r.met ? '已落实' : '未落实'}（${r.notes}）`).join('；'),
      };
    case 'InterviewClosed':
      return { label: '结案', summary: `${event.data.allMet ? '整改要求全部落实' : '部分整改要求未落实'}；${event.data.conclusion}` };
  }
}

export const toInterviewStep = (step: RecordedStep): WorkflowStepType => toWorkflowStep(step, describe);
