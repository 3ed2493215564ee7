import { daysBetween } from '../../common/business-day';
import { Subject, spansWithin } from '../domain/accountability';
import { Period } from '../domain/periods';
import { RuleSet, ruleSegments, ruleSetInForce } from '../domain/rule-set';
import { unseenEventVariance } from '../domain/score-variance';
import { roundScore } from '../domain/score';
import { SCORE_SERIES, SCORE_UNIT, SERIES, ScoreIndex, VARIANCE_SERIES, dayNumber } from './score-index';

export interface SubjectTotals {
  /** Summed counts of every area the subject answered for, day by day. */
  sums: Float64Array;
  score: number;
  variance: number;
  /** Days of the period the subject answered for anything. */
  days: number;
  /** Residents answered for, averaged over those days. */
  population: number;
}

/**
 * A subject's figures over a period. Each day counts the areas assigned that day; a chief's daily
 * score combines them as the day's rule set says (mean by default), and the period's score is the
 * sum of the daily scores, so a re-link mid-month splits the month where it happened.
 */
export function subjectTotals(subject: Subject, period: Period, index: ScoreIndex, ruleSets: RuleSet[], populations: Map<string, number>): SubjectTotals | null {
  // Days with no areas assigned are days the subject answered for nothing: not scored as zero.
  const spans = spansWithin(subject.spans, period.from, period.to).filter((span) => span.areaIds.length > 0);
  if (!spans.length) return null;
  const sums = new Float64Array(SERIES);
  const part = new Float64Array(SERIES);
  let score = 0;
  let variance = 0;
  let days = 0;
  let residentDays = 0;
  for (const span of spans) {
    const population = span.areaIds.reduce((s, a) => s + (populations.get(a) ?? 0), 0);
    for (const segment of ruleSegments(ruleSets, span.from, span.to as string)) {
      const length = daysBetween(segment.from, segment.to);
      days += length;
      residentDays += length * population;
      part.fill(0);
      const from = dayNumber(segment.from);
      const to = dayNumber(segment.to);
      for (const areaId of span.areaIds) index.addSums(areaId, from, to, part);
      const weight = segment.rules?.aggregation === 'SUM' ? 1 : 1 / span.areaIds.length;
      for (let s = 0; s < SCORE_SERIES; s++) sums[s] += part[s];
      score += weight * part[SCORE_SERIES];
      variance += weight * weight * part[VARIANCE_SERIES];
    }
  }
  const last = spans[spans.length - 1];
  const rules = ruleSetInForce(ruleSets, last.to as string);
  const lastPopulation = last.areaIds.reduce((s, a) => s + (populations.get(a) ?? 0), 0);
  if (rules) variance += unseenEventVariance(rules, last.areaIds.length, lastPopulation);
  // Running variance totals are floats: a day set back to nothing can leave a trace below zero.
  return { sums, score: roundScore(score / SCORE_UNIT), variance: Math.max(variance, 0), days, population: days ? Math.round(residentDays / days) : 0 };
}
