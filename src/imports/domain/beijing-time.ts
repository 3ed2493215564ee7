import { Converted, converted, halfWidth, refused } from './converted';

/**
 * Times as Chinese systems export them, read as Beijing time: the exports carry no zone, and China
 * has kept UTC+8 without daylight saving since 1991, so a fixed offset is exact. An explicit zone
 * (an ISO export) is honoured.
 */
const BEIJING_OFFSET_MINUTES = 8 * 60;

const TIME = String.raw`(\d{1,2})(?:[:时点](?:(\d{1,2})(?:[:分](?:(\d{1,2})(?:\.(\d{1,3}))?秒?)?)?)?)?`;
const PATTERNS = [
  // 2025-01-17 11:30:04, 2025/1/17 11:30, 2025.1.17, 2025-01-17T11:30:04+08:00
  new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:(?:\s+|T)${TIME})?\s*(Z|[+-]\d{2}:?\d{2})?$`),
  // 2025年1月17日 11时30分, 2025年1月17日11:30:04
  new RegExp(String.raw`^(\d{4})年(\d{1,2})月(\d{1,2})[日号]\s*(?:${TIME})?$`),
  // 20250117113004, 20250117 1130, 20250117: case-system ids and timestamps are written this way
  /^(\d{4})(\d{2})(\d{2})(?:\s*(\d{2})(\d{2})(\d{2})?)?$/,
];

const EXAMPLE = '请写作“2025-01-17 11:30:04”“2025/1/17 11:30”或“2025年1月17日 11时30分”';

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const numberOr0 = (part: string | undefined) => (part ? Number(part) : 0);

/** The instant a cell's text names, as canonical UTC ISO (2025-01-17T03:30:04.000Z). */
export function toInstant(text: string, column: string): Converted<string> {
  const normalized = halfWidth(text.trim());
  let match: RegExpExecArray | null = null;
  for (let i = 0; i < PATTERNS.length && !match; i++) match = PATTERNS[i].exec(normalized);
  if (!match) return refused(`${column}“${text}”不是可识别的时间，${EXAMPLE}`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const hour = numberOr0(match[4]);
  const minute = numberOr0(match[5]);
  const second = numberOr0(match[6]);
  const milliseconds = match[7] ? Number(match[7].padEnd(3, '0')) : 0;
  if (month < 1 || month > 12) return refused(`${column}“${text}”有误：没有${month}月`);
  const daysInMonth = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
  if (day < 1 || day > daysInMonth) return refused(`${column}“${text}”有误：${year}年${month}月没有${day}日`);
  if (hour > 23 || minute > 59 || second > 59) return refused(`${column}“${text}”有误：时刻须在 00:00:00 至 23:59:59 之间`);
  const wallClock = Date.UTC(year, month - 1, day, hour, minute, second, milliseconds);
  return converted(isoOf(wallClock - offsetMinutes(match[8]) * 60_000));
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * Date#toISOString without the Date: the civil date of a day count (Howard Hinnant's days_from_civil
 * inverted). Imports convert millions of times; this is the step that made them slow.
 */
function isoOf(ms: number): string {
  const days = Math.floor(ms / 86_400_000);
  const inDay = ms - days * 86_400_000;
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const time = `${pad(Math.floor(inDay / 3_600_000))}:${pad(Math.floor(inDay / 60_000) % 60)}:${pad(Math.floor(inDay / 1000) % 60)}.${pad(inDay % 1000, 3)}`;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${time}Z`;
}

function offsetMinutes(zone: string | undefined): number {
  if (!zone) return BEIJING_OFFSET_MINUTES;
  if (zone === 'Z') return 0;
  const digits = zone.replace(':', '');
  const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
  return zone.startsWith('-') ? -minutes : minutes;
}
