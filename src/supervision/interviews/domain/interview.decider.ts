import { wrongUnitLevel } from '../../../organization/domain/refusals';
import { deadlineBeforeToday } from '../../../common/refusals';
import { bilingual } from '../../../common/bilingual';
import { Day, businessDayOf } from '../../../common/business-day';
import { Decider, DomainRuleError } from '../../../common/decider';
import { countyOf } from '../../../organization/domain/county-of';
import { UnitFacts } from '../../common/domain/organization-facts';
import { Evidence } from '../../evidence/domain/evidence';
import {
  ChiefRef,
  InterviewEvent,
  InterviewOrdered,
  InterviewSchedule,
  InterviewTarget,
  Requirement,
  RequirementCheck,
} from '../events/interview.events';
import { INTERVIEW_STATUS_LABELS, RecordedInterviewStatus } from './interview-status';

/** Whom an order names: a county or station by id (and optionally its chief), or an industry's responsible person. */
export type TargetRequest = { kind: 'UNIT'; unitId: string; chiefId: string | null } | Extract<InterviewTarget, { kind: 'INDUSTRY' }>;

/** A chief in office on the day of the order, with his unit. */
export type ChiefInOffice = ChiefRef & { unitId: string };

/** What the read models hold of an order's names on the day it is given. */
export interface OrderFacts {
  /** The unit concerned: the unit interviewed, or for an industry the unit whose figures prompted it. */
  unit: UnitFacts;
  /** The chief named with the unit interviewed. */
  chief: ChiefInOffice | null;
  orderedBy: ChiefInOffice;
  /** The figures cited, frozen as gathered. */
  evidence: Evidence;
}

export interface OrderInterview extends Pick<InterviewOrdered['data'], 'interviewId' | 'reason' | 'escalatedFrom' | 'schedule'> {
  type: 'OrderInterview';
  target: TargetRequest;
  today: Day;
  facts: OrderFacts;
}

/** `today` comes from the clock, and an order's facts from the read models. */
export type InterviewCommand =
  | OrderInterview
  | { type: 'ScheduleInterview'; interviewId: string; schedule: InterviewSchedule; reason: string | null; today: Day }
  | { type: 'CancelInterview'; interviewId: string; reason: string }
  | {
      type: 'HoldInterview';
      interviewId: string;
      heldAt: string;
      attendees: string[];
      requirements: Array<Omit<Requirement, 'number'>>;
      today: Day;
    }
  | { type: 'CheckFollowUp'; interviewId: string; results: RequirementCheck[]; today: Day }
  | { type: 'CloseInterview'; interviewId: string; conclusion: string; today: Day };

export interface InterviewState {
  status: RecordedInterviewStatus | null;
  schedule: InterviewSchedule | null;
  requirements: Requirement[];
  /** The latest follow-up finding per requirement number: met or not. */
  checks: ReadonlyMap<number, boolean>;
}

