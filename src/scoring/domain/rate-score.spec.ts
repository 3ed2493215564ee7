import { RateTerm } from '../events/rule-set.events';
import { DEFAULT_RULE_SET } from './default-rule-set';
import { IndicatorCounts, emptyCounts } from './indicators';
import { PeriodFigures, RateInput, rateScore } from './rate-score';
import { RateRuleSet } from './rule-set';

const RULES: RateRuleSet = { ...DEFAULT_RULE_SET, versionId: 'default@0', position: 1 };
const DAYS = 30;
const figures = (counts: Partial<IndicatorCounts>, residents: number): PeriodFigures => ({
  counts: { ...emptyCounts(), ...counts },
  residentDays: residents * DAYS,
});
// given: a city of 100 areas of 20,000 residents: 200 alerts, 160 cases, 2,000 warnings in a month
const CITY = figures(
  {
    alerts: 200,
    cases: 160,
    lossFen: 160 * 3_000_000,
    warningsReceived: 2_000,
    contacted: 1_990,
    contactedInTime: 1_600,
    faceToFace: 1_600,
    dissuaded: 1_600,
    casesSolved: 30,
    suspectsCriminal: 40,
    recoveredFen: 100_000_000,
  },
  2_000_000,
);
const CITY_LAST_YEAR = figures({ ...CITY.counts, alerts: 400, cases: 320 }, 2_000_000);
/** An area at the city's own rates: 2 alerts, 1.6 cases … */
const AVERAGE = {
  alerts: 2,
  cases: 2,
  lossFen: 6_000_000,
  warningsReceived: 20,
  contacted: 20,
  contactedInTime: 16,
  faceToFace: 16,
  dissuaded: 16,
};
const input = (own: Partial<IndicatorCounts>, lastYear: Partial<IndicatorCounts> = { ...own, alerts: 4, cases: 4 }): RateInput => ({
  own: figures(own, 20_000),
  city: CITY,
  ownLastYear: figures(lastYear, 20_000),
  cityLastYear: CITY_LAST_YEAR,
  areaCount: 100,
  days: DAYS,
});
const term = (breakdown: ReturnType<typeof rateScore>, key: string) => breakdown.terms.find((t) => t.term.key === key)!;
const one = (t: Partial<RateTerm>): RateRuleSet => ({
  ...RULES,
  rateTerms: [{ ...RULES.rateTerms[0], ...t }],
});

describe('the default rate rule set', () => {
  it('weighs the dimensions of domain.md: 25, 20, 10, 20, 15, 10 out of 100', () => {
    const weights = new Map<string, number>();
    for (const t of DEFAULT_RULE_SET.rateTerms) weights.set(t.dimension, (weights.get(t.dimension) ?? 0) + t.weight);
    expect(Object.fromEntries(weights)).toEqual({ 降警情: 25, 控发案: 20, 财损: 10, 预警劝阻: 20, 打击: 15, 挽损: 10 });
  });

  it('scores more alerts per resident lower, all else equal', () => {
    const few = rateScore(input({ ...AVERAGE, alerts: 1 }), RULES);
    const many = rateScore(input({ ...AVERAGE, alerts: 6 }), RULES);
    expect(term(many, 'alertsPer10k').points).toBeLessThan(term(few, 'alertsPer10k').points);
    expect(many.total).toBeLessThan(few.total);
  });

  it('scores a fall in cases on last year higher, all else equal', () => {
    const fell = rateScore(input(AVERAGE, { ...AVERAGE, cases: 8 }), RULES);
    const rose = rateScore(input(AVERAGE, { ...AVERAGE, cases: 1 }), RULES);
    expect(term(fell, 'casesYoY').points).toBeGreaterThan(term(rose, 'casesYoY').points);
    expect(fell.total).toBeGreaterThan(rose.total);
  });

  it('gives an area at the city’s rates half of each term compared with the city', () => {
    // then: last year it had twice this year's alerts, as the city did: its change is the city's
    const breakdown = rateScore(
      input({ ...AVERAGE, cases: 1.6, casesSolved: 0.3, suspectsCriminal: 0.4, recoveredFen: 1_000_000, lossFen: 4_800_000 }),
      RULES,
    );
    for (const key of ['alertsPer10k', 'alertsYoY', 'casesPer10k', 'lossPer10k', 'solveRate', 'criminalPer10k', 'recoveryRate']) {
      expect([key, term(breakdown, key).points]).toEqual([key, term(breakdown, key).term.weight / 2]);
    }
  });
});

