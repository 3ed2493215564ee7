import { Day } from '../../common/business-day';
import { INDICATOR_KEYS, IndicatorCounts, emptyCounts } from '../domain/indicators';

const DAY_MS = 86_400_000;
const COUNT_SERIES = INDICATOR_KEYS.length;
/** Each day's score in units of 0.0001 point, so sums of rounded daily scores stay exact. */
export const SCORE_SERIES = COUNT_SERIES;
export const VARIANCE_SERIES = COUNT_SERIES + 1;
/** Σ loss² of the day's cases, in fen²: heavy-tailed losses make money noisier than its count suggests. */
export const LOSS_SQUARES_SERIES = COUNT_SERIES + 2;
export const SERIES = COUNT_SERIES + 3;
/** The series the city's totals add up: every area's counts and loss squares, not their scores. */
const cityAdds = (s: number) => s < COUNT_SERIES || s === LOSS_SQUARES_SERIES;
export const SCORE_UNIT = 10_000;

/** A total of every series: a plain array, as a ranking makes hundreds and typed arrays cost far more to allocate. */
export type Sums = number[];
const ZERO_SUMS: readonly number[] = Array.from({ length: SERIES }, () => 0);
export const emptySums = (): Sums => ZERO_SUMS.slice();

export const dayNumber = (day: Day) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;
export const dayOfNumber = (n: number): Day => new Date(n * DAY_MS).toISOString().slice(0, 10);

/** Scores one area's day under the rules in force that day. */
export type DayScorer = (areaId: string, day: Day, counts: IndicatorCounts, caseLossesFen: number[]) => { score: number; variance: number };

export interface DayFigures {
  areaId: string;
  day: Day;
  counts: IndicatorCounts;
  caseLossesFen: number[];
}

/** One calendar year of one area: running totals of every series, entry i covering the year's first i days. */
interface YearBlock {
  firstDay: number;
  days: number;
  areas: Array<Float64Array | undefined>;
}

/**
 * Every area's daily indicators, score and score variance as running totals per calendar year, so
 * the sum over any period costs two lookups per year and series whatever its length: rankings of
 * any period for any chief are then a few thousand additions. A changed day rewrites the rest of
 * its year's totals (at most 366 entries).
 */
export class ScoreIndex {
  private readonly areaNumbers = new Map<string, number>();
  private readonly areaIds: string[] = [];
  private readonly years = new Map<number, YearBlock>();
  /** Per-case losses by area and day, kept because the loss term is capped per case. */
  private readonly caseLosses = new Map<string, number[]>();
  /** Every area's figures together, as one more area: rate rule sets compare each subject with the city. */
  private readonly city: number;
  /** The last day any area has figures for (a day number); -Infinity while there are none. */
  private lastDay = -Infinity;

  constructor(private scorer: DayScorer) {
    this.city = this.area(CITY);
  }

  area(areaId: string): number {
    let n = this.areaNumbers.get(areaId);
    if (n === undefined) {
      n = this.areaIds.length;
      this.areaNumbers.set(areaId, n);
      this.areaIds.push(areaId);
    }
    return n;
  }

  /**
   * Fills years the index holds nothing of yet: every day's own figures first, then one
   * running-total pass per area and year.
   */
  load(days: DayFigures[]): void {
    const raw = new Float64Array(SERIES);
    const filled = new Set<Float64Array>();
    for (const d of days) {
      this.figuresOf(d, raw);
      const day = dayNumber(d.day);
      if (day > this.lastDay) this.lastDay = day;
      const { totals, offset } = this.slot(this.area(d.areaId), day);
      totals.set(raw, (offset + 1) * SERIES);
      filled.add(totals);
      const city = this.slot(this.city, day).totals;
      for (let s = 0; s < SERIES; s++) if (cityAdds(s)) city[(offset + 1) * SERIES + s] += raw[s];
      filled.add(city);
    }
    for (const totals of filled) {
      for (let i = SERIES; i < totals.length; i++) totals[i] += totals[i - SERIES];
    }
  }

