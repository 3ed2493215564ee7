import { IndicatorCounts, emptyCounts } from '../../../scoring/domain/indicators';
import { ExitCondition } from './exit-condition';
import { PeriodCounts, completedPeriods, evaluateExit, exitPeriods, unmetText } from './exit-evaluation';

const cases = (consecutive = 2, threshold = 2): ExitCondition => ({
  indicator: 'cases',
  comparator: 'AT_MOST',
  threshold,
  per: 'DEKAD',
  consecutive,
});
const faceToFace: ExitCondition = { indicator: 'faceToFaceRate', comparator: 'AT_LEAST', threshold: 950, per: 'MONTH', consecutive: 1 };
const figures = (entries: Array<[string, string, Partial<IndicatorCounts>]>): PeriodCounts[] =>
  entries.map(([from, to, counts]) => ({ from, to, counts: { ...emptyCounts(), ...counts } }));

describe('completed periods since listing', () => {
  it('takes the last completed dekads before the review day, oldest first', () => {
    expect(completedPeriods('DEKAD', '2026-03-01', '2026-03-21', 2)).toEqual([
      { from: '2026-03-01', to: '2026-03-10' },
      { from: '2026-03-11', to: '2026-03-20' },
    ]);
    // The review day itself is not over: on the 20th the middle dekad is still running.
    expect(completedPeriods('DEKAD', '2026-03-01', '2026-03-20', 2)).toEqual([{ from: '2026-03-01', to: '2026-03-10' }]);
  });

  it('counts only periods that began on or after the listing day, across months and February', () => {
    expect(completedPeriods('DEKAD', '2026-02-15', '2026-03-12', 3)).toEqual([
      { from: '2026-02-21', to: '2026-02-28' },
      { from: '2026-03-01', to: '2026-03-10' },
    ]);
    expect(completedPeriods('MONTH', '2026-01-01', '2026-04-01', 2)).toEqual([
      { from: '2026-02-01', to: '2026-02-28' },
      { from: '2026-03-01', to: '2026-03-31' },
    ]);
    expect(completedPeriods('MONTH', '2026-01-02', '2026-02-27', 1)).toEqual([]);
  });

  it('fetches each period once for all conditions', () => {
    expect(exitPeriods([cases(2), cases(3), faceToFace], '2026-03-01', '2026-04-01')).toEqual([
      { from: '2026-03-11', to: '2026-03-20' },
      { from: '2026-03-21', to: '2026-03-31' },
      { from: '2026-03-01', to: '2026-03-10' },
      { from: '2026-03-01', to: '2026-03-31' },
    ]);
  });
});

describe('evaluating the exit condition', () => {
  const twoDekads = figures([
    ['2026-03-01', '2026-03-10', { cases: 3 }],
    ['2026-03-11', '2026-03-20', { cases: 2 }],
    ['2026-03-21', '2026-03-31', { cases: 0 }],
  ]);

  it('is met when every one of the consecutive periods meets it, at the threshold itself too', () => {
    const result = evaluateExit([cases()], '2026-03-01', '2026-04-01', twoDekads);
    expect(result.met).toBe(true);
    expect(result.conditions[0].periods).toEqual([
      { from: '2026-03-11', to: '2026-03-20', label: '2026年3月中旬', value: 2, outOf: null, met: true },
      { from: '2026-03-21', to: '2026-03-31', label: '2026年3月下旬', value: 0, outOf: null, met: true },
    ]);
  });

  it('is not met when one period misses, and says which in Chinese', () => {
    const result = evaluateExit([cases()], '2026-03-01', '2026-03-21', twoDekads);
    expect(result.met).toBe(false);
    expect(unmetText(result.conditions[0])).toBe('「发案数每旬≤2，连续2旬」未满足：2026年3月上旬为3');
    expect(evaluateExit([{ ...cases(), comparator: 'LESS_THAN' }], '2026-03-01', '2026-04-01', twoDekads).met).toBe(false);
  });

  it('is not met before enough periods have passed since listing', () => {
    const result = evaluateExit([cases(3)], '2026-03-11', '2026-04-01', twoDekads);
    expect(result.met).toBe(false);
    expect(unmetText(result.conditions[0])).toBe('「发案数每旬≤2，连续3旬」未满足：挂牌以来仅完成2旬，需连续3旬');
  });

  it('compares rates exactly, and a period without warnings has nothing to fall short on', () => {
    const march = (warningsReceived: number, faceToFace: number) =>
      figures([['2026-03-01', '2026-03-31', { warningsReceived, faceToFace }]]);
    expect(evaluateExit([faceToFace], '2026-03-01', '2026-04-01', march(20, 19)).met).toBe(true);
    const below = evaluateExit([faceToFace], '2026-03-01', '2026-04-01', march(1832, 1739));
    expect(below.met).toBe(false);
    expect(unmetText(below.conditions[0])).toBe('「见面率每月≥95.0%，连续1个月」未满足：2026年3月为94.9%（1739/1832）');
    expect(evaluateExit([faceToFace], '2026-03-01', '2026-04-01', march(0, 0)).conditions[0].periods[0]).toMatchObject({
      value: 0,
      outOf: 0,
      met: true,
    });
  });

  it('needs every condition met, and names amounts in yuan', () => {
    const loss: ExitCondition = { indicator: 'lossFen', comparator: 'LESS_THAN', threshold: 500_000, per: 'MONTH', consecutive: 1 };
    const march = figures([['2026-03-01', '2026-03-31', { lossFen: 500_000, warningsReceived: 10, faceToFace: 10 }]]);
    const result = evaluateExit([faceToFace, loss], '2026-03-01', '2026-04-01', march);
    expect(result.conditions.map((c) => c.met)).toEqual([true, false]);
    expect(result.met).toBe(false);
    expect(unmetText(result.conditions[1])).toBe('「财损每月<5000.00元，连续1个月」未满足：2026年3月为5000.00元');
  });

  it('refuses to guess figures it was not given', () => {
    expect(() => evaluateExit([cases()], '2026-03-01', '2026-04-01', [])).toThrow('no figures were given for 2026-03-11–2026-03-20');
  });
});
