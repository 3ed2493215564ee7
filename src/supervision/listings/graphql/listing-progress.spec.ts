import { IndicatorCounts, emptyCounts } from '../../../scoring/domain/indicators';
import { ExitCondition } from '../domain/exit-condition';
import { PeriodCounts } from '../domain/exit-evaluation';
import { progressPeriods, toListingProgress } from './listing-progress';
import { periodsMetInRow } from './listing.mapper';

const cases: ExitCondition = { indicator: 'cases', comparator: 'AT_MOST', threshold: 2, per: 'DEKAD', consecutive: 3 };
const faceToFace: ExitCondition = { indicator: 'faceToFaceRate', comparator: 'AT_LEAST', threshold: 950, per: 'MONTH', consecutive: 1 };
const figures = (entries: Array<[string, string, Partial<IndicatorCounts>]>): PeriodCounts[] =>
  entries.map(([from, to, counts]) => ({ from, to, counts: { ...emptyCounts(), ...counts } }));

describe('摘牌进度 as the figures stand today', () => {
  const listing = { exitConditions: [cases, faceToFace], listedOn: '2026-03-01' };

  it('fetches the completed periods a review would look at and the periods under way, each once', () => {
    expect(progressPeriods(listing, '2026-03-25')).toEqual([
      { from: '2026-03-01', to: '2026-03-10' },
      { from: '2026-03-11', to: '2026-03-20' },
      { from: '2026-03-21', to: '2026-03-31' },
      { from: '2026-03-01', to: '2026-03-31' },
    ]);
    // Listed mid-dekad: the dekad under way began before the listing and is not asked for.
    expect(progressPeriods({ exitConditions: [cases], listedOn: '2026-03-05' }, '2026-03-08')).toEqual([]);
  });

  it('counts the periods met in a row up to the latest, and gives the period under way so far', () => {
    const progress = toListingProgress(
      listing,
      '2026-03-25',
      figures([
        ['2026-03-01', '2026-03-10', { cases: 3 }],
        ['2026-03-11', '2026-03-20', { cases: 1 }],
        ['2026-03-21', '2026-03-31', { cases: 4 }],
        ['2026-03-01', '2026-03-31', { cases: 8, warningsReceived: 10, faceToFace: 9 }],
      ]),
    );
    expect(progress.asOf).toBe('2026-03-25');
    expect(progress.met).toBe(false);
    const [onCases, onRate] = progress.conditions;
    expect(onCases).toMatchObject({ met: false, periodsMet: 1, condition: { text: '发案数每旬≤2，连续3旬', consecutive: 3 } });
    expect(onCases.periods.map((p) => [p.label, p.value, p.met])).toEqual([
      ['2026年3月上旬', '3', false],
      ['2026年3月中旬', '1', true],
    ]);
    // So far this dekad: 4 cases, already over the threshold; shown to today.
    expect(onCases.current).toMatchObject({ from: '2026-03-21', to: '2026-03-25', value: '4', met: false });
    expect(onCases.unmet).toContain('2026年3月上旬为3');
    // The month is under way: nothing completed yet, its rate so far given.
    expect(onRate).toMatchObject({ met: false, periodsMet: 0, periods: [], current: { value: '90.0%（9/10）', met: false } });
  });

  it('is met when every condition is, with nothing unmet', () => {
    const progress = toListingProgress(
      { exitConditions: [{ ...cases, consecutive: 2 }], listedOn: '2026-03-01' },
      '2026-03-21',
      figures([
        ['2026-03-01', '2026-03-10', { cases: 2 }],
        ['2026-03-11', '2026-03-20', { cases: 0 }],
        ['2026-03-21', '2026-03-31', {}],
      ]),
    );
    expect(progress.met).toBe(true);
    expect(progress.conditions[0]).toMatchObject({ met: true, periodsMet: 2, unmet: null, current: { value: '0', met: true } });
  });

  it('counts a run of periods met only up to the latest one (a review counts the same way)', () => {
    const met = (...flags: boolean[]) => flags.map((f) => ({ met: f }));
    expect(periodsMetInRow(met(true, false, true, true))).toBe(2);
    expect(periodsMetInRow(met(true, true, false))).toBe(0);
    expect(periodsMetInRow([])).toBe(0);
  });
});