  /**
   * Sets the figures of the given days (absolute values; a day absent from a re-read is all zeros).
   * The running totals of each year touched are turned back into days, the days set, and summed
   * again: a few live days and the tens of thousands an as-of copy takes back cost one pass each.
   */
  setDays(days: DayFigures[]): void {
    const raw = new Float64Array(SERIES);
    const asDays = new Set<Float64Array>();
    const unsum = (totals: Float64Array) => {
      if (asDays.has(totals)) return;
      for (let i = totals.length - 1; i >= SERIES; i--) totals[i] -= totals[i - SERIES];
      asDays.add(totals);
    };
    for (const d of days) {
      this.figuresOf(d, raw);
      const day = dayNumber(d.day);
      if (day > this.lastDay) this.lastDay = day;
      const { totals, offset } = this.slot(this.area(d.areaId), day);
      const city = this.slot(this.city, day).totals;
      unsum(totals);
      unsum(city);
      const at = (offset + 1) * SERIES;
      for (let s = 0; s < SERIES; s++) {
        if (cityAdds(s)) city[at + s] += raw[s] - totals[at + s];
        totals[at + s] = raw[s];
      }
    }
    for (const totals of asDays) {
      for (let i = SERIES; i < totals.length; i++) totals[i] += totals[i - SERIES];
    }
  }

  /** The last business day any fact was recorded for; null before the first. */
  latestDay(): Day | null {
    return Number.isFinite(this.lastDay) ? dayOfNumber(this.lastDay) : null;
  }

  /** The first day of the earliest year holding figures (a day number), for sums since the beginning; null before any. */
  firstDay(): number | null {
    const firstDays = [...this.years.values()].map((block) => block.firstDay);
    return firstDays.length ? Math.min(...firstDays) : null;
  }

  /** Rescores every stored day, after the rules or a population changed. */
  rescore(scorer: DayScorer = this.scorer): void {
    this.scorer = scorer;
    const counts = Object.fromEntries(INDICATOR_KEYS.map((k) => [k, 0])) as IndicatorCounts;
    for (const block of this.years.values()) {
      block.areas.forEach((totals, a) => {
        if (!totals || a === this.city) return;
        let score = 0;
        let variance = 0;
        for (let i = 0; i < block.days; i++) {
          let any = false;
          INDICATOR_KEYS.forEach((k, s) => {
            counts[k] = totals[(i + 1) * SERIES + s] - totals[i * SERIES + s];
            any ||= counts[k] !== 0;
          });
          if (any) {
            const day = dayOfNumber(block.firstDay + i);
            const scored = this.scorer(this.areaIds[a], day, counts, this.caseLosses.get(lossKey(this.areaIds[a], day)) ?? []);
            score += Math.round(scored.score * SCORE_UNIT);
            variance += scored.variance;
          }
          totals[(i + 1) * SERIES + SCORE_SERIES] = score;
          totals[(i + 1) * SERIES + VARIANCE_SERIES] = variance;
        }
      });
    }
  }

  /** A copy of the years from `fromDay` to `toDay` scored another way: a what-if leaves this index alone. */
  rescoredCopy(fromDay: Day, toDay: Day, scorer: DayScorer): ScoreIndex {
    const copy = this.copy(scorer, (year) => year >= Number(fromDay.slice(0, 4)) && year <= Number(toDay.slice(0, 4)));
    copy.rescore();
    return copy;
  }

  /** A copy scored by `scorer` (not rescored: `setDays` and `rescore` bring it in line): the live index goes on changing in place. */
  copyScoredBy(scorer: DayScorer): ScoreIndex {
    return this.copy(scorer, () => true);
  }

  /** Nothing after `day` is known (the index as it stood that day). */
  endAt(day: Day): void {
    this.lastDay = Math.min(this.lastDay, dayNumber(day));
  }

  private copy(scorer: DayScorer, keepYear: (year: number) => boolean): ScoreIndex {
    const copy = new ScoreIndex(scorer);
    this.areaIds.forEach((id) => copy.area(id));
    for (const [year, block] of this.years) {
      if (keepYear(year)) copy.years.set(year, { ...block, areas: block.areas.map((totals) => totals?.slice()) });
    }
    for (const [key, losses] of this.caseLosses) copy.caseLosses.set(key, losses);
    return copy;
  }

