import { Day } from '../../common/business-day';
import { Rng } from './prng';

/** Times are epoch milliseconds while generating; Asia/Shanghai is a fixed UTC+8 (see business-day). */
export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
const SHANGHAI_OFFSET_MS = 8 * HOUR_MS;

/** Midnight of a business day in Shanghai. */
export function dayStartMs(day: Day): number {
  return Date.parse(`${day}T00:00:00Z`) - SHANGHAI_OFFSET_MS;
}

/** A number per business day, cheaper than formatting a Day for every event. */
export function dayIndexOf(ms: number): number {
  return Math.floor((ms + SHANGHAI_OFFSET_MS) / DAY_MS);
}

/** Midnight in Shanghai of the day an instant falls on. */
export function midnightOf(ms: number): number {
  return dayIndexOf(ms) * DAY_MS - SHANGHAI_OFFSET_MS;
}

export function dayIndexOfDay(day: Day): number {
  return dayIndexOf(dayStartMs(day));
}

/** 'YYYYMMDD', the date part of the platform-style ids (YJ20250101…). */
export function compactDay(day: Day): string {
  return day.replaceAll('-', '');
}

/** Whole seconds, as the source systems record them. */
export function toSecond(ms: number): number {
  return Math.floor(ms / 1000) * 1000;
}

/**
 * A time of day on `dayStart`: mostly 08:00–22:00 when people are awake and transferring money,
 * with a thin night-time tail.
 */
export function timeOfDay(rng: Rng, dayStart: number): number {
  const hour = rng.chance(0.88) ? rng.between(8, 22) : rng.between(0, 24);
  return toSecond(dayStart + hour * HOUR_MS);
}

/** A time within office hours (08:30–18:00), for case work and administrative records. */
export function officeTime(rng: Rng, dayStart: number): number {
  return toSecond(dayStart + rng.between(8.5, 18) * HOUR_MS);
}
