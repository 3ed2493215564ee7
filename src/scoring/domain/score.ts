import { INDICATORS, IndicatorCounts, IndicatorKey } from './indicators';
import { RuleSet } from './rule-set';

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

export function scoreOf(input: ScoreInput, rules: RuleSet): ScoreBreakdown {
  const terms = rules.terms.map((term): TermScore => {
    const value = input.counts[term.indicator] ?? 0;
    let score =
      term.capPerCase !== null && term.indicator === 'lossFen'
        ? input.caseLossesFen.reduce((sum, loss) => sum + capped((loss / term.per) * term.points, term.capPerCase!), 0)
        : (value / term.per) * term.points;
    if (term.perCapita) score = input.population > 0 ? score / (input.population / 10_000) : 0;
    return { ...term, label: INDICATORS[term.indicator].label, value, score: roundScore(score) };
  });
  return { total: roundScore(terms.reduce((s, t) => s + t.score, 0)), terms };
}

function capped(points: number, cap: number): number {
  return Math.sign(points) * Math.min(Math.abs(points), cap);
}
