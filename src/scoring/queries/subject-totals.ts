import { Span } from '../domain/accountability';
import { Period } from '../domain/periods';
import { RuleSet, isAdditiveRuleSet, isRateRuleSet, ruleSegments } from '../domain/rule-set';
import { roundScore } from '../domain/score';
import { unseenEventVariance } from '../domain/score-variance';
import { SCORE_SERIES, SCORE_UNIT, ScoreIndex, Sums, VARIANCE_SERIES, dayNumber, emptySums } from './score-index';

export interface SubjectTotals {
  /** Summed counts of every area the subject answered for, day by day. */
  sums: Sums;
  score: number;
  variance: number;
  /** Days of the period the subject answered for anything. */
  days: number;
  /** Residents answered for, averaged over those days. */
  population: number;
  /** Residents × days answered for: the exposure of per-capita rates. */
  residentDays: number;
}

/** A span with day numbers: what the inner loop compares. */
export interface DaySpan {
  fromDay: number;
  toDay: number;
  areaIds: string[];
}

/** Subjects are kept between rankings, so their spans are converted once, not on every ranking. */
const converted = new WeakMap<Span[], DaySpan[]>();

export function daySpans(spans: Span[]): DaySpan[] {
  let days = converted.get(spans);
  if (!days)
    converted.set(
      spans,
      (days = spans.map((s) => ({ fromDay: dayNumber(s.from), toDay: s.to === null ? Infinity : dayNumber(s.to), areaIds: s.areaIds }))),
    );
  return days;
}

/** A period cut where the rule set changes, as day numbers: computed once per ranking, used for every subject. */
export interface PeriodSegments {
  from: number;
  to: number;
  segments: Array<{ from: number; to: number; rules: RuleSet | undefined }>;
}

export function periodSegments(period: Period, ruleSets: RuleSet[]): PeriodSegments {
  const segments = ruleSegments(ruleSets, period.from, period.to).map((s) => ({
    from: dayNumber(s.from),
    to: dayNumber(s.to),
    rules: s.rules,
  }));
  return { from: dayNumber(period.from), to: dayNumber(period.to), segments };
}

/** One span-and-rule-set part of a subject's sums, reused from subject to subject. */
const part = emptySums();

/**
 * A subject's figures over a period. Each day counts the areas assigned that day; a chief's daily
 * score combines them as the day's rule set says (mean by default), and the period's score is the
 * sum of the daily scores, so a re-link mid-month splits the month where it happened. Days with
 * no areas assigned are days the subject answered for nothing: not scored as zero.
 */
export function subjectTotals(
  spans: DaySpan[],
  period: PeriodSegments,
  index: ScoreIndex,
  populations: Map<string, number>,
  /** Only these series of a rate rule set's days (those its terms read); every count by default. */
  rateSeries: number | readonly number[] = SCORE_SERIES,
): SubjectTotals | null {
  const sums = emptySums();
  let score = 0;
  let variance = 0;
  let days = 0;
  let residentDays = 0;
  // The last span and rule set scored: the unseen-event allowance follows the period's end.
  let lastSpan: DaySpan | undefined;
  let lastPopulation = 0;
  let lastRules: RuleSet | undefined;
  for (const span of spans) {
    const spanFrom = Math.max(span.fromDay, period.from);
    const spanTo = Math.min(span.toDay, period.to);
    if (spanFrom > spanTo || !span.areaIds.length) continue;
    let population = 0;
    for (const areaId of span.areaIds) population += populations.get(areaId) ?? 0;
    for (const segment of period.segments) {
      const from = Math.max(segment.from, spanFrom);
      const to = Math.min(segment.to, spanTo);
      if (from > to) continue;
      days += to - from + 1;
      residentDays += (to - from + 1) * population;
      lastSpan = span;
      lastPopulation = population;
      lastRules = segment.rules;
      // Only additive rule sets score days; a rate rule set scores the period's totals (see PeriodRates).
      if (isRateRuleSet(segment.rules)) {
        for (const areaId of span.areaIds) index.addSums(areaId, from, to, sums, rateSeries);
        continue;
      }
      part.fill(0);
      for (const areaId of span.areaIds) index.addSums(areaId, from, to, part);
      const weight = segment.rules?.aggregation === 'SUM' ? 1 : 1 / span.areaIds.length;
      for (let s = 0; s < SCORE_SERIES; s++) sums[s] += part[s];
      score += weight * part[SCORE_SERIES];
      variance += weight * weight * part[VARIANCE_SERIES];
    }
  }
  if (!lastSpan) return null;
  if (isAdditiveRuleSet(lastRules)) variance += unseenEventVariance(lastRules, lastSpan.areaIds.length, lastPopulation);
  // Running variance totals are floats: a day set back to nothing can leave a trace below zero.
  return {
    sums,
    score: roundScore(score / SCORE_UNIT),
    variance: Math.max(variance, 0),
    days,
    population: days ? Math.round(residentDays / days) : 0,
    residentDays,
  };
}