/** 约谈: ordered (and scheduled, rescheduled or cancelled), held with requirements, followed up, closed. */
export const interviewDecider: Decider<InterviewState, InterviewCommand, InterviewEvent> = {
  initialState: () => ({ status: null, schedule: null, requirements: [], checks: new Map() }),

  decide(command, state) {
    const { interviewId } = command;
    if (command.type === 'OrderInterview') return [order(command, state)];
    switch (command.type) {
      case 'ScheduleInterview': {
        requireStatus(state, interviewId, ['ORDERED', 'SCHEDULED'], 'scheduled');
        notPast(command.schedule, command.today);
        const { schedule, reason } = command;
        if (!state.schedule) return [{ type: 'InterviewScheduled', data: { interviewId, schedule } }];
        if (!reason) {
          throw new DomainRuleError(
            bilingual(
              `约谈 ${interviewId} 已安排，改期须说明原因`,
              `interview ${interviewId} is already scheduled; rescheduling it needs a reason`,
            ),
            'reason',
          );
        }
        return [{ type: 'InterviewRescheduled', data: { interviewId, schedule, previous: state.schedule, reason } }];
      }
      case 'CancelInterview':
        requireStatus(state, interviewId, ['ORDERED', 'SCHEDULED'], 'cancelled');
        return [{ type: 'InterviewCancelled', data: { interviewId, reason: command.reason } }];
      case 'HoldInterview':
        return [hold(command, state)];
      case 'CheckFollowUp':
        return [checkFollowUp(command, state)];
      case 'CloseInterview': {
        requireStatus(state, interviewId, ['HELD', 'FOLLOWED_UP'], 'closed');
        const unchecked = state.requirements.filter((r) => !state.checks.has(r.number)).map((r) => r.number);
        if (unchecked.length > 0) {
          throw new DomainRuleError(
            bilingual(
              `约谈 ${interviewId} 的第 ${unchecked.join('、')} 项整改要求尚未回访核查，核查后才能结案`,
              `requirement ${unchecked.join(', ')} of interview ${interviewId} has not been checked; check it before closing`,
            ),
            'interviewId',
          );
        }
        const allMet = [...state.checks.values()].every(Boolean);
        return [{ type: 'InterviewClosed', data: { interviewId, closedOn: command.today, conclusion: command.conclusion, allMet } }];
      }
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'InterviewOrdered':
        return { ...state, status: event.data.schedule ? 'SCHEDULED' : 'ORDERED', schedule: event.data.schedule };
      case 'InterviewScheduled':
      case 'InterviewRescheduled':
        return { ...state, status: 'SCHEDULED', schedule: event.data.schedule };
      case 'InterviewCancelled':
        return { ...state, status: 'CANCELLED' };
      case 'InterviewHeld':
        return { ...state, status: 'HELD', requirements: event.data.requirements };
      case 'InterviewFollowUpChecked': {
        const checks = new Map(state.checks);
        for (const r of event.data.results) checks.set(r.number, r.met);
        return { ...state, status: event.data.openDeadline === null ? 'FOLLOWED_UP' : 'HELD', checks };
      }
      case 'InterviewClosed':
        return { ...state, status: 'CLOSED' };
    }
  },
};

/** Leaders above the stations order interviews, of a county or a station and its own chief, or of an industry. */
function order(command: OrderInterview, state: InterviewState): InterviewEvent {
  const { interviewId, target, reason, escalatedFrom, schedule, today, facts } = command;
  const { unit, orderedBy, evidence } = facts;
  const interviewed = interviewedOf(target, facts);
  if (orderedBy.role === 'STATION_CHIEF') {
    throw new DomainRuleError(
      bilingual(
        `${orderedBy.name}是所队长（防区长），约谈须由县局或市局领导决定`,
        `${orderedBy.name} is a station chief; interviews are ordered by county or city leaders`,
      ),
      'input.orderedBy',
    );
  }
  if (state.status)
    throw new DomainRuleError(bilingual(`约谈 ${interviewId} 已决定过`, `interview ${interviewId} was already ordered`), 'interviewId');
  if (schedule) notPast(schedule, today);
  const data = {
    interviewId,
    target: interviewed,
    unitId: unit.unitId,
    countyId: countyOf(unit) ?? unit.unitId,
    orderedBy: chiefRef(orderedBy),
    reason,
    evidence,
    escalatedFrom,
    orderedOn: today,
    schedule,
  };
  return { type: 'InterviewOrdered', data };
}

function interviewedOf(target: TargetRequest, { unit, chief }: OrderFacts): InterviewTarget {
  if (target.kind === 'INDUSTRY') return target;
  if (unit.level !== 'COUNTY' && unit.level !== 'STATION') {
    throw wrongUnitLevel(
      unit,
      { zh: '约谈对象只能是县局或派出所', en: 'interviews are held with a county or a station' },
      'input.unit.unitId',
    );
  }
  if (chief && chief.unitId !== unit.unitId) {
    throw new DomainRuleError(
      bilingual(`${chief.name}不是${unit.name}的六长`, `${chief.name} is not a chief of ${unit.name}`),
      'input.unit.chiefId',
    );
  }
  return { kind: 'UNIT', unitId: unit.unitId, unitName: unit.name, chief: chief && chiefRef(chief) };
}

const chiefRef = ({ chiefId, name, role }: ChiefInOffice): ChiefRef => ({ chiefId, name, role });

