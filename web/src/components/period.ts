import type { PeriodInput, PeriodKind } from '../gql/graphql';

/** The periods a ranking can be read for, in the order officers think of them. */
export const PERIOD_KINDS: Array<{ kind: PeriodKind; label: string }> = [
  { kind: 'DAY', label: '日' },
  { kind: 'DEKAD', label: '旬' },
  { kind: 'MONTH', label: '月' },
  { kind: 'QUARTER', label: '季' },
  { kind: 'YEAR', label: '年' },
  { kind: 'YEAR_TO_DATE', label: '年初至今' },
  { kind: 'RANGE', label: '自定义' },
];

export interface PeriodChoice {
  kind: PeriodKind;
  /** Any day inside the period (YEAR_TO_DATE: its last day). */
  day: string;
  /** RANGE only. */
  from: string;
  to: string;
}

/** The month to date of `day`: what a ranking screen opens on. */
export const monthToDate = (day: string): PeriodChoice => ({ kind: 'MONTH', day, from: `${day.slice(0, 8)}01`, to: day });

export function periodInput(choice: PeriodChoice): PeriodInput {
  return choice.kind === 'RANGE' ? { kind: 'RANGE', from: choice.from, to: choice.to } : { kind: choice.kind, day: choice.day };
}

/** A period in a screen's address (?kind=MONTH&day=…), so a link opens the same period. */
export const periodQuery = (choice: PeriodChoice): Record<string, string> => periodInput(choice) as Record<string, string>;

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const endOfMonth = (year: number, month: number) => iso(Date.UTC(year, month, 0));

/**
 * The days a choice covers, as the service resolves periods (a dekad is the 1st–10th, 11th–20th or
 * 21st–end; a quarter three months; the year to date from 1 January): for screens that ask by range.
 */
export function periodRange(choice: PeriodChoice): { from: string; to: string } {
  if (choice.kind === 'RANGE') return { from: choice.from, to: choice.to };
  const [year, month, date] = choice.day.split('-').map(Number);
  const mm = String(month).padStart(2, '0');
  switch (choice.kind) {
    case 'DAY':
      return { from: choice.day, to: choice.day };
    case 'DEKAD': {
      const start = date <= 10 ? 1 : date <= 20 ? 11 : 21;
      const end = start === 21 ? endOfMonth(year, month) : `${year}-${mm}-${String(start + 9).padStart(2, '0')}`;
      return { from: `${year}-${mm}-${String(start).padStart(2, '0')}`, to: end };
    }
    case 'MONTH':
      return { from: `${year}-${mm}-01`, to: endOfMonth(year, month) };
    case 'QUARTER': {
      const first = Math.floor((month - 1) / 3) * 3 + 1;
      return { from: `${year}-${String(first).padStart(2, '0')}-01`, to: endOfMonth(year, first + 2) };
    }
    case 'YEAR':
      return { from: `${year}-01-01`, to: `${year}-12-31` };
    case 'YEAR_TO_DATE':
      return { from: `${year}-01-01`, to: choice.day };
  }
}

/** The first days of the twelve months ending with the month of `day`, oldest first. */
export function monthsEnding(day: string): string[] {
  const [year, month] = day.split('-').map(Number);
  return Array.from({ length: 12 }, (_, i) => new Date(Date.UTC(year, month - 1 - (11 - i), 1)).toISOString().slice(0, 10));
}
