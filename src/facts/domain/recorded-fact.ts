import { bilingual } from '../../common/bilingual';
import { DomainEvent, DomainRuleError } from '../../common/decider';

/**
 * Where and when a recorded fact counted, as the stored event a decider folds tells it. Correcting
 * events copy it into their data: the indicators take a fact back on its own defense area and
 * day, and a projection cannot look the original event up.
 */
export interface RecordedFact {
  eventId: string;
  areaId: string;
  occurredAt: string;
}

/** An event's type and data without its metadata: a fact as a correction quotes it. */
export type FactOf<E extends DomainEvent> = E extends DomainEvent ? { type: E['type']; data: E['data'] } : never;

/** A fact still standing in its stream, as it counts now (with any amendment). */
export interface StandingFact<E extends DomainEvent> {
  fact: RecordedFact;
  event: FactOf<E>;
}

/** The part of a stream's state corrections work on: the facts standing, in the order recorded, and those retracted. */
export interface FactLedger<E extends DomainEvent> {
  facts: StandingFact<E>[];
  retracted: string[];
}

/** Stored events carry their id and unit beside the business time; decided ones do not yet. */
export function recordedFactOf(event: DomainEvent): RecordedFact {
  const { id, metadata } = event as DomainEvent & { id?: string; metadata?: { occurredAt: string; unitId?: string } };
  if (!id || !metadata?.unitId) throw new Error(`stored event ${event.type} has no id or metadata.unitId`);
  return { eventId: id, areaId: metadata.unitId, occurredAt: metadata.occurredAt };
}

export function withFact<E extends DomainEvent, S extends FactLedger<E>>(state: S, event: E): S {
  return { ...state, facts: [...state.facts, { fact: recordedFactOf(event), event: { type: event.type, data: event.data } as FactOf<E> }] };
}

export function withRetracted<S extends FactLedger<DomainEvent>>(state: S, eventId: string): S {
  return { ...state, facts: state.facts.filter((f) => f.fact.eventId !== eventId), retracted: [...state.retracted, eventId] };
}

/** The ledger with one fact's data amended, e.g. a corrected count or amount. */
export function withAmended<S extends FactLedger<DomainEvent>>(state: S, eventId: string, amendment: object): S {
  const amend = (f: S['facts'][number]) =>
    f.fact.eventId === eventId ? { ...f, event: { ...f.event, data: { ...(f.event.data as object), ...amendment } } } : f;
  return { ...state, facts: state.facts.map(amend) };
}

/**
 * The standing fact an event id names in a stream, recorded for the unit correcting it, or the
 * refusal saying why not: retracted already, no fact of this stream (the log has no index by event
 * id, so an event of another stream reads as unknown here), or a fact of another defense area.
 * `owner` names the stream in Chinese and English: 预警指令 YJ-1 / warning instruction YJ-1.
 */
export function correctedFact<E extends DomainEvent>(
  ledger: FactLedger<E>,
  command: { eventId: string; unitId: string },
  owner: { zh: string; en: string },
): StandingFact<E> {
  const { eventId, unitId } = command;
  if (ledger.retracted.includes(eventId)) {
    throw new DomainRuleError(
      bilingual(`${owner.zh} 的事件 ${eventId} 已撤回`, `event ${eventId} of ${owner.en} was already retracted`),
      'eventId',
    );
  }
  const found = ledger.facts.find((s) => s.fact.eventId === eventId);
  if (!found) {
    throw new DomainRuleError(
      bilingual(`事件 ${eventId} 不是${owner.zh} 记录的事实`, `event ${eventId} is not a fact recorded for ${owner.en}`),
      'eventId',
    );
  }
  checkSameArea(found.fact, unitId);
  return found;
}

/** A follow-up or correction of a fact is recorded for the defense area the fact counted for: each area answers for its own figures. */
export function checkSameArea(fact: RecordedFact, unitId: string): void {
  if (fact.areaId !== unitId) {
    throw new DomainRuleError(
      bilingual(
        `事件 ${fact.eventId} 记在 ${fact.areaId} 名下，其后续处置和更正只能由该单位记录，不能由 ${unitId} 记录`,
        `event ${fact.eventId} was recorded for ${fact.areaId}; only that unit records what follows it, not ${unitId}`,
      ),
      'unitId',
    );
  }
}
