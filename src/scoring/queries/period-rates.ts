import { addDays, daysBetween } from '../../common/business-day';
import { INDICATOR_KEYS, IndicatorCounts } from '../domain/indicators';
import { Period, sameRangeLastYear } from '../domain/periods';
import { PeriodFigures, RateBreakdown, rateScore } from '../domain/rate-score';
import { RateRuleSet, RuleSet, isRateRuleSet, ruleSetInForce } from '../domain/rule-set';
import { LOSS_SQUARES_SERIES, ScoreIndex, Sums, countsOf, dayNumber, emptySums } from './score-index';
import { DaySpan, PeriodSegments, SubjectTotals, periodSegments, subjectTotals } from './subject-totals';

/**
 * Periods an arrow's baseline spans: a subject's true level before the move is known better from
 * three periods than from one, and it is that level a move is measured from. On the demo city one
 * period left half the planted changes without an arrow, while three find them at under 10% of
 * arrows on stations that did not change (see `npm run validate`).
 */
export const BASELINE_PERIODS = 3;

const COUNT_INDEX_OF_LOSS = INDICATOR_KEYS.indexOf('lossFen');

const baselineWindow = (previous: Period): Period => ({
  from: addDays(previous.from, -(BASELINE_PERIODS - 1) * daysBetween(previous.from, previous.to)),
  to: previous.to,
});

/**
 * Every span of days a ranking of `period` reads: the period, the previous one, the baseline its
 * arrows measure from, the same dates a year earlier for each (year-on-year terms), and the
 * period's 同比 comparison. An event
 * on any other day leaves the ranking as it was.
 */
export function periodsRead(period: Period & { previous: Period; lastYear: Period }): Period[] {
  const spans = [period, period.previous, baselineWindow(period.previous)];
  return [...spans, ...spans.map(sameRangeLastYear), period.lastYear];
}

/**
 * Scores subjects over one period under a rate rule set: the city's figures for the period and the
 * same dates a year earlier are summed once, then each subject's own totals (and its last year's,
 * for year-on-year terms) go through rateScore. A baseline spans several periods and scores their
 * average, so it is shrunk as one period is and compares like with like.
 */
export class PeriodRates {
  private readonly city: PeriodFigures;
  /** Σloss²/Σloss of the city's cases in the period: the size of one draw of money. */
  private readonly amountDraw: number | undefined;
  private readonly cityLastYear: PeriodFigures;
  private readonly lastYear: PeriodSegments;
  /** Days of one period. */
  private readonly days: number;
  private readonly yearOnYear: boolean;

  private constructor(
    period: Period,
    readonly rules: RateRuleSet,
    private readonly index: ScoreIndex,
    private readonly populations: Map<string, number>,
    ruleSets: RuleSet[],
    /** How many periods `period` spans: figures are divided by it, variances too. */
    private readonly periods = 1,
  ) {
    const last = sameRangeLastYear(period);
    this.days = daysBetween(period.from, period.to) / periods;
    const { figures, amountDraw } = this.cityFigures(period);
    this.city = figures;
    this.amountDraw = amountDraw;
    this.cityLastYear = this.cityFigures(last).figures;
    this.lastYear = periodSegments(last, ruleSets);
    this.yearOnYear = rules.rateTerms.some((t) => t.compare === 'CITY_CHANGE');
  }

  /** The rate scorer of a period, or null when the rules in force on its last day are additive. */
  static of(period: Period, index: ScoreIndex, populations: Map<string, number>, ruleSets: RuleSet[]): PeriodRates | null {
    const rules = ruleSetInForce(ruleSets, period.to);
    return isRateRuleSet(rules) ? new PeriodRates(period, rules, index, populations, ruleSets) : null;
  }

  /** The BASELINE_PERIODS periods ending with `previous`, scored by the same rules as this one. */
  baseline(previous: Period, ruleSets: RuleSet[]): { rates: PeriodRates; segments: PeriodSegments } {
    const window = baselineWindow(previous);
    return {
      rates: new PeriodRates(window, this.rules, this.index, this.populations, ruleSets, BASELINE_PERIODS),
      segments: periodSegments(window, ruleSets),
    };
  }

  breakdown(spans: DaySpan[], totals: SubjectTotals): RateBreakdown {
    const lastYear = this.yearOnYear ? subjectTotals(spans, this.lastYear, this.index, this.populations) : null;
    const breakdown = rateScore(
      {
        own: this.perPeriod(totals.sums, totals.residentDays),
        city: this.city,
        ownLastYear: lastYear && this.perPeriod(lastYear.sums, lastYear.residentDays),
        cityLastYear: this.cityLastYear,
        areaCount: this.populations.size,
        days: this.days,
        amountDraw: this.amountDraw,
      },
      this.rules,
    );
    return this.periods === 1 ? breakdown : { ...breakdown, variance: breakdown.variance / this.periods };
  }

  /** The subject's totals with the period's rate score in place of the (additive) daily sum. */
  scored(spans: DaySpan[], totals: SubjectTotals): SubjectTotals {
    const { total, variance } = this.breakdown(spans, totals);
    return { ...totals, score: total, variance };
  }

  private perPeriod(sums: Sums, residentDays: number): PeriodFigures {
    const counts = countsOf(sums);
    if (this.periods === 1) return { counts, residentDays };
    for (const key in counts) counts[key as keyof IndicatorCounts] /= this.periods;
    return { counts, residentDays: residentDays / this.periods };
  }

  private cityFigures(period: Period): { figures: PeriodFigures; amountDraw: number | undefined } {
    const sums = emptySums();
    const from = dayNumber(period.from);
    const to = dayNumber(period.to);
    this.index.addCitySums(from, to, sums);
    let residents = 0;
    for (const population of this.populations.values()) residents += population;
    const lossFen = sums[COUNT_INDEX_OF_LOSS];
    return {
      figures: this.perPeriod(sums, residents * (to - from + 1)),
      amountDraw: lossFen > 0 ? sums[LOSS_SQUARES_SERIES] / lossFen : undefined,
    };
  }
}
