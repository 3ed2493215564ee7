import { INDICATORS } from './indicators';
import { AdditiveRuleSet as RuleSet } from './rule-set';
import { ScoreInput } from './score';

/** 1.96 standard deviations: a 95% interval. */
export const INTERVAL_Z = 1.96;

/**
 * The variance of a score when each count is read as a Poisson draw (variance = the count): a
 * term of w points per unit adds w² × count. Losses are counted per case (each case one draw of
 * its own, capped, size). Other amounts (recovery, averted loss) have no per-event breakdown in the
 * read model and add nothing, so their terms look more certain than they are.
 */
export function scoreVariance(input: ScoreInput, rules: RuleSet): number {
  let variance = 0;
  for (const term of rules.terms) {
    let v: number;
    if (term.indicator === 'lossFen') {
      v = 0;
      for (const loss of input.caseLossesFen) {
        const points = (loss / term.per) * term.points;
        const capped = term.capPerCase === null ? points : Math.min(Math.abs(points), term.capPerCase);
        v += capped * capped;
      }
    } else if (INDICATORS[term.indicator].unit === 'count') {
      v = (term.points / term.per) ** 2 * Math.max(input.counts[term.indicator] ?? 0, 0);
    } else {
      continue;
    }
    if (term.perCapita) v = input.population > 0 ? v / (input.population / 10_000) ** 2 : 0;
    variance += v;
  }
  return variance;
}

/**
 * A count of zero is not certain either (a Poisson 95% bound on a zero count is about 3.7): every
 * count term of the rules gets one unseen event's variance per area, combined as the chief's
 * areas are (mean: 1/n² per area, so w²/n in all). Otherwise an area with no events at all would
 * get a zero-width interval and every move among such areas would look certain.
 */
export function unseenEventVariance(rules: RuleSet, areaCount: number, population: number): number {
  if (areaCount === 0) return 0;
  const weight = rules.aggregation === 'SUM' ? areaCount : 1 / areaCount;
  const { flat, perCapita } = countTermWeights(rules);
  const perCapitaScale = population > 0 ? (areaCount * 10_000) / population : 0;
  return (flat + perCapita * perCapitaScale ** 2) * weight;
}

/** Each rule set's squared count-term weights, split by per-capita: a ranking asks for every subject. */
const termWeights = new WeakMap<RuleSet, { flat: number; perCapita: number }>();

function countTermWeights(rules: RuleSet): { flat: number; perCapita: number } {
  let weights = termWeights.get(rules);
  if (!weights) {
    weights = { flat: 0, perCapita: 0 };
    for (const term of rules.terms) {
      if (INDICATORS[term.indicator].unit !== 'count') continue;
      if (term.perCapita) weights.perCapita += (term.points / term.per) ** 2;
      else weights.flat += (term.points / term.per) ** 2;
    }
    termWeights.set(rules, weights);
  }
  return weights;
}
