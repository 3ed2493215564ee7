import { storedEvent } from '../../event-store/stored-event.spec-helpers';
import { emptyCounts } from '../domain/indicators';
import { DAILY_BY_FRAUD_TYPE } from '../projections/indicator-tables';
import { figuresKnownAt, laterFacts } from './known-at';

const on = (position: bigint, unitId: string, occurredAt: string) => ({ position, metadata: { unitId, occurredAt } });
const filed = (caseId: string, lossFen: number, position: bigint, occurredAt = '2026-04-16T02:00:00Z') =>
  storedEvent('CaseFiled', { caseId, fraudType: 'LOAN', lossFen }, on(position, 'st-a', occurredAt));
const counts = (values: Partial<ReturnType<typeof emptyCounts>>) => ({ ...emptyCounts(), ...values });

describe('facts recorded after an instant, taken back', () => {
  it('takes back what a later case added, on its area and day, in every table the projection counts it in', () => {
    const later = laterFacts([filed('AJ-2', 500_000, 9n)]);
    expect(later.increments).toContainEqual(
      expect.objectContaining({ table: DAILY_BY_FRAUD_TYPE, areaId: 'st-a', day: '2026-04-16', category: 'LOAN' }),
    );
    const today = counts({ cases: 3, lossFen: 1_700_000 });
    const cases = [
      { caseId: 'AJ-1', areaId: 'st-a', day: '2026-04-16', lossFen: 1_200_000 },
      { caseId: 'AJ-2', areaId: 'st-a', day: '2026-04-16', lossFen: 500_000 },
    ];
    expect(figuresKnownAt(later, () => today, cases)).toEqual([
      { areaId: 'st-a', day: '2026-04-16', counts: counts({ cases: 2, lossFen: 1_200_000 }), caseLossesFen: [1_200_000] },
    ]);
  });

  it('gives a case back as it stood before its first later correction: amended twice, then revoked', () => {
    const caseFiledAt = '2026-04-16T02:00:00Z';
    const amended = (previousLossFen: number, lossFen: number, position: bigint) =>
      storedEvent(
        'CaseLossAmended',
        { caseId: 'AJ-1', lossFen, previousLossFen, caseFiledAt },
        on(position, 'st-a', '2026-04-20T02:00:00Z'),
      );
    const later = laterFacts([
      amended(1_200_000, 900_000, 10n),
      amended(900_000, 800_000, 11n),
      storedEvent(
        'CaseRevoked',
        { caseId: 'AJ-1', reason: '撤案', lossFen: 800_000, caseFiledAt },
        on(12n, 'st-a', '2026-04-21T02:00:00Z'),
      ),
    ]);
    expect(later.casesBefore.get('AJ-1')).toEqual({ caseId: 'AJ-1', areaId: 'st-a', day: '2026-04-16', lossFen: 1_200_000 });
    const [figures] = figuresKnownAt(later, () => counts({ cases: 0, lossFen: 0 }), []);
    expect(figures).toEqual({
      areaId: 'st-a',
      day: '2026-04-16',
      counts: counts({ cases: 1, lossFen: 1_200_000 }),
      caseLossesFen: [1_200_000],
    });
  });

  it('puts a case moved later back on the day it was on, and takes it off the day it moved to', () => {
    const moved = storedEvent(
      'CaseTimeCorrected',
      {
        caseId: 'AJ-1',
        occurredAt: '2026-04-14T02:00:00Z',
        previousOccurredAt: '2026-04-16T02:00:00Z',
        lossFen: 1_200_000,
        reason: '录错',
      },
      on(13n, 'st-a', '2026-04-20T02:00:00Z'),
    );
    const today = { '2026-04-14': counts({ cases: 1, lossFen: 1_200_000 }), '2026-04-16': counts({}) };
    const figures = figuresKnownAt(laterFacts([moved]), (_, day) => today[day as keyof typeof today], [
      { caseId: 'AJ-1', areaId: 'st-a', day: '2026-04-14', lossFen: 1_200_000 },
    ]);
    expect(figures.map((f) => [f.day, f.counts.cases, f.caseLossesFen])).toEqual([
      ['2026-04-16', 1, [1_200_000]],
      ['2026-04-14', 0, []],
    ]);
  });
});