  /**
   * Adds an area's totals over [from, to] (day numbers, inclusive) to `out`: of the first `series`
   * series, or of those listed.
   */
  addSums(areaId: string, from: number, to: number, out: Sums, series: number | readonly number[] = SERIES): void {
    const a = this.areaNumbers.get(areaId);
    if (a === undefined || to < from) return;
    for (let year = yearOf(from); year <= yearOf(to); year++) {
      const block = this.years.get(year);
      const totals = block?.areas[a];
      if (!block || !totals) continue;
      const start = Math.max(from - block.firstDay, 0);
      const end = Math.min(to - block.firstDay, block.days - 1);
      if (end < start) continue;
      const hi = (end + 1) * SERIES;
      const lo = start * SERIES;
      if (typeof series === 'number') for (let s = 0; s < series; s++) out[s] += totals[hi + s] - totals[lo + s];
      else for (const s of series) out[s] += totals[hi + s] - totals[lo + s];
    }
  }

  /** Adds the totals of every area together over [from, to] (day numbers, inclusive) to `out`; scores stay zero. */
  addCitySums(from: number, to: number, out: Sums): void {
    this.addSums(CITY, from, to, out);
  }

  /** The counts of one area's day, read back from the running totals. */
  dayFigures(areaId: string, day: Day): DayFigures {
    const sums = emptySums();
    this.addSums(areaId, dayNumber(day), dayNumber(day), sums);
    return { areaId, day, counts: countsOf(sums), caseLossesFen: this.caseLosses.get(lossKey(areaId, day)) ?? [] };
  }

  private figuresOf(d: DayFigures, raw: Float64Array): void {
    const key = lossKey(d.areaId, d.day);
    if (d.caseLossesFen.length) this.caseLosses.set(key, d.caseLossesFen);
    else this.caseLosses.delete(key);
    INDICATOR_KEYS.forEach((k, i) => (raw[i] = d.counts[k]));
    const { score, variance } = this.scorer(d.areaId, d.day, d.counts, d.caseLossesFen);
    raw[SCORE_SERIES] = Math.round(score * SCORE_UNIT);
    raw[VARIANCE_SERIES] = variance;
    let squares = 0;
    for (const loss of d.caseLossesFen) squares += loss * loss;
    raw[LOSS_SQUARES_SERIES] = squares;
  }

  private slot(area: number, day: number): { totals: Float64Array; offset: number; days: number } {
    const year = yearOf(day);
    let block = this.years.get(year);
    if (!block) {
      const firstDay = Date.UTC(year, 0, 1) / DAY_MS;
      block = { firstDay, days: Date.UTC(year + 1, 0, 1) / DAY_MS - firstDay, areas: [] };
      this.years.set(year, block);
    }
    let totals = block.areas[area];
    if (!totals) block.areas[area] = totals = new Float64Array((block.days + 1) * SERIES);
    return { totals, offset: day - block.firstDay, days: block.days };
  }
}

export function countsOf(sums: readonly number[]): IndicatorCounts {
  const counts = emptyCounts();
  for (let i = 0; i < INDICATOR_KEYS.length; i++) counts[INDICATOR_KEYS[i]] = sums[i];
  return counts;
}

/** Not an area id any unit can have: ids are validated identifiers. */
const CITY = '\u0000city';
const lossKey = (areaId: string, day: Day) => `${areaId}|${day}`;
/** Day numbers of 1 January from 1970 on: a lookup instead of a Date per call on the hot path. */
const JANUARY_FIRSTS = Array.from({ length: 201 }, (_, i) => Date.UTC(1970 + i, 0, 1) / DAY_MS);

function yearOf(day: number): number {
  const guess = Math.floor(day / 365.2425);
  if (guess >= 1 && guess < JANUARY_FIRSTS.length - 1)
    return 1970 + guess - (day < JANUARY_FIRSTS[guess] ? 1 : 0) + (day >= JANUARY_FIRSTS[guess + 1] ? 1 : 0);
  return new Date(day * DAY_MS).getUTCFullYear();
}
