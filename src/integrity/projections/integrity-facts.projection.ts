import { businessDayOf } from '../../common/business-day';
import { FACT_EVENT_TYPES, isCorrection } from '../../facts/domain/fact-catalogue';
import { Projection } from '../../read-store/projection';

export const INTEGRITY_FACTS = 'integrity_facts';

/** What the detectors read of each fact: who recorded it for which unit, when it happened and when it was recorded. */
export interface IntegrityFactRow {
  eventId: string;
  position: number;
  type: string;
  unitId: string;
  /** The Shanghai business day it happened on (a correction: the day it was made). */
  day: string;
  occurredAt: string;
  recordedAt: string;
  /** FACT, CORRECTION (撤回、撤销、更正) or CONTACT (a warning contact, whose times the detectors compare). */
  kind: 'FACT' | 'CORRECTION' | 'CONTACT';
}

const kindOf = (type: string): IntegrityFactRow['kind'] =>
  isCorrection(type) ? 'CORRECTION' : type === 'WarningContactMade' ? 'CONTACT' : 'FACT';

/**
 * The facts and corrections of every family, one small row each, by day: the audit trail holds the
 * same and more, but keyed for reading one event's story, not a year of a city's at once.
 */
export const integrityFactsProjection: Projection = {
  name: 'integrity-facts',
  version: 1,
  // Every fact adds to it and only the findings (which declare no reads) read it: it must not drop cached rankings.
  trail: true,
  tables: [
    {
      name: INTEGRITY_FACTS,
      columns: {
        eventId: 'text',
        position: 'integer',
        type: 'text',
        unitId: 'text',
        day: 'text',
        occurredAt: 'text',
        recordedAt: 'text',
        kind: 'text',
      },
      key: ['eventId'],
      indexes: [['day'], ['unitId', 'day']],
    },
  ],
  eventTypes: FACT_EVENT_TYPES,
  project(event) {
    const { unitId, occurredAt, recordedAt } = event.metadata;
    const row: IntegrityFactRow = {
      eventId: event.id,
      position: Number(event.position),
      type: event.type,
      unitId,
      day: businessDayOf(occurredAt),
      occurredAt,
      recordedAt,
      kind: kindOf(event.type),
    };
    return [{ op: 'insert', table: INTEGRITY_FACTS, row: { ...row } }];
  },
};
