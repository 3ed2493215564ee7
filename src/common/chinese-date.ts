import { Day } from './business-day';

const partsOf = (day: Day) => ({ year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)), date: Number(day.slice(8, 10)) });

/** 2026-04-07 → 4月7日, as officers write a day within the year. */
export function chineseMonthDay(day: Day): string {
  const { month, date } = partsOf(day);
  return `${month}月${date}日`;
}

/** 2026-04-07 → 2026年4月7日, as a 成文日期 or a dated heading is written. */
export function chineseDate(day: Day): string {
  return `${partsOf(day).year}年${chineseMonthDay(day)}`;
}

/** An instant as Beijing time, as a history line writes it: 2026年4月3日 09:30. */
export function chineseDateTime(instant: string): string {
  const beijing = new Date(Date.parse(instant) + 8 * 3_600_000).toISOString();
  return `${chineseDate(beijing.slice(0, 10))} ${beijing.slice(11, 16)}`;
}
