import { DEFAULT_RULE_SET } from '../domain/default-rule-set';
import { INDICATOR_KEYS, IndicatorCounts, emptyCounts } from '../domain/indicators';
import { RuleSet } from '../domain/rule-set';
import { BASELINE_PERIODS, PeriodRates, periodsRead } from './period-rates';
import { ScoreIndex } from './score-index';
import { daySpans, periodSegments, subjectTotals } from './subject-totals';

const RULES: RuleSet[] = [{ ...DEFAULT_RULE_SET, versionId: 'default@0', position: 1 }];
const POPULATIONS = new Map([
  ['A', 20_000],
  ['B', 20_000],
]);
const counts = (partial: Partial<IndicatorCounts>): IndicatorCounts => ({ ...emptyCounts(), ...partial });
const MARCH = { from: '2026-03-01', to: '2026-03-31' };
const APRIL = { from: '2026-04-01', to: '2026-04-30' };
const spans = (areaId: string) => daySpans([{ from: '2000-01-01', to: null, areaIds: [areaId] }]);

// given: every day of 2025 and 2026 until April, A has an alert every other day and B one every fourth
function index(): ScoreIndex {
  const built = new ScoreIndex(() => ({ score: 0, variance: 0 }));
  const days = [];
  for (let t = Date.parse('2025-01-01'); t <= Date.parse('2026-04-30'); t += 86_400_000) {
    const day = new Date(t).toISOString().slice(0, 10);
    const n = (t - Date.parse('2025-01-01')) / 86_400_000;
    days.push({
      areaId: 'A',
      day,
      counts: counts({ alerts: n % 2 === 0 ? 1 : 0, warningsReceived: 1, contactedInTime: 1 }),
      caseLossesFen: [],
    });
    days.push({
      areaId: 'B',
      day,
      counts: counts({ alerts: n % 4 === 0 ? 1 : 0, warningsReceived: 1, contactedInTime: 1 }),
      caseLossesFen: [],
    });
  }
  built.load(days.filter((d) => d.day < '2026-01-01'));
  built.load(days.filter((d) => d.day >= '2026-01-01'));
  return built;
}

describe('PeriodRates', () => {
  const built = index();
  const score = (rates: PeriodRates, areaId: string, period: { from: string; to: string }) =>
    rates.scored(spans(areaId), subjectTotals(spans(areaId), periodSegments(period, RULES), built, POPULATIONS)!);

  it('compares each area with the city’s totals: more alerts per resident, fewer points', () => {
    const april = PeriodRates.of(APRIL, built, POPULATIONS, RULES)!;
    expect(score(april, 'A', APRIL).score).toBeLessThan(score(april, 'B', APRIL).score);
    const alerts = (areaId: string) =>
      april.breakdown(spans(areaId), subjectTotals(spans(areaId), periodSegments(APRIL, RULES), built, POPULATIONS)!).terms[0];
    // then: the city (A and B) had 15 + 8 alerts in April over 40,000 residents
    expect(alerts('A').reference).toBeCloseTo(23 / 4, 6);
    expect(alerts('A').numerator).toBe(15);
  });

  it('scores a baseline of three periods as one period of their average, with a third of the noise', () => {
    const april = PeriodRates.of(APRIL, built, POPULATIONS, RULES)!;
    const { rates, segments } = april.baseline(MARCH, RULES);
    // three times the previous period's 31 days, ending with it
    const window = { from: '2025-12-29', to: '2026-03-31' };
    expect(segments).toEqual(periodSegments(window, RULES));
    const baseline = rates.scored(spans('A'), subjectTotals(spans('A'), segments, built, POPULATIONS)!);
    const march = PeriodRates.of(MARCH, built, POPULATIONS, RULES)!;
    const one = score(march, 'A', MARCH);
    // A behaves the same every period: the baseline scores as one, only surer
    expect(baseline.score).toBeCloseTo(one.score, 0);
    expect(baseline.variance).toBeLessThan(one.variance / 2);
    expect(BASELINE_PERIODS).toBe(3);
  });

  it('scores a subject the same from only the series its terms read as from every count', () => {
    const april = PeriodRates.of(APRIL, built, POPULATIONS, RULES)!;
    const segments = periodSegments(APRIL, RULES);
    const all = subjectTotals(spans('A'), segments, built, POPULATIONS)!;
    const read = subjectTotals(spans('A'), segments, built, POPULATIONS, april.series)!;
    expect(april.series.length).toBeLessThan(INDICATOR_KEYS.length);
    expect(april.series).toContain(INDICATOR_KEYS.indexOf('alerts'));
    expect(read.sums[INDICATOR_KEYS.indexOf('alerts')]).toBe(15);
    expect(april.scored(spans('A'), read)).toEqual({ ...april.scored(spans('A'), all), sums: read.sums });
  });

  it('knows no rate score for a period the additive rules govern', () => {
    const additive: RuleSet[] = [
      {
        ruleSetId: 'a',
        name: 'a',
        effectiveFrom: '2000-01-01',
        versionId: 'a@0',
        position: 1,
        kind: 'ADDITIVE',
        aggregation: 'MEAN',
        terms: [],
      },
    ];
    expect(PeriodRates.of(APRIL, built, POPULATIONS, additive)).toBeNull();
  });

  it('lists every span of days a ranking reads, so cached answers follow events on any of them', () => {
    const period = { ...APRIL, previous: MARCH, lastYear: { from: '2025-04-01', to: '2025-04-30' } };
    expect(periodsRead(period).map(({ from, to }) => ({ from, to }))).toEqual([
      APRIL,
      MARCH,
      { from: '2025-12-29', to: '2026-03-31' },
      { from: '2025-04-01', to: '2025-04-30' },
      { from: '2025-03-01', to: '2025-03-31' },
      { from: '2024-12-29', to: '2025-03-31' },
      { from: '2025-04-01', to: '2025-04-30' },
    ]);
  });
});
