import { RESIDENTS, RateTerm } from '../events/rule-set.events';
import { INDICATORS, INDICATOR_KEYS, IndicatorCounts, IndicatorKey, isPartOf } from './indicators';
import { normalCdf } from './normal';
import { RateRuleSet } from './rule-set';
import { roundScore } from './score';

/** What a subject (or the city) did over a period: its totals and the residents it answered for, day by day. */
export interface PeriodFigures {
  counts: IndicatorCounts;
  /** Residents × days answered for: the exposure of per-capita rates. */
  residentDays: number;
}

/**
 * The same figures as a score index holds them: counts in INDICATOR_KEYS order. Rankings score
 * hundreds of subjects a request, and reading a count by position spares an object per subject.
 */
export interface SeriesFigures {
  series: ArrayLike<number>;
  residentDays: number;
}

export interface RateInput {
  own: PeriodFigures;
  city: PeriodFigures;
  /** The same dates a year earlier, for year-on-year terms; null where nothing is known. */
  ownLastYear: PeriodFigures | null;
  cityLastYear: PeriodFigures | null;
  /** Defense areas of the city: the prior is what an average one of them sees. */
  areaCount: number;
  /** Days of the period. */
  days: number;
  /**
   * The size of one independent draw of money, in fen: Σloss²/Σloss over the city's cases (a
   * compound Poisson sum's variance is the count times the mean square). Losses are heavy-tailed,
   * so this is several times the mean case loss. Defaults to the mean case loss.
   */
  amountDraw?: number;
}

/** The city's side of a scoring: what every subject of a period is compared with. */
export interface RateContext {
  city: SeriesFigures;
  cityLastYear: SeriesFigures | null;
  areaCount: number;
  /** Days of one period. */
  days: number;
  amountDraw?: number;
  /** Figures spanning several periods score their average: every count and exposure is divided by this. */
  periods?: number;
  /** False where only the points matter (a previous period's rank): the variance is then left at zero. */
  variance?: boolean;
}

export interface RateTermScore {
  term: RateTerm;
  numerator: number;
  /** Residents (average over the period) for per-capita terms, else the summed denominator. */
  denominator: number;
  /** The rate as observed; null when its denominator is zero. Per-capita rates are per 10,000 residents over the period. */
  rate: number | null;
  /** The rate shrunk toward the city's by how little it rests on. */
  shrunk: number;
  /** The city's rate, the target, or (for CITY_CHANGE) the city's ratio of this year to last. */
  reference: number;
  /** For CITY_CHANGE: own shrunk ratio of this year to last. */
  change: number | null;
  points: number;
  variance: number;
}

export interface RateBreakdown {
  total: number;
  /** The total's variance under the counts' own noise. */
  variance: number;
  terms: RateTermScore[];
}

const PER_10K = 10_000;

const positionsOf = (keys: IndicatorKey[]) => keys.map((k) => INDICATOR_KEYS.indexOf(k));
const isAmount = (keys: IndicatorKey[]) => keys.some((k) => INDICATORS[k].unit === 'fen');

/** The city's side of a term in a period. */
interface CityTerm {
  rate: number;
  /** The prior's weight: what an average area is exposed to in `priorDays`. */
  prior: number;
}

/** A term with everything that does not depend on the subject worked out once per period. */
interface PlannedTerm {
  term: RateTerm;
  numerator: number[];
  /** Positions of the denominator's counts; null for per-capita terms (residents). */
  denominator: number[] | null;
  /** A rate of events over events that include them all (dissuaded of contacted): binomial noise, not Poisson. */
  proportion: boolean;
  numeratorDraw: number;
  denominatorDraw: number;
  city: CityTerm;
  /** For CITY_CHANGE: the city's side a year earlier. */
  cityBefore: CityTerm | null;
  reference: number;
  /** Terms reading the same draws share a group: their deviations add up. */
  group: number;
}

/** A rate with its exposure, shrunk toward a reference rate by a prior worth `prior` units of exposure. */
interface Estimate {
  y: number;
  n: number;
  shrunk: number;
  /** Posterior variance of the rate: its prior's and its counts' uncertainty together. */
  variance: number;
}

/** What one term scored; one object reused for every term, copied only where a breakdown is asked for. */
interface TermOutcome {
  numerator: number;
  exposure: number;
  shrunk: number;
  change: number | null;
  points: number;
  variance: number;
}

/**
 * A rate rule set ready to score the subjects of one period: the city's rates, priors and
 * references are worked out when it is made, so each subject is a few dozen additions and divisions.
 */
export class RateScorer {
  private readonly terms: PlannedTerm[];
  private readonly deviations: Float64Array;
  private readonly periods: number;
  private readonly days: number;
  private readonly withVariance: boolean;
  private readonly now: Estimate = { y: 0, n: 0, shrunk: 0, variance: 0 };
  private readonly before: Estimate = { y: 0, n: 0, shrunk: 0, variance: 0 };
  private readonly outcome: TermOutcome = { numerator: 0, exposure: 0, shrunk: 0, change: null, points: 0, variance: 0 };
  /** Whether any term compares with a year earlier: only then is a subject's last year read. */
  readonly yearOnYear: boolean;
  /** The series its terms read of a subject's figures, in order: a comparison period needs no others. */
  readonly series: readonly number[];

