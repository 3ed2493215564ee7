import { chineseDate, chineseMonthDay } from '../../common/chinese-date';
import { notACalendarDay } from '../../common/refusals';
import { bilingual } from '../../common/bilingual';
import { Day, addDays, daysBetween, dekadOf, isValidDay, sameDayLastYear } from '../../common/business-day';
import { DomainRuleError } from '../../common/decider';
import { Period, checkPeriod, previousRange, sameRangeLastYear } from './periods';

export const PERIOD_KINDS = ['DAY', 'DEKAD', 'MONTH', 'QUARTER', 'YEAR', 'YEAR_TO_DATE', 'RANGE'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface PeriodRequest {
  kind: PeriodKind;
  /** Any day inside the period (for YEAR_TO_DATE its last day); default today. */
  day?: Day;
  /** For RANGE. */
  from?: Day;
  to?: Day;
}

export interface ResolvedPeriod extends Period {
  kind: PeriodKind;
  label: string;
  /** The period runs past today and stops at today; comparisons then cover as many days. */
  partial: boolean;
  /** The previous period of the same kind: the baseline of rank changes and 环比. */
  previous: Period;
  /** 同比: the same dates a year earlier. */
  lastYear: Period;
  /** 环比 makes no sense for running totals (year to date against year to yesterday). */
  periodOnPeriod: boolean;
}

const DEKAD_NAMES = ['上旬', '中旬', '下旬'];
const QUARTER_NAMES = ['第一季度', '第二季度', '第三季度', '第四季度'];

/** Turns a request into calendar dates, clipped to `today` (the last day with data). */
export function resolvePeriod(request: PeriodRequest, today: Day): ResolvedPeriod {
  const { kind } = request;
  const day = request.day ?? today;
  if (kind !== 'RANGE' && !isValidDay(day)) throw notACalendarDay(day, 'period.day');
  const full = kind === 'RANGE' ? rangeOf(request) : calendarPeriod(kind, day);
  if (full.from > today) {
    throw new DomainRuleError(
      bilingual(`统计期的开始日（${full.from}）晚于今天（${today}）`, `the period starts (${full.from}) after today (${today})`),
      'period',
    );
  }
  const partial = full.to > today;
  const current = { from: full.from, to: partial ? today : full.to };
  const elapsed = daysBetween(current.from, current.to);
  // A period cut at today is compared with as many days of the comparison period.
  const clip = (p: Period): Period => (partial ? { from: p.from, to: minDay(addDays(p.from, elapsed - 1), p.to) } : p);
  const sameDates = kind === 'RANGE' || kind === 'DAY' || kind === 'YEAR_TO_DATE';
  return {
    kind,
    ...current,
    label: labelOf(kind, current),
    partial,
    previous:
      kind === 'RANGE' ? previousRange(current) : kind === 'YEAR_TO_DATE' ? runningTotalBefore(current.to) : clip(previousOf(kind, full)),
    // 同比 of a calendar period is that period a year earlier (February 2025 against all of February 2024).
    lastYear: sameDates ? sameRangeLastYear(current) : clip(calendarPeriod(kind, sameDayLastYear(full.from))),
    periodOnPeriod: kind !== 'YEAR_TO_DATE',
  };
}

function rangeOf(request: PeriodRequest): Period {
  if (!request.from || !request.to)
    throw new DomainRuleError(
      bilingual('自定义时段（RANGE）须同时填写 from 和 to', 'a RANGE needs both `from` and `to`'),
      request.from ? 'period.to' : 'period.from',
    );
  try {
    return checkPeriod({ from: request.from, to: request.to });
  } catch (error) {
    if (error instanceof DomainRuleError) throw new DomainRuleError(error.message, `period.${error.field}`);
    throw error;
  }
}

/** The running total as it stood the day before (on 1 January: the whole previous year): what yesterday's ranking showed. */
function runningTotalBefore(to: Day): Period {
  const yesterday = addDays(to, -1);
  return { from: `${yesterday.slice(0, 4)}-01-01`, to: yesterday };
}

function calendarPeriod(kind: Exclude<PeriodKind, 'RANGE'>, day: Day): Period {
  const year = day.slice(0, 4);
  const month = Number(day.slice(5, 7));
  switch (kind) {
    case 'DAY':
      return { from: day, to: day };
    case 'DEKAD': {
      const { from, to } = dekadOf(day);
      return { from, to };
    }
    case 'MONTH':
      return monthOf(year, month);
    case 'QUARTER': {
      const first = month - ((month - 1) % 3);
      return { from: monthOf(year, first).from, to: monthOf(year, first + 2).to };
    }
    case 'YEAR':
      return { from: `${year}-01-01`, to: `${year}-12-31` };
    case 'YEAR_TO_DATE':
      return { from: `${year}-01-01`, to: day };
  }
}

function previousOf(kind: Exclude<PeriodKind, 'RANGE' | 'YEAR_TO_DATE'>, period: Period): Period {
  return calendarPeriod(kind, addDays(period.from, -1));
}

function monthOf(year: string, month: number): Period {
  const mm = String(month).padStart(2, '0');
  const next = addDays(`${year}-${mm}-28`, 4).slice(0, 8);
  return { from: `${year}-${mm}-01`, to: addDays(`${next}01`, -1) };
}

const minDay = (a: Day, b: Day) => (a < b ? a : b);

/** The Chinese heading of a period, as bulletins and screens print it. */
export function labelOf(kind: PeriodKind, period: Period): string {
  const year = `${Number(period.from.slice(0, 4))}年`;
  const month = `${Number(period.from.slice(5, 7))}月`;
  switch (kind) {
    case 'DAY':
      return chineseDate(period.from);
    case 'DEKAD':
      return `${year}${month}${DEKAD_NAMES[dekadOf(period.from).index - 1]}`;
    case 'MONTH':
      return `${year}${month}`;
    case 'QUARTER':
      return `${year}${QUARTER_NAMES[Math.floor((Number(period.from.slice(5, 7)) - 1) / 3)]}`;
    case 'YEAR':
      return year;
    case 'YEAR_TO_DATE':
      return period.to === period.from ? chineseDate(period.to) : `${year}1月1日至${chineseMonthDay(period.to)}`;
    case 'RANGE':
      return period.from === period.to ? chineseDate(period.from) : `${chineseDate(period.from)}至${chineseDate(period.to)}`;
  }
}