describe('rateScore', () => {
  it('shrinks a rate toward the city’s by a prior worth an average area’s month: halfway after one month', () => {
    // when: an average-sized area saw no alerts in its month; the city's rate is 1 per 10,000 residents
    const t = term(rateScore(input({ alerts: 0 }), one({})), 'alertsPer10k');
    // then: raw 0, shrunk halfway to 1 per 10,000 over the period
    expect(t.rate).toBe(0);
    expect(t.shrunk).toBeCloseTo(0.5);
    expect(t.reference).toBeCloseTo(1);
    expect(t.numerator).toBe(0);
    expect(t.denominator).toBe(20_000);
  });

  it('moves a rate resting on a year of data most of the way to its own figure', () => {
    const year: RateInput = {
      ...input({}),
      own: figures({ alerts: 0 }, 20_000 * 12),
      days: DAYS * 12,
      city: figures(CITY.counts, 2_000_000 * 12),
    };
    const t = term(rateScore(year, one({})), 'alertsPer10k');
    // then: the prior weighs one month against twelve: 1/13 of the way from 0 toward the city
    expect(t.shrunk / t.reference).toBeCloseTo(1 / 13);
  });

  it('maps through the rule’s points: nothing at zeroAt, the full weight at fullAt, linear between, clamped', () => {
    const rules = one({ weight: 10, mapping: { kind: 'RATIO', zeroAt: 2, fullAt: 0 } });
    const points = (alerts: number) => term(rateScore(input({ alerts }), rules), 'alertsPer10k').points;
    // shrunk ratios: (a + 2) / 4 of the city's rate
    expect(points(2)).toBe(5);
    expect(points(0)).toBe(7.5);
    expect(points(6)).toBe(0);
    expect(points(20)).toBe(0);
  });

  it('compares a proportion with its target as a difference', () => {
    const rules = one({
      key: 'timely',
      numerator: ['contactedInTime'],
      denominator: ['warningsReceived'],
      compare: 'TARGET',
      target: 0.95,
      weight: 6,
      mapping: { kind: 'DIFFERENCE', zeroAt: -0.25, fullAt: 0 },
    });
    const t = term(rateScore(input({ warningsReceived: 20, contactedInTime: 20 }), rules), 'timely');
    // then: 20 of 20 shrunk toward the city's 80%: (20 + 16) / 40 = 90%, 5 points under target: 4.8 of 6
    expect(t.rate).toBe(1);
    expect(t.shrunk).toBeCloseTo(0.9);
    expect(t.reference).toBe(0.95);
    expect(t.points).toBeCloseTo(4.8);
  });

  it('leaves a year-on-year term where the city’s own change puts it when there is nothing to compare with', () => {
    const rules = one({ key: 'yoy', compare: 'CITY_CHANGE', weight: 10, mapping: { kind: 'RATIO', zeroAt: 2, fullAt: 0 } });
    const noHistory = { ...input({ alerts: 2 }), ownLastYear: null, cityLastYear: null };
    expect(term(rateScore(noHistory, rules), 'yoy')).toMatchObject({ change: null, points: 5 });
  });

  it('adds the noise of terms counting the same draws, and of independent ones in quadrature', () => {
    const breakdown = rateScore(input(AVERAGE), RULES);
    const sd = (key: string) => Math.sqrt(term(breakdown, key).variance);
    const alerts = ['alertsPer10k', 'alertsYoY', 'casesPer10k', 'casesYoY', 'lossPer10k'].reduce((s, k) => s + sd(k), 0);
    const others = breakdown.terms.filter((t) => !['alerts', 'cases', 'lossFen'].includes(t.term.numerator[0]));
    const strikes = sd('solveRate') + sd('criminalPer10k');
    const independent = others
      .filter((t) => !['casesSolved', 'suspectsCriminal'].includes(t.term.numerator[0]))
      .reduce((s, t) => s + t.variance, 0);
    expect(breakdown.variance).toBeCloseTo(alerts ** 2 + strikes ** 2 + independent, 6);
  });

  it('reads money as draws of amountDraw fen: a heavier tail, a noisier loss term', () => {
    const light = term(rateScore({ ...input(AVERAGE), amountDraw: 3_000_000 }, RULES), 'lossPer10k').variance;
    const heavy = term(rateScore({ ...input(AVERAGE), amountDraw: 15_000_000 }, RULES), 'lossPer10k').variance;
    expect(heavy).toBeGreaterThan(light * 4);
  });

  it('sums the points into a total on the 100-point scale', () => {
    const breakdown = rateScore(input(AVERAGE), RULES);
    expect(breakdown.total).toBeCloseTo(
      breakdown.terms.reduce((s, t) => s + t.points, 0),
      4,
    );
    expect(breakdown.total).toBeGreaterThan(0);
    expect(breakdown.total).toBeLessThanOrEqual(100);
  });
});