  constructor(
    readonly rules: RateRuleSet,
    context: RateContext,
  ) {
    this.periods = context.periods ?? 1;
    this.days = context.days;
    this.withVariance = context.variance ?? true;
    const groups = new Map<string, number>();
    const draw = Math.max(context.amountDraw ?? this.meanCaseLoss(context.city), 1);
    this.terms = rules.rateTerms.map((term) => {
      const perCapita = term.denominator === RESIDENTS;
      const wholes = perCapita ? [] : (term.denominator as IndicatorKey[]);
      const denominator = perCapita ? null : positionsOf(wholes);
      const planned = { denominator, numerator: positionsOf(term.numerator) };
      const city = this.cityTerm(planned, context.city, context);
      const cityBefore =
        term.compare === 'CITY_CHANGE' && context.cityLastYear ? this.cityTerm(planned, context.cityLastYear, context) : null;
      const draws = INDICATORS[term.numerator[0]].draws;
      if (!groups.has(draws)) groups.set(draws, groups.size);
      return {
        term,
        ...planned,
        proportion: !perCapita && term.numerator.every((part) => wholes.some((whole) => isPartOf(part, whole))),
        numeratorDraw: isAmount(term.numerator) ? draw : 1,
        denominatorDraw: !perCapita && isAmount(wholes) ? draw : 1,
        city,
        cityBefore,
        reference: referenceOf(term, city, cityBefore),
        group: groups.get(draws)!,
      };
    });
    this.deviations = new Float64Array(groups.size);
    this.yearOnYear = rules.rateTerms.some((t) => t.compare === 'CITY_CHANGE');
    this.series = [...new Set(this.terms.flatMap((t) => [...t.numerator, ...(t.denominator ?? [])]))].sort((a, b) => a - b);
  }

  /** The subject's total and its variance, without a breakdown: what a ranking needs of every row. */
  score(own: SeriesFigures, ownLastYear: SeriesFigures | null): { total: number; variance: number } {
    return this.run(own, ownLastYear, null);
  }

  breakdown(own: SeriesFigures, ownLastYear: SeriesFigures | null): RateBreakdown {
    const terms: RateTermScore[] = [];
    return { ...this.run(own, ownLastYear, terms), terms };
  }

  private run(own: SeriesFigures, ownLastYear: SeriesFigures | null, terms: RateTermScore[] | null): { total: number; variance: number } {
    let total = 0;
    // Terms reading the same draws (alerts, the cases filed from them and their loss) move together:
    // their deviations add up within a group, and groups are independent.
    this.deviations.fill(0);
    for (const planned of this.terms) {
      const outcome = this.termScore(planned, own, ownLastYear);
      total += outcome.points;
      if (this.withVariance) this.deviations[planned.group] += Math.sqrt(outcome.variance);
      if (terms) terms.push(this.described(planned, outcome));
    }
    let variance = 0;
    for (const deviation of this.deviations) variance += deviation ** 2;
    return { total: roundScore(total), variance: variance / this.periods };
  }

  private termScore(planned: PlannedTerm, own: SeriesFigures, ownLastYear: SeriesFigures | null): TermOutcome {
    const { term, city } = planned;
    const now = this.estimate(planned, own, city, this.now);
    let x: number;
    let xVariance: number;
    let change: number | null = null;
    if (term.compare === 'CITY_CHANGE') {
      const cityBefore = planned.cityBefore;
      const before = ownLastYear && cityBefore ? this.estimate(planned, ownLastYear, cityBefore, this.before) : null;
      if (before && before.shrunk > 0 && now.shrunk > 0 && cityBefore!.rate > 0 && city.rate > 0) {
        change = now.shrunk / before.shrunk;
        x = change / planned.reference;
        xVariance = x ** 2 * (now.variance / now.shrunk ** 2 + before.variance / before.shrunk ** 2);
      } else {
        // Nothing to compare with: the term sits where the city's own change would put it.
        x = 1;
        xVariance = 0;
      }
    } else if (term.mapping.kind === 'DIFFERENCE') {
      x = now.shrunk - planned.reference;
      xVariance = now.variance;
    } else if (planned.reference > 0) {
      x = now.shrunk / planned.reference;
      xVariance = now.variance / planned.reference ** 2;
    } else {
      x = 1;
      xVariance = 0;
    }
    const outcome = this.outcome;
    outcome.numerator = now.y;
    outcome.exposure = now.n;
    outcome.shrunk = now.shrunk;
    outcome.change = change;
    outcome.points = roundScore(term.weight * fractionOf(x, term));
    outcome.variance = this.withVariance ? pointsVariance(x, xVariance, term) : 0;
    return outcome;
  }

