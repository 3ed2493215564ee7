import { addDays, daysBetween } from '../../common/business-day';
import { INDICATOR_KEYS } from '../domain/indicators';
import { Period, sameRangeLastYear } from '../domain/periods';
import { RateBreakdown, RateScorer, SeriesFigures } from '../domain/rate-score';
import { RateRuleSet, RuleSet, isRateRuleSet, ruleSetInForce } from '../domain/rule-set';
import { LOSS_SQUARES_SERIES, ScoreIndex, dayNumber, emptySums } from './score-index';
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
 * same dates a year earlier are summed once into a RateScorer, then each subject's own totals (and
 * its last year's, for year-on-year terms) go through it. A baseline spans several periods and
 * scores their average, so it is shrunk as one period is and compares like with like.
 */
export class PeriodRates {
  private readonly scorer: RateScorer;
  private readonly lastYear: PeriodSegments;

  private constructor(
    period: Period,
    readonly rules: RateRuleSet,
    private readonly index: ScoreIndex,
    private readonly populations: Map<string, number>,
    ruleSets: RuleSet[],
    /** How many periods `period` spans: figures are divided by it, variances too. */
    periods = 1,
    variance = true,
  ) {
    const last = sameRangeLastYear(period);
    const city = this.cityFigures(period);
    this.scorer = new RateScorer(rules, {
      city,
      cityLastYear: this.cityFigures(last),
      areaCount: populations.size,
      days: daysBetween(period.from, period.to) / periods,
      amountDraw: city.series[COUNT_INDEX_OF_LOSS] > 0 ? city.series[LOSS_SQUARES_SERIES] / city.series[COUNT_INDEX_OF_LOSS] : undefined,
      periods,
      variance,
    });
    this.lastYear = periodSegments(last, ruleSets);
  }

  /**
   * The rate scorer of a period, or null when the rules in force on its last day are additive.
   * Without `variance` its scores carry none: enough for a previous period's ranks.
   */
  static of(
    period: Period,
    index: ScoreIndex,
    populations: Map<string, number>,
    ruleSets: RuleSet[],
    { variance = true } = {},
  ): PeriodRates | null {
    const rules = ruleSetInForce(ruleSets, period.to);
    return isRateRuleSet(rules) ? new PeriodRates(period, rules, index, populations, ruleSets, 1, variance) : null;
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
    return this.scorer.breakdown(figuresOf(totals), this.ownLastYear(spans));
  }

  /** The subject's totals with the period's rate score in place of the (additive) daily sum. */
  scored(spans: DaySpan[], totals: SubjectTotals): SubjectTotals {
    const { total, variance } = this.scorer.score(figuresOf(totals), this.ownLastYear(spans));
    return { ...totals, score: total, variance };
  }

  /** The series of a subject's totals its terms read. */
  get series(): readonly number[] {
    return this.scorer.series;
  }

  private ownLastYear(spans: DaySpan[]): SeriesFigures | null {
    if (!this.scorer.yearOnYear) return null;
    const totals = subjectTotals(spans, this.lastYear, this.index, this.populations, this.scorer.series);
    return totals && figuresOf(totals);
  }

  private cityFigures(period: Period): SeriesFigures {
    const series = emptySums();
    const from = dayNumber(period.from);
    const to = dayNumber(period.to);
    this.index.addCitySums(from, to, series);
    let residents = 0;
    for (const population of this.populations.values()) residents += population;
    return { series, residentDays: residents * (to - from + 1) };
  }
}

const figuresOf = ({ sums, residentDays }: SubjectTotals): SeriesFigures => ({ series: sums, residentDays });
