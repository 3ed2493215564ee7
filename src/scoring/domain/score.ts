import { INDICATORS, IndicatorCounts, IndicatorKey } from './indicators';
import { RuleTerm } from '../events/rule-set.events';
import { AdditiveRuleSet as RuleSet } from './rule-set';

export interface ScoreInput {
  counts: IndicatorCounts;
  /** Loss of each case counted in `counts`, for terms capped per case. */
  caseLossesFen: number[];
  population: number;
}

export interface TermScore {
  indicator: IndicatorKey;
  label: string;
  value: number;
  points: number;
  per: number;
  capPerCase: number | null;
  perCapita: boolean;
  score: number;
}

export interface ScoreBreakdown {
  total: number;
  terms: TermScore[];
}

/** Scores are shown and ranked at four decimals so float noise never breaks a tie. */
export const roundScore = (x: number) => Math.round(x * 10_000) / 10_000 + 0;

function termScore(term: RuleTerm, input: ScoreInput): number {
  let score: number;
  if (term.capPerCase !== null && term.indicator === 'lossFen') {
    score = 0;
    for (const loss of input.caseLossesFen) score += capped((loss / term.per) * term.points, term.capPerCase);
  } else {
    score = ((input.counts[term.indicator] ?? 0) / term.per) * term.points;
  }
  if (term.perCapita) score = input.population > 0 ? score / (input.population / 10_000) : 0;
  return roundScore(score);
}

/** The score with each term's share: what an explanation shows. */
export function scoreOf(input: ScoreInput, rules: RuleSet): ScoreBreakdown {
  const terms = rules.terms.map((term): TermScore => ({
    ...term,
    label: INDICATORS[term.indicator].label,
    value: input.counts[term.indicator] ?? 0,
    score: termScore(term, input),
  }));
  return { total: roundScore(terms.reduce((s, t) => s + t.score, 0)), terms };
}

/** The same total as scoreOf, without building the breakdown: what a ranking needs for every area. */
export function scoreTotal(input: ScoreInput, rules: RuleSet): number {
  let total = 0;
  for (const term of rules.terms) total += termScore(term, input);
  return roundScore(total);
}

function capped(points: number, cap: number): number {
  return Math.sign(points) * Math.min(Math.abs(points), cap);
}