function hold(command: Extract<InterviewCommand, { type: 'HoldInterview' }>, state: InterviewState): InterviewEvent {
  const { interviewId, heldAt, attendees, today } = command;
  requireStatus(state, interviewId, ['SCHEDULED'], 'held');
  const heldOn = businessDayOf(heldAt);
  if (heldOn > today) {
    throw new DomainRuleError(
      bilingual(
        `约谈实施后才能记录：${heldOn} 晚于今天（${today}）`,
        `an interview is recorded once held; ${heldOn} is after today (${today})`,
      ),
      'heldAt',
    );
  }
  if (attendees.length === 0)
    throw new DomainRuleError(bilingual('至少须填写一名参加人员', 'name at least one person who attended'), 'attendees');
  if (command.requirements.length === 0) {
    throw new DomainRuleError(
      bilingual('约谈至少须提出一项整改要求', 'an interview states at least one requirement (整改要求)'),
      'requirements',
    );
  }
  command.requirements.forEach((r, i) => {
    if (r.deadline < today) throw deadlineBeforeToday(r.deadline, today, `requirements[${i}].deadline`);
  });
  const requirements = command.requirements.map((r, i) => ({ number: i + 1, text: r.text, deadline: r.deadline }));
  return { type: 'InterviewHeld', data: { interviewId, heldAt, attendees, requirements } };
}

function checkFollowUp(command: Extract<InterviewCommand, { type: 'CheckFollowUp' }>, state: InterviewState): InterviewEvent {
  const { interviewId, results, today } = command;
  requireStatus(state, interviewId, ['HELD', 'FOLLOWED_UP'], 'followed up');
  if (results.length === 0) {
    throw new DomainRuleError(bilingual('至少须给出一项整改要求的核查结果', 'give the finding for at least one requirement'), 'results');
  }
  const seen = new Set<number>();
  results.forEach((r, i) => {
    if (!state.requirements.some((q) => q.number === r.number)) {
      throw new DomainRuleError(
        bilingual(
          `约谈 ${interviewId} 没有第 ${r.number} 项整改要求（共 ${state.requirements.length} 项）`,
          `interview ${interviewId} has no requirement ${r.number} (it has 1 to ${state.requirements.length})`,
        ),
        `results[${i}].requirement`,
      );
    }
    if (seen.has(r.number)) {
      throw new DomainRuleError(
        bilingual(`第 ${r.number} 项整改要求重复填写`, `requirement ${r.number} is given twice`),
        `results[${i}].requirement`,
      );
    }
    seen.add(r.number);
  });
  const open = state.requirements
    .filter((q) => !state.checks.has(q.number) && !seen.has(q.number))
    .map((q) => q.deadline)
    .sort();
  return { type: 'InterviewFollowUpChecked', data: { interviewId, checkedOn: today, results, openDeadline: open[0] ?? null } };
}

/** The steps taken on an interview, as a refusal names them. */
const STEPS = { scheduled: '安排', cancelled: '取消', held: '记录实施', 'followed up': '回访核查', closed: '结案' } as const;

function requireStatus(state: InterviewState, interviewId: string, allowed: RecordedInterviewStatus[], verb: keyof typeof STEPS) {
  if (!state.status)
    throw new DomainRuleError(bilingual(`约谈 ${interviewId} 尚未决定`, `interview ${interviewId} has not been ordered`), 'interviewId');
  if (!allowed.includes(state.status)) {
    const label = INTERVIEW_STATUS_LABELS[state.status];
    throw new DomainRuleError(
      bilingual(
        `约谈 ${interviewId} 当前为${label}，不能${STEPS[verb]}`,
        `interview ${interviewId} is ${label} (${state.status}) and cannot be ${verb}`,
      ),
      'interviewId',
    );
  }
}

function notPast(schedule: InterviewSchedule, today: Day) {
  const day = businessDayOf(schedule.at);
  if (day < today) {
    throw new DomainRuleError(
      bilingual(
        `约谈不能安排在已过去的日期（${day}，今天是 ${today}）`,
        `an interview cannot be scheduled for a day already past (${day}; today is ${today})`,
      ),
      'schedule.at',
    );
  }
}
