import { RESIDENTS, RateTerm } from '../events/rule-set.events';
import { INDICATORS, IndicatorCounts, IndicatorKey, isPartOf } from './indicators';
import { normalCdf } from './normal';
import { RateRuleSet } from './rule-set';
import { roundScore } from './score';

/** What a subject (or the city) did over a period: its totals and the residents it answered for, day by day. */
export interface PeriodFigures {
  counts: IndicatorCounts;
  /** Residents × days answered for: the exposure of per-capita rates. */
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

const sumOf = (keys: IndicatorKey[], counts: IndicatorCounts) => keys.reduce((s, k) => s + (counts[k] ?? 0), 0);
const isAmount = (keys: IndicatorKey[]) => keys.some((k) => INDICATORS[k].unit === 'fen');

/** What a term's arithmetic needs to know of it, worked out once per term rather than per subject. */
interface TermPlan {
  perCapita: boolean;
  /** A rate of events over events that include them all (dissuaded of contacted): binomial noise, not Poisson. */
  proportion: boolean;
  numeratorAmount: boolean;
  denominatorAmount: boolean;
}

const plans = new WeakMap<RateTerm, TermPlan>();

function planOf(term: RateTerm): TermPlan {
  let plan = plans.get(term);
  if (!plan) {
    const perCapita = term.denominator === RESIDENTS;
    const wholes = perCapita ? [] : (term.denominator as IndicatorKey[]);
    plan = {
      perCapita,
      proportion: !perCapita && term.numerator.every((part) => wholes.some((whole) => isPartOf(part, whole))),
      numeratorAmount: isAmount(term.numerator),
      denominatorAmount: !perCapita && isAmount(wholes),
    };
    plans.set(term, plan);
  }
  return plan;
}

/** The city's side of a term in a period: the same for every subject ranked, so worked out once. */
interface CityTerm {
  exposure: number;
  rate: number;
  /** The prior's weight: what an average area is exposed to in `priorDays`. */
  prior: number;
}

const cityTerms = new WeakMap<PeriodFigures, Map<RateTerm, CityTerm & { days: number; areaCount: number; priorDays: number }>>();

function exposureOf(term: RateTerm, plan: TermPlan, figures: PeriodFigures): number {
  return plan.perCapita ? figures.residentDays / PER_10K : sumOf(term.denominator as IndicatorKey[], figures.counts);
}

function cityTermOf(term: RateTerm, plan: TermPlan, city: PeriodFigures, input: RateInput, priorDays: number): CityTerm {
  let byTerm = cityTerms.get(city);
  if (!byTerm) cityTerms.set(city, (byTerm = new Map()));
  const known = byTerm.get(term);
  if (known && known.days === input.days && known.areaCount === input.areaCount && known.priorDays === priorDays) return known;
  const exposure = exposureOf(term, plan, city);
  const cityTerm = {
    exposure,
    rate: exposure > 0 ? sumOf(term.numerator, city.counts) / exposure : 0,
    prior: input.days > 0 && input.areaCount > 0 ? (exposure / input.areaCount) * (priorDays / input.days) : 0,
    days: input.days,
    areaCount: input.areaCount,
    priorDays,
  };
  byTerm.set(term, cityTerm);
  return cityTerm;
}

/** A rate with its exposure, shrunk toward a reference rate by a prior worth `prior` units of exposure. */
interface Estimate {
  y: number;
  n: number;
  raw: number | null;
  shrunk: number;
  /** Posterior variance of the rate: its prior's and its counts' uncertainty together. */
  variance: number;
}

/**
 * Empirical Bayes: a beta prior for proportions, a Poisson–gamma prior for every other rate (per
 * capita, or counts over counts they are not part of: cases solved this month over cases filed this
 * month), both centred on the city's rate and worth what an average area sees in `priorDays`. Money
 * is read as draws of `draw` fen (see RateInput.amountDraw), so one large case weighs as it should.
 */
function estimate(term: RateTerm, plan: TermPlan, own: PeriodFigures, city: CityTerm, draw: number): Estimate {
  const y = sumOf(term.numerator, own.counts);
  const n = exposureOf(term, plan, own);
  const weight = n + city.prior;
  const shrunk = weight > 0 ? (y + city.rate * city.prior) / weight : city.rate;
  const denominatorDraw = plan.denominatorAmount ? draw : 1;
  const numeratorDraw = plan.numeratorAmount ? draw : 1;
  let variance: number;
  // The posterior spread of the true rate: what is still unknown of it after the period's counts.
  if (weight <= 0) variance = 0;
  else if (plan.proportion) variance = (shrunk * (1 - shrunk)) / (weight / denominatorDraw + 1);
  else variance = (numeratorDraw * (y + city.rate * city.prior)) / weight ** 2;
  return { y, n, raw: n > 0 ? y / n : null, shrunk, variance };
}

function fractionOf(x: number, term: RateTerm): number {
  const { zeroAt, fullAt } = term.mapping;
  return Math.min(Math.max((x - zeroAt) / (fullAt - zeroAt), 0), 1);
}

/** The points' variance: the mapping's slope where it is not clamped, weighted by the chance of being there. */
function pointsVariance(x: number, xVariance: number, term: RateTerm): number {
  const { zeroAt, fullAt } = term.mapping;
  const slope = term.weight / (fullAt - zeroAt);
  const sd = Math.sqrt(xVariance);
  const [lo, hi] = zeroAt < fullAt ? [zeroAt, fullAt] : [fullAt, zeroAt];
  const inside = sd > 0 ? normalCdf((hi - x) / sd) - normalCdf((lo - x) / sd) : x > lo && x < hi ? 1 : 0;
  return (slope * inside) ** 2 * xVariance;
}

function termScore(term: RateTerm, input: RateInput, rules: RateRuleSet, draw: number): RateTermScore {
  const plan = planOf(term);
  const city = cityTermOf(term, plan, input.city, input, rules.priorDays);
  const now = estimate(term, plan, input.own, city, draw);
  const perCapita = plan.perCapita;
  const scale = perCapita ? input.days : 1;
  const cityRate = city.rate;
  let x: number;
  let xVariance: number;
  let reference: number;
  let change: number | null = null;
  if (term.compare === 'CITY_CHANGE') {
    const cityLastYear = input.cityLastYear ? cityTermOf(term, plan, input.cityLastYear, input, rules.priorDays) : null;
    const before = input.ownLastYear && cityLastYear ? estimate(term, plan, input.ownLastYear, cityLastYear, draw) : null;
    const cityBefore = cityLastYear?.rate ?? 0;
    reference = cityBefore > 0 ? cityRate / cityBefore : 1;
    if (before && before.shrunk > 0 && now.shrunk > 0 && cityBefore > 0 && cityRate > 0) {
      change = now.shrunk / before.shrunk;
      x = change / reference;
      xVariance = x ** 2 * (now.variance / now.shrunk ** 2 + before.variance / before.shrunk ** 2);
    } else {
      // Nothing to compare with: the term sits where the city's own change would put it.
      x = 1;
      xVariance = 0;
    }
  } else {
    reference = term.compare === 'TARGET' ? (term.target ?? 0) : cityRate;
    if (term.mapping.kind === 'DIFFERENCE') {
      x = now.shrunk - reference;
      xVariance = now.variance;
    } else if (reference > 0) {
      x = now.shrunk / reference;
      xVariance = now.variance / reference ** 2;
    } else {
      x = 1;
      xVariance = 0;
    }
  }
  return {
    term,
    numerator: now.y,
    denominator: perCapita ? (input.days > 0 ? (now.n * PER_10K) / input.days : 0) : now.n,
    rate: now.raw === null ? null : now.raw * scale,
    shrunk: now.shrunk * scale,
    reference: term.compare === 'CITY' && perCapita ? reference * scale : reference,
    change,
    points: roundScore(term.weight * fractionOf(x, term)),
    variance: pointsVariance(x, xVariance, term),
  };
}

/** A subject's score over a period on the 100-point scale: every term from the period's totals. */
export function rateScore(input: RateInput, rules: RateRuleSet): RateBreakdown {
  // One draw of money is the city's average case loss over the period.
  const draw = input.amountDraw ?? (input.city.counts.cases > 0 ? input.city.counts.lossFen / input.city.counts.cases : 1);
  const terms = rules.rateTerms.map((term) => termScore(term, input, rules, Math.max(draw, 1)));
  let total = 0;
  // Terms reading the same draws (alerts, the cases filed from them and their loss) move together:
  // their deviations add up within a group, and groups are independent.
  const deviations = new Map<string, number>();
  for (const t of terms) {
    total += t.points;
    const draws = INDICATORS[t.term.numerator[0]].draws;
    deviations.set(draws, (deviations.get(draws) ?? 0) + Math.sqrt(t.variance));
  }
  let variance = 0;
  for (const deviation of deviations.values()) variance += deviation ** 2;
  return { total: roundScore(total), variance, terms };
}
