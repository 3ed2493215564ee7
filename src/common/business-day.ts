/**
 * Business days are Asia/Shanghai calendar days. China has kept UTC+8 without daylight saving
 * since 1991, so a fixed offset is exact for every date this service handles and avoids the
 * cost of Intl time-zone lookups on the replay path.
 */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
export const DAY_MS = 24 * 60 * 60 * 1000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export type Day = string;

const CANONICAL_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const nextDays = new Map<string, Day>();

export function businessDayOf(instant: string | Date): Day {
  // Stored instants are canonical UTC (toISOString); the replay path reads the day off the text,
  // which is several times cheaper than building a Date per event.
  if (typeof instant === 'string' && CANONICAL_UTC.test(instant)) {
    const date = instant.slice(0, 10);
    if (instant < `${date}T16:00`) return date;
    let next = nextDays.get(date);
    if (!next) nextDays.set(date, (next = addDays(date, 1)));
    return next;
  }
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`not a valid instant: ${String(instant)}`);
  return new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** An instant as officers read it: Asia/Shanghai wall time with its offset, e.g. 2030-01-05T10:00:00+08:00. */
export function shanghaiTimeOf(instant: string | Date): string {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`not a valid instant: ${String(instant)}`);
  // Milliseconds only where there are some: officers' times are to the second, the log's to the millisecond.
  return `${new Date(ms + SHANGHAI_OFFSET_MS)
    .toISOString()
    .slice(0, 23)
    .replace(/\.000$/, '')}+08:00`;
}

export function isValidDay(value: string): boolean {
  const m = DAY_PATTERN.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return date.toISOString().slice(0, 10) === value;
}

export function addDays(day: Day, days: number): Day {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Inclusive count of days from `from` to `to`. */
export function daysBetween(from: Day, to: Day): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
}

/** The same calendar day one year earlier; 29 February maps to 28 February. */
export function sameDayLastYear(day: Day): Day {
  const [y, m, d] = day.split('-').map(Number);
  const candidate = `${String(y - 1).padStart(4, '0')}-${day.slice(5)}`;
  return isValidDay(candidate) ? candidate : `${String(y - 1).padStart(4, '0')}-${String(m).padStart(2, '0')}-${d - 1}`;
}

/** Start of the business day in UTC ISO form, e.g. for range queries on instants. */
export function startOfBusinessDay(day: Day): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - SHANGHAI_OFFSET_MS).toISOString();
}

/** Dekads (旬) are days 1–10, 11–20 and 21 to the end of the month. */
export function dekadOf(day: Day): { from: Day; to: Day; index: 1 | 2 | 3 } {
  const d = Number(day.slice(8, 10));
  const month = day.slice(0, 8);
  if (d <= 10) return { from: `${month}01`, to: `${month}10`, index: 1 };
  if (d <= 20) return { from: `${month}11`, to: `${month}20`, index: 2 };
  const nextMonth = addDays(`${month}28`, 4).slice(0, 8);
  return { from: `${month}21`, to: addDays(`${nextMonth}01`, -1), index: 3 };
}
