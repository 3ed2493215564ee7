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

/**
 * The arrow a screen shows. A move to a rank the row could hold anyway, given its interval, rests on
 * counts too small to mean anything: UNCERTAIN, no arrow.
 */
export function trendOf(rank: number, previousRank: number | null, range: { best: number; worst: number }): Trend {
  if (previousRank === null) return 'NEW';
  if (previousRank === rank) return 'SAME';
  if (previousRank >= range.best && previousRank <= range.worst) return 'UNCERTAIN';
  return previousRank > rank ? 'UP' : 'DOWN';
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
