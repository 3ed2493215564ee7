import { shanghaiTimeOf } from '../../../common/business-day';
import { bilingual } from '../../../common/bilingual';
import { Decider, DomainRuleError } from '../../../common/decider';
import {
  FactLedger,
  RecordedFact,
  StandingFact,
  checkSameArea,
  correctedFact,
  recordedFactOf,
  withFact,
  withRetracted,
} from '../../domain/recorded-fact';
import {
  CheckResult,
  ContactMethod,
  PROTECTIVE_MEASURE_LABELS,
  ProtectiveMeasure,
  WarningContactMade,
  WarningEvent,
  WarningFollowUp,
  WarningKind,
} from '../events/warning-instruction.events';

export type WarningCommand =
  | { type: 'ReceiveWarning'; instructionId: string; kind: WarningKind; receivedAt: string; deadline: string }
  | { type: 'RecordContact'; instructionId: string; unitId: string; method: ContactMethod; contactedAt: string }
  | { type: 'RecordDissuasion'; instructionId: string; unitId: string; dissuadedAt: string }
  | { type: 'RecordVictimisation'; instructionId: string; unitId: string; caseId: string | null; victimisedAt: string }
  | { type: 'ApplyProtectiveMeasure'; instructionId: string; unitId: string; measure: ProtectiveMeasure; appliedAt: string }
  | { type: 'ForwardWarning'; instructionId: string; unitId: string; toUnitId: string | null; forwardedAt: string }
  | { type: 'CheckOnSite'; instructionId: string; unitId: string; result: CheckResult; checkedAt: string }
  | { type: 'RetractFact'; instructionId: string; eventId: string; unitId: string; reason: string };

/**
 * The receipt (where and when it counted, and its deadline) and the follow-ups not retracted, in
 * the order recorded: the first contact among them is the counted one.
 */
export interface WarningState extends FactLedger<WarningFollowUp> {
  received: (RecordedFact & { deadline: string; kind: WarningKind }) | null;
}

const contactsOf = (state: WarningState) =>
  state.facts.filter((f): f is StandingFact<WarningContactMade> => f.event.type === 'WarningContactMade');
const has = (state: WarningState, type: WarningFollowUp['type']) => state.facts.some((f) => f.event.type === type);

export const warningInstructionDecider: Decider<WarningState, WarningCommand, WarningEvent> = {
  initialState: () => ({ received: null, facts: [], retracted: [] }),

  decide(command, state) {
    if (command.type === 'ReceiveWarning') {
      if (state.received) {
        throw new DomainRuleError(
          bilingual(`预警指令 ${command.instructionId} 已接收过`, `warning instruction ${command.instructionId} was already received`),
          'instructionId',
        );
      }
      if (Date.parse(command.deadline) <= Date.parse(command.receivedAt)) {
        throw new DomainRuleError(
          bilingual('处置时限须晚于预警指令的接收时间', 'the deadline must be after the time the instruction was received'),
          'deadline',
        );
      }
      return [
        {
          type: 'WarningInstructionReceived',
          data: { instructionId: command.instructionId, kind: command.kind, deadline: command.deadline },
        },
      ];
    }
    const received = requireReceived(state, command.instructionId);
    if (command.type === 'RetractFact') return [retraction(command, state, received.eventId)];
    // The indicators count a follow-up for the unit recording it, so it must be the receipt's:
    // another station must neither score on this instruction nor take its first contact.
    checkSameArea(received, command.unitId);
    // Every follow-up counts on the warning's day and under its kind.
    const ofWarning = { warningReceivedAt: received.occurredAt, warningKind: received.kind };
    const { warningReceivedAt } = ofWarning;
    const instructionId = command.instructionId;
    switch (command.type) {
      case 'RecordContact':
        notBefore(command.contactedAt, warningReceivedAt, 'contact');
        return [
          {
            type: 'WarningContactMade',
            data: {
              instructionId,
              method: command.method,
              withinDeadline: Date.parse(command.contactedAt) <= Date.parse(received.deadline),
              firstContact: contactsOf(state).length === 0,
              ...ofWarning,
            },
          },
        ];
      case 'RecordDissuasion':
        notBefore(command.dissuadedAt, warningReceivedAt, 'dissuasion');
        if (has(state, 'WarningDissuaded')) {
          throw new DomainRuleError(
            bilingual(`预警指令 ${instructionId} 已记录为劝阻成功`, `warning ${instructionId} is already recorded as dissuaded`),
            'instructionId',
          );
        }
        if (has(state, 'VictimisedAfterWarning')) {
          throw new DomainRuleError(
            bilingual(
              `预警指令 ${instructionId} 已记录为预警后被骗，不能再记录劝阻成功`,
              `warning ${instructionId} is recorded as victimised; it cannot be dissuaded afterwards`,
            ),
            'instructionId',
          );
        }
        return [{ type: 'WarningDissuaded', data: { instructionId, ...ofWarning } }];
      case 'RecordVictimisation':
        notBefore(command.victimisedAt, warningReceivedAt, 'victimisation');
        if (has(state, 'VictimisedAfterWarning')) {
          throw new DomainRuleError(
            bilingual(`预警指令 ${instructionId} 已记录为预警后被骗`, `warning ${instructionId} is already recorded as victimised`),
            'instructionId',
          );
        }
        return [{ type: 'VictimisedAfterWarning', data: { instructionId, caseId: command.caseId, ...ofWarning } }];
      case 'ApplyProtectiveMeasure':
        notBefore(command.appliedAt, warningReceivedAt, 'protective measure');
        if (state.facts.some((f) => f.event.type === 'ProtectiveMeasureApplied' && f.event.data.measure === command.measure)) {
          throw new DomainRuleError(
            bilingual(
              `预警指令 ${instructionId} 已采取过${PROTECTIVE_MEASURE_LABELS[command.measure]}措施`,
              `${command.measure} was already applied for warning ${instructionId}`,
            ),
            'measure',
          );
        }
        return [{ type: 'ProtectiveMeasureApplied', data: { instructionId, measure: command.measure, ...ofWarning } }];
      case 'ForwardWarning': {
        const { forwardedAt, toUnitId } = command;
        checkStep(state, instructionId, 'forwarding', forwardedAt, warningReceivedAt);
        if (toUnitId === command.unitId) {
          throw new DomainRuleError(
            bilingual('流转至本单位内的民警时不填流转单位', 'toUnitId names another unit; leave it empty within the receiving unit'),
            'toUnitId',
          );
        }
        const minutesFromReceipt = minutesBetween(warningReceivedAt, forwardedAt);
        return [{ type: 'WarningForwarded', data: { instructionId, toUnitId, minutesFromReceipt, ...ofWarning } }];
      }
      case 'CheckOnSite': {
        checkStep(state, instructionId, 'on-site check', command.checkedAt, warningReceivedAt);
        const minutesFromReceipt = minutesBetween(warningReceivedAt, command.checkedAt);
        return [{ type: 'WarningCheckedOnSite', data: { instructionId, result: command.result, minutesFromReceipt, ...ofWarning } }];
      }
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'WarningInstructionReceived':
        return { ...state, received: { ...recordedFactOf(event), deadline: event.data.deadline, kind: event.data.kind } };
      case 'WarningFactRetracted':
        return withRetracted(state, event.data.eventId);
      default:
        return withFact(state, event);
    }
  },
};

