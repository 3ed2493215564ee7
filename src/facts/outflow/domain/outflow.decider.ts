import { shanghaiTimeOf } from '../../../common/business-day';
import { bilingual } from '../../../common/bilingual';
import { Decider, DomainRuleError } from '../../../common/decider';
import { FactLedger, StandingFact, checkSameArea, correctedFact, withFact, withRetracted } from '../../domain/recorded-fact';
import { OutflowEvent, OutflowFact, OutflowRegistered, OutflowReturned, ReturnWay } from '../events/outflow.events';

/** `identifiedAt` and `returnedAt` are the facts' own times, which the rules compare. */
export type OutflowCommand =
  | { type: 'RegisterOutflow'; personId: string; destination: string; abroadSince: string | null; identifiedAt: string }
  | { type: 'RecordReturn'; personId: string; unitId: string; way: ReturnWay; returnedAt: string }
  | { type: 'RetractFact'; personId: string; eventId: string; unitId: string; reason: string };

/** The registration and return standing; a retracted one may be recorded again. */
export type OutflowState = FactLedger<OutflowFact>;

const personOf = (personId: string) => ({ zh: `外流人员 ${personId}`, en: `outflow person ${personId}` });

const standing = <T extends OutflowFact['type']>(state: OutflowState, type: T) =>
  state.facts.find((f) => f.event.type === type) as StandingFact<Extract<OutflowFact, { type: T }>> | undefined;

function register(command: Extract<OutflowCommand, { type: 'RegisterOutflow' }>, state: OutflowState): OutflowRegistered {
  const { personId, destination, abroadSince, identifiedAt } = command;
  if (standing(state, 'OutflowRegistered')) {
    throw new DomainRuleError(bilingual(`外流人员 ${personId} 已登记`, `outflow person ${personId} is already registered`), 'personId');
  }
  if (abroadSince && Date.parse(abroadSince) > Date.parse(identifiedAt)) {
    throw new DomainRuleError(
      bilingual(
        `出境时间 ${shanghaiTimeOf(abroadSince)} 晚于查明外流的时间（${shanghaiTimeOf(identifiedAt)}）`,
        `abroadSince ${abroadSince} is after the person was identified as gone abroad (${identifiedAt})`,
      ),
      'abroadSince',
    );
  }
  return { type: 'OutflowRegistered', data: { personId, destination, abroadSince } };
}

function returned(command: Extract<OutflowCommand, { type: 'RecordReturn' }>, state: OutflowState): OutflowReturned {
  const { personId, unitId, way, returnedAt } = command;
  const registration = standing(state, 'OutflowRegistered');
  if (!registration) {
    throw new DomainRuleError(bilingual(`外流人员 ${personId} 尚未登记`, `outflow person ${personId} has not been registered`), 'personId');
  }
  const before = standing(state, 'OutflowReturned');
  if (before) {
    throw new DomainRuleError(
      bilingual(
        `外流人员 ${personId} 已于 ${shanghaiTimeOf(before.fact.occurredAt)} 回流`,
        `outflow person ${personId} already returned at ${before.fact.occurredAt}`,
      ),
      'personId',
    );
  }
  // The return counts on the area that registered the person: each area answers for its own.
  checkSameArea(registration.fact, unitId);
  const identifiedAt = registration.fact.occurredAt;
  if (Date.parse(returnedAt) < Date.parse(identifiedAt)) {
    throw new DomainRuleError(
      bilingual(
        `回流时间 ${shanghaiTimeOf(returnedAt)} 早于查明外流的时间（${shanghaiTimeOf(identifiedAt)}）`,
        `the return time ${returnedAt} is before the person was identified as gone abroad (${identifiedAt})`,
      ),
      'occurredAt',
    );
  }
  return { type: 'OutflowReturned', data: { personId, way } };
}

export const outflowDecider: Decider<OutflowState, OutflowCommand, OutflowEvent> = {
  initialState: () => ({ facts: [], retracted: [] }),

  decide(command, state) {
    if (command.type === 'RegisterOutflow') return [register(command, state)];
    if (command.type === 'RecordReturn') return [returned(command, state)];
    const { personId, reason } = command;
    const { fact, event } = correctedFact(state, command, personOf(personId));
    // Taking back a registration under a standing return would count a return of nobody.
    if (event.type === 'OutflowRegistered' && standing(state, 'OutflowReturned')) {
      throw new DomainRuleError(
        bilingual(
          `外流人员 ${personId} 已回流，须先撤回其回流记录，再撤回登记`,
          `outflow person ${personId} has returned; retract the return before the registration`,
        ),
        'eventId',
      );
    }
    return [
      {
        type: 'OutflowFactRetracted',
        data: { personId, eventId: fact.eventId, retracted: event, areaId: fact.areaId, factOccurredAt: fact.occurredAt, reason },
      },
    ];
  },

  evolve(state, event) {
    return event.type === 'OutflowFactRetracted' ? withRetracted(state, event.data.eventId) : withFact(state, event);
  },
};