  private described({ term, denominator, city, reference }: PlannedTerm, outcome: TermOutcome): RateTermScore {
    const perCapita = denominator === null;
    const scale = perCapita ? this.days : 1;
    const n = outcome.exposure;
    return {
      term,
      numerator: outcome.numerator,
      denominator: perCapita ? (this.days > 0 ? (n * PER_10K) / this.days : 0) : n,
      rate: n > 0 ? (outcome.numerator / n) * scale : null,
      shrunk: outcome.shrunk * scale,
      reference: term.compare === 'CITY' && perCapita ? city.rate * scale : reference,
      change: outcome.change,
      points: outcome.points,
      variance: outcome.variance,
    };
  }

  /**
   * Empirical Bayes: a beta prior for proportions, a Poisson–gamma prior for every other rate (per
   * capita, or counts over counts they are not part of: cases solved this month over cases filed this
   * month), both centred on the city's rate and worth what an average area sees in `priorDays`. Money
   * is read as draws of the amount draw (see RateInput.amountDraw), so one large case weighs as it should.
   */
  private estimate(planned: PlannedTerm, figures: SeriesFigures, city: CityTerm, out: Estimate): Estimate {
    const y = this.sum(planned.numerator, figures.series);
    const n = this.exposure(planned, figures);
    const weight = n + city.prior;
    const shrunk = weight > 0 ? (y + city.rate * city.prior) / weight : city.rate;
    // The posterior spread of the true rate: what is still unknown of it after the period's counts.
    if (weight <= 0) out.variance = 0;
    else if (planned.proportion) out.variance = (shrunk * (1 - shrunk)) / (weight / planned.denominatorDraw + 1);
    else out.variance = (planned.numeratorDraw * (y + city.rate * city.prior)) / weight ** 2;
    out.y = y;
    out.n = n;
    out.shrunk = shrunk;
    return out;
  }

  private cityTerm(planned: Pick<PlannedTerm, 'numerator' | 'denominator'>, city: SeriesFigures, context: RateContext): CityTerm {
    const exposure = this.exposure(planned, city);
    return {
      rate: exposure > 0 ? this.sum(planned.numerator, city.series) / exposure : 0,
      prior: context.days > 0 && context.areaCount > 0 ? (exposure / context.areaCount) * (this.rules.priorDays / context.days) : 0,
    };
  }

  private exposure({ denominator }: Pick<PlannedTerm, 'denominator'>, figures: SeriesFigures): number {
    return denominator === null ? figures.residentDays / this.periods / PER_10K : this.sum(denominator, figures.series);
  }

  private sum(positions: number[], series: ArrayLike<number>): number {
    let sum = 0;
    for (const position of positions) sum += series[position] / this.periods;
    return sum;
  }

  private meanCaseLoss({ series }: SeriesFigures): number {
    const cases = series[INDICATOR_KEYS.indexOf('cases')];
    return cases > 0 ? series[INDICATOR_KEYS.indexOf('lossFen')] / cases : 1;
  }
}

function referenceOf(term: RateTerm, city: CityTerm, cityBefore: CityTerm | null): number {
  if (term.compare === 'CITY_CHANGE') return cityBefore && cityBefore.rate > 0 ? city.rate / cityBefore.rate : 1;
  return term.compare === 'TARGET' ? (term.target ?? 0) : city.rate;
}

function fractionOf(x: number, term: RateTerm): number {
  const { zeroAt, fullAt } = term.mapping;
  return Math.min(Math.max((x - zeroAt) / (fullAt - zeroAt), 0), 1);
}

/** The points' variance: the mapping's slope where it is not clamped, weighted by the chance of being there. */
function pointsVariance(x: number, xVariance: number, { weight, mapping: { zeroAt, fullAt } }: RateTerm): number {
  const slope = weight / (fullAt - zeroAt);
  const sd = Math.sqrt(xVariance);
  const lo = Math.min(zeroAt, fullAt);
  const hi = Math.max(zeroAt, fullAt);
  const inside = sd > 0 ? normalCdf((hi - x) / sd) - normalCdf((lo - x) / sd) : x > lo && x < hi ? 1 : 0;
  return (slope * inside) ** 2 * xVariance;
}

const seriesOf = ({ counts, residentDays }: PeriodFigures): SeriesFigures => ({
  series: INDICATOR_KEYS.map((k) => counts[k] ?? 0),
  residentDays,
});

/** A subject's score over a period on the 100-point scale: every term from the period's totals. */
export function rateScore(input: RateInput, rules: RateRuleSet): RateBreakdown {
  const scorer = new RateScorer(rules, {
    city: seriesOf(input.city),
    cityLastYear: input.cityLastYear && seriesOf(input.cityLastYear),
    areaCount: input.areaCount,
    days: input.days,
    amountDraw: input.amountDraw,
  });
  return scorer.breakdown(seriesOf(input.own), input.ownLastYear && seriesOf(input.ownLastYear));
}
