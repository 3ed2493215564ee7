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

/** A period in a screen's address (?kind=MONTH&day=…), so a link opens the same period. */
export function periodQuery(choice: PeriodChoice): Record<string, string> {
  return choice.kind === 'RANGE' ? { kind: 'RANGE', from: choice.from, to: choice.to } : { kind: choice.kind, day: choice.day };
}

export function periodInput(choice: PeriodChoice): PeriodInput {
  return choice.kind === 'RANGE' ? { kind: 'RANGE', from: choice.from, to: choice.to } : { kind: choice.kind, day: choice.day };
}