/** Takes a follow-up back; retracting the counted contact hands the count to the next contact standing. */
function retraction(command: Extract<WarningCommand, { type: 'RetractFact' }>, state: WarningState, receiptId: string): WarningEvent {
  const { instructionId, eventId, reason } = command;
  if (eventId === receiptId) {
    throw new DomainRuleError(
      bilingual(
        `事件 ${eventId} 是预警指令 ${instructionId} 的接收记录，只能撤回其后续处置记录`,
        `event ${eventId} is the receipt of warning instruction ${instructionId}; only its follow-ups can be retracted`,
      ),
      'eventId',
    );
  }
  const { fact, event } = correctedFact(state, command, { zh: `预警指令 ${instructionId}`, en: `warning instruction ${instructionId}` });
  const [counted, next] = contactsOf(state);
  const isCounted = counted?.fact.eventId === eventId;
  const retracted = event.type === 'WarningContactMade' ? { ...event, data: { ...event.data, firstContact: isCounted } } : event;
  const nextContact =
    isCounted && next ? { eventId: next.fact.eventId, areaId: next.fact.areaId, data: { ...next.event.data, firstContact: true } } : null;
  return { type: 'WarningFactRetracted', data: { instructionId, eventId, retracted, areaId: fact.areaId, reason, nextContact } };
}

function requireReceived(state: WarningState, instructionId: string) {
  if (!state.received) {
    throw new DomainRuleError(
      bilingual(`预警指令 ${instructionId} 尚未接收`, `warning instruction ${instructionId} has not been received`),
      'instructionId',
    );
  }
  return state.received;
}

/** The follow-ups of a warning, as officers name them. */
const FOLLOW_UPS = {
  contact: '联系',
  dissuasion: '劝阻',
  victimisation: '被骗',
  'protective measure': '采取保护措施',
  forwarding: '流转',
  'on-site check': '落地核查',
} as const;

function notBefore(at: string, receivedAt: string, what: keyof typeof FOLLOW_UPS) {
  if (Date.parse(at) < Date.parse(receivedAt)) {
    throw new DomainRuleError(
      bilingual(
        `${FOLLOW_UPS[what]}的时间不能早于预警指令的接收时间（${shanghaiTimeOf(receivedAt)}）`,
        `the ${what} cannot happen before the instruction was received (${receivedAt})`,
      ),
      'occurredAt',
    );
  }
}

const minutesBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 60_000);

/**
 * The two steps happen once each and in order (流转 then 落地核查), so each keeps one time from the
 * receipt; a step recorded in error is retracted and recorded again.
 */
const STEPS = {
  forwarding: { type: 'WarningForwarded', other: 'on-site check', otherType: 'WarningCheckedOnSite', first: true },
  'on-site check': { type: 'WarningCheckedOnSite', other: 'forwarding', otherType: 'WarningForwarded', first: false },
} as const;

function checkStep(state: WarningState, instructionId: string, step: keyof typeof STEPS, at: string, receivedAt: string) {
  notBefore(at, receivedAt, step);
  const { type, other, otherType, first } = STEPS[step];
  if (has(state, type)) {
    throw new DomainRuleError(
      bilingual(`预警指令 ${instructionId} 已记录过${FOLLOW_UPS[step]}`, `the ${step} of warning ${instructionId} is already recorded`),
      'instructionId',
    );
  }
  const otherAt = state.facts.find((f) => f.event.type === otherType)?.fact.occurredAt;
  if (!otherAt) return;
  const gap = Date.parse(otherAt) - Date.parse(at);
  if (first ? gap < 0 : gap > 0) {
    throw new DomainRuleError(
      bilingual(
        `${FOLLOW_UPS[step]}的时间须${first ? '不晚于' : '不早于'}${FOLLOW_UPS[other]}的时间（${shanghaiTimeOf(otherAt)}）`,
        `the ${step} cannot come ${first ? 'after' : 'before'} the ${other} (${otherAt})`,
      ),
      'occurredAt',
    );
  }
}
