import { storedEvent } from '../../event-store/stored-event.spec-helpers';
import { FACT_EVENT_TYPES } from '../domain/fact-catalogue';
import { FACT_RECORDS, factRecordsProjection as projection } from './fact-records.projection';

const metadata = { unitId: 'st-a', occurredAt: '2026-04-16T16:30:00.000Z', recordedAt: '2026-05-02T01:00:00.000Z' };

describe('fact records projection', () => {
  it('keeps a fact with its Shanghai day and both its times', () => {
    const event = storedEvent('CaseFiled', { caseId: 'AJ-1' }, { position: 7n, metadata });
    expect(projection.project(event)).toEqual([
      {
        op: 'insert',
        table: FACT_RECORDS,
        row: {
          eventId: 'evt-7',
          position: 7,
          type: 'CaseFiled',
          unitId: 'st-a',
          day: '2026-04-17',
          occurredAt: metadata.occurredAt,
          recordedAt: metadata.recordedAt,
          kind: 'FACT',
        },
      },
    ]);
  });

  it.each([
    ['CaseRevoked', 'CORRECTION'],
    ['WarningFactRetracted', 'CORRECTION'],
    ['StrikeFactRetracted', 'CORRECTION'],
    ['WarningContactMade', 'CONTACT'],
    ['FraudAlertReceived', 'FACT'],
  ])('tells %s apart as a %s', (type, kind) => {
    expect(projection.project(storedEvent(type, {}, { metadata }))[0]).toMatchObject({ row: { kind } });
  });

  it('reads the facts of every family and nothing else', () => {
    expect(projection.eventTypes).toEqual(FACT_EVENT_TYPES);
  });
});
