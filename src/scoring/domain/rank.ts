import { normalCdf } from './normal';
/**
 * Standard competition ranking of scores, highest first: equal scores share a rank and the next
 * rank skips (1, 2, 2, 4); ties keep their input order. Works on indexes, so ranking the rows of a
 * screen allocates no row copies: `order` lists input indexes best first, `ranks[i]` is input i's rank.
 */
export function competitionRanks(scores: readonly number[]): { order: number[]; ranks: number[] } {
  const order = scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a] || a - b);
  const ranks = new Array<number>(scores.length);
  order.forEach((index, position) => {
    const previous = order[position - 1];
    ranks[index] = position > 0 && scores[index] === scores[previous] ? ranks[previous] : position + 1;
  });
  return { order, ranks };
}

export interface Interval {
  low: number;
  high: number;
}

/**
 * The best and worst rank each row could hold given every row's score interval: certainly below
 * the rows whose interval lies wholly above its own, possibly below any row that could score higher.
 */
export function rankRanges(intervals: Interval[]): Array<{ best: number; worst: number }> {
  const lows = intervals.map((i) => i.low).sort((a, b) => a - b);
  const highs = intervals.map((i) => i.high).sort((a, b) => a - b);
  return intervals.map((me) => ({
    best: 1 + countAbove(lows, me.high),
    worst: 1 + countAbove(highs, me.low) - (me.high > me.low ? 1 : 0),
  }));
}

/** How many sorted values are strictly greater than x. */
function countAbove(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] > x) hi = mid;
    else lo = mid + 1;
  }
  return sorted.length - lo;
}

export type Trend = 'UP' | 'DOWN' | 'SAME' | 'UNCERTAIN' | 'NEW';

/** An arrow needs this probability that the subject truly moved the way its rank did. */
export const ARROW_PROBABILITY = 0.9;

/**
 * The probability that a subject truly improved against the field between two periods: its score's
 * distance from the field's mean moved up, under both periods' noise (each score's variance from
 * its counts), read from the normal distribution.
 */
export function probabilityImproved(
  now: { score: number; variance: number },
  before: { score: number; variance: number },
  fieldMeans: { now: number; before: number },
): number {
  const delta = now.score - fieldMeans.now - (before.score - fieldMeans.before);
  const sd = Math.sqrt(now.variance + before.variance);
  if (sd === 0) return delta > 0 ? 1 : delta < 0 ? 0 : 0.5;
  return normalCdf(delta / sd);
}

/**
 * The arrow a screen shows: up or down only when the rank moved that way and the move is real with
 * ARROW_PROBABILITY; a move within the counts' noise is UNCERTAIN and gets no arrow.
 */
export function trendOf(rank: number, previousRank: number | null, improved: number | null): Trend {
  if (previousRank === null || improved === null) return 'NEW';
  if (previousRank === rank) return 'SAME';
  const probability = previousRank > rank ? improved : 1 - improved;
  if (probability < ARROW_PROBABILITY) return 'UNCERTAIN';
  return previousRank > rank ? 'UP' : 'DOWN';
}

/** The probability of the move a rank change shows; null without a move. */
export function moveProbability(rank: number, previousRank: number | null, improved: number | null): number | null {
  if (previousRank === null || improved === null || previousRank === rank) return null;
  return previousRank > rank ? improved : 1 - improved;
}

/** Splits rows into `groups` bands of similar size by population (smallest first), for 同类 peer rankings. */
export function populationBands<T extends { population: number }>(rows: T[], groups: number): T[][] {
  const sorted = [...rows].sort((a, b) => a.population - b.population);
  return Array.from({ length: groups }, (_, g) =>
    sorted.slice(Math.round((g * sorted.length) / groups), Math.round(((g + 1) * sorted.length) / groups)),
  );
}

/** Places that count as "the bottom 3" of a ranking: the last three, and never first (ties for first, or three ranked or fewer). */
export const inBottomThree = (rank: number, rankedOf: number) => rank > Math.max(rankedOf - 3, 1);
