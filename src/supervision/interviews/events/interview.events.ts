import { Day } from '../../../common/business-day';
import { DomainEvent } from '../../../common/decider';
import { ChiefRole } from '../../../organization/events/organization.events';
import { Evidence } from '../../evidence/domain/evidence';

export const INDUSTRIES = ['BANK', 'TELECOM', 'INTERNET', 'OTHER'] as const;
export type Industry = (typeof INDUSTRIES)[number];
export const INDUSTRY_LABELS: Record<Industry, string> = { BANK: '银行', TELECOM: '通信运营商', INTERNET: '互联网', OTHER: '其他行业' };

/** What an interview may escalate from; plain data, so the interview does not depend on those workflows. */
export const ESCALATION_SOURCES = ['LETTER', 'LISTING', 'SUGGESTION'] as const;
export type EscalationSource = (typeof ESCALATION_SOURCES)[number];
export const ESCALATION_SOURCE_LABELS: Record<EscalationSource, string> = {
  LETTER: '工作提示函',
  LISTING: '挂牌整治',
  SUGGESTION: '系统建议',
};

export interface ChiefRef {
  chiefId: string;
  name: string;
  role: ChiefRole;
}

/**
 * Who is interviewed, frozen with the names of the day: the leader of a county or station (and
 * optionally its chief by name), or the responsible person of an industry's organisation, named
 * by title and name only (no ID or phone numbers are kept).
 */
export type InterviewTarget =
  | { kind: 'UNIT'; unitId: string; unitName: string; chief: ChiefRef | null }
  | { kind: 'INDUSTRY'; industry: Industry; organization: string; personTitle: string; personName: string };

export interface InterviewSchedule {
  /** An instant (UTC ISO). */
  at: string;
  place: string;
  interviewer: string;
}

/** 整改要求: what the interview required, numbered from 1 in the order stated. */
export interface Requirement {
  number: number;
  text: string;
  deadline: Day;
}

export interface RequirementCheck {
  number: number;
  met: boolean;
  notes: string;
}

export type InterviewOrdered = DomainEvent<
  'InterviewOrdered',
  {
    interviewId: string;
    target: InterviewTarget;
    /** The unit concerned (the interviewed unit, or for an industry the unit whose figures prompted it) and its county. */
    unitId: string;
    countyId: string;
    orderedBy: ChiefRef;
    reason: string;
    evidence: Evidence;
    escalatedFrom: { kind: EscalationSource; id: string } | null;
    orderedOn: Day;
    schedule: InterviewSchedule | null;
  }
>;
export type InterviewScheduled = DomainEvent<'InterviewScheduled', { interviewId: string; schedule: InterviewSchedule }>;
export type InterviewRescheduled = DomainEvent<
  'InterviewRescheduled',
  {
    interviewId: string;
    schedule: InterviewSchedule;
    previous: InterviewSchedule;
    reason: string;
  }
>;
export type InterviewCancelled = DomainEvent<'InterviewCancelled', { interviewId: string; reason: string }>;
export type InterviewHeld = DomainEvent<
  'InterviewHeld',
  {
    interviewId: string;
    heldAt: string;
    attendees: string[];
    requirements: Requirement[];
  }
>;
export type InterviewFollowUpChecked = DomainEvent<
  'InterviewFollowUpChecked',
  {
    interviewId: string;
    checkedOn: Day;
    results: RequirementCheck[];
    /** The earliest deadline among requirements never checked after this check; null once all were. */
    openDeadline: Day | null;
  }
>;
export type InterviewClosed = DomainEvent<'InterviewClosed', { interviewId: string; closedOn: Day; conclusion: string; allMet: boolean }>;

export type InterviewEvent =
  | InterviewOrdered
  | InterviewScheduled
  | InterviewRescheduled
  | InterviewCancelled
  | InterviewHeld
  | InterviewFollowUpChecked
  | InterviewClosed;

export const INTERVIEW_EVENT_TYPES: InterviewEvent['type'][] = [
  'InterviewOrdered',
  'InterviewScheduled',
  'InterviewRescheduled',
  'InterviewCancelled',
  'InterviewHeld',
  'InterviewFollowUpChecked',
  'InterviewClosed',
];

export const interviewStream = (interviewId: string) => `interview-${interviewId}`;
