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
