import { StoredEvent } from '../../event-store/event-store.port';
import { storedEvent } from '../../event-store/stored-event.spec-helpers';
import { dailyIndicatorsProjection as projection } from './daily-indicators.projection';
import { DAILY_BY_FRAUD_TYPE, DAILY_BY_METHOD, DAILY_BY_VICTIM_GROUP, DAILY_INDICATORS } from './indicator-tables';

let nextPosition = 900n;
const stored = (type: string, data: unknown, occurredAt: string, unitId = 'S-1'): StoredEvent =>
  storedEvent(type, data, { position: nextPosition++, metadata: { occurredAt, unitId } });

const FILED_AT = '2026-04-16T16:30:00.000Z'; // 17 April in Shanghai
const LATER = '2026-05-03T02:00:00.000Z';
const ANALYSIS = { method: 'SOCIAL_APP', victimGroup: 'STUDENT' };
const CASE = { caseId: 'AJ-1', fraudType: 'ORDER_BRUSHING', lossFen: 500_000, ...ANALYSIS };

/** The increments an event adds to a table, as [day, category?, values]. */
const incs = (event: StoredEvent, table: string) =>
  projection
    .project(event)
    .flatMap((c) => (c.table === table && c.op === 'inc' ? [[c.key.day, c.key.category, c.values].filter((v) => v !== undefined)] : []));

describe('一案一分析 and 一案一回访 in the daily indicators', () => {
  it('splits a filed case and its loss by method and victim group, beside its fraud type', () => {
    const e = stored('CaseFiled', CASE, FILED_AT);
    expect(incs(e, DAILY_BY_METHOD)).toEqual([['2026-04-17', 'SOCIAL_APP', { cases: 1, lossFen: 500_000 }]]);
    expect(incs(e, DAILY_BY_VICTIM_GROUP)).toEqual([['2026-04-17', 'STUDENT', { cases: 1, lossFen: 500_000 }]]);
    expect(incs(e, DAILY_BY_FRAUD_TYPE)).toEqual([['2026-04-17', 'ORDER_BRUSHING', { cases: 1, lossFen: 500_000 }]]);
  });

  it('counts a case the case system did not analyse under UNKNOWN', () => {
    const e = stored('CaseFiled', { caseId: 'AJ-2', fraudType: 'LOAN', lossFen: 100 }, FILED_AT);
    expect(incs(e, DAILY_BY_METHOD)).toEqual([['2026-04-17', 'UNKNOWN', { cases: 1, lossFen: 100 }]]);
    expect(incs(e, DAILY_BY_VICTIM_GROUP)).toEqual([['2026-04-17', 'UNKNOWN', { cases: 1, lossFen: 100 }]]);
  });

  it("counts a first visit on the case's filing day, by method and group; a further visit not at all", () => {
    const first = stored('VictimVisited', { caseId: 'AJ-1', caseFiledAt: FILED_AT, firstVisit: true, ...ANALYSIS }, LATER);
    expect(incs(first, DAILY_INDICATORS)).toEqual([['2026-04-17', { victimsVisited: 1 }]]);
    expect(incs(first, DAILY_BY_METHOD)).toEqual([['2026-04-17', 'SOCIAL_APP', { victimsVisited: 1 }]]);
    expect(incs(first, DAILY_BY_VICTIM_GROUP)).toEqual([['2026-04-17', 'STUDENT', { victimsVisited: 1 }]]);
    expect(incs(first, DAILY_BY_FRAUD_TYPE)).toEqual([]);
    const again = stored('VictimVisited', { caseId: 'AJ-1', caseFiledAt: FILED_AT, firstVisit: false, ...ANALYSIS }, LATER);
    expect(projection.project(again)).toEqual([]);
  });

  it('takes a retracted visit back only when no other visit stands', () => {
    const retraction = (lastVisit: boolean) =>
      stored(
        'VictimVisitRetracted',
        { caseId: 'AJ-1', eventId: 'evt-hf', visitedAt: LATER, caseFiledAt: FILED_AT, lastVisit, reason: '误录', ...ANALYSIS },
        LATER,
      );
    expect(incs(retraction(true), DAILY_INDICATORS)).toEqual([['2026-04-17', { victimsVisited: -1 }]]);
    expect(incs(retraction(true), DAILY_BY_METHOD)).toEqual([['2026-04-17', 'SOCIAL_APP', { victimsVisited: -1 }]]);
    expect(projection.project(retraction(false))).toEqual([]);
  });

  it('takes the visit back with a revoked case, under its method and group', () => {
    const e = stored(
      'CaseRevoked',
      {
        caseId: 'AJ-1',
        reason: '不构成诈骗',
        lossFen: 500_000,
        caseFiledAt: FILED_AT,
        fraudType: 'ORDER_BRUSHING',
        ...ANALYSIS,
        victimVisited: true,
      },
      LATER,
    );
    expect(incs(e, DAILY_INDICATORS)).toEqual([['2026-04-17', { cases: -1, lossFen: -500_000, victimsVisited: -1 }]]);
    expect(incs(e, DAILY_BY_VICTIM_GROUP)).toEqual([['2026-04-17', 'STUDENT', { cases: -1, lossFen: -500_000, victimsVisited: -1 }]]);
    expect(incs(e, DAILY_BY_FRAUD_TYPE)).toEqual([['2026-04-17', 'ORDER_BRUSHING', { cases: -1, lossFen: -500_000 }]]);
  });

  it('moves a visited case, visit and all, to its corrected filing day', () => {
    const e = stored(
      'CaseTimeCorrected',
      {
        caseId: 'AJ-1',
        occurredAt: '2026-04-10T02:00:00.000Z',
        previousOccurredAt: FILED_AT,
        lossFen: 500_000,
        reason: '录错',
        fraudType: 'ORDER_BRUSHING',
        ...ANALYSIS,
        victimVisited: true,
      },
      LATER,
    );
    expect(incs(e, DAILY_BY_METHOD)).toEqual([
      ['2026-04-17', 'SOCIAL_APP', { cases: -1, lossFen: -500_000, victimsVisited: -1 }],
      ['2026-04-10', 'SOCIAL_APP', { cases: 1, lossFen: 500_000, victimsVisited: 1 }],
    ]);
  });

  it('moves an amended loss under the method and group the case carries', () => {
    const e = stored(
      'CaseLossAmended',
      {
        caseId: 'AJ-1',
        lossFen: 800_000,
        previousLossFen: 500_000,
        caseFiledAt: FILED_AT,
        reason: '补充',
        fraudType: 'ORDER_BRUSHING',
        ...ANALYSIS,
      },
      LATER,
    );
    expect(incs(e, DAILY_BY_METHOD)).toEqual([['2026-04-17', 'SOCIAL_APP', { lossFen: 300_000 }]]);
    expect(incs(e, DAILY_BY_VICTIM_GROUP)).toEqual([['2026-04-17', 'STUDENT', { lossFen: 300_000 }]]);
  });
});
