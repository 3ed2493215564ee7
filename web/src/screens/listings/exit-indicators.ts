import { ENUM_LABELS } from '../../gql/enum-labels';
import type { ExitComparator, ExitIndicator, ExitPeriod } from '../../gql/graphql';

/** What a threshold of an indicator is written in: a count, yuan for amounts, a percentage for rates. */
const AMOUNTS: ReadonlySet<ExitIndicator> = new Set(['loss', 'stopped', 'frozen', 'returned', 'recovered', 'averted']);
const RATES: ReadonlySet<ExitIndicator> = new Set(['faceToFaceRate', 'timelinessRate', 'dissuasionRate', 'victimisedRate']);
export const thresholdUnit = (indicator: ExitIndicator): '' | '元' | '%' =>
  AMOUNTS.has(indicator) ? '元' : RATES.has(indicator) ? '%' : '';

/** The indicators as the service names them, those listings use most first. */
const FIRST: ExitIndicator[] = ['cases', 'loss', 'alerts', 'victimisedAfterWarning', 'faceToFaceRate', 'timelinessRate'];
export const EXIT_INDICATORS = [
  ...FIRST,
  ...(Object.keys(ENUM_LABELS.ExitIndicator) as ExitIndicator[]).filter((i) => !FIRST.includes(i)),
].map((value) => ({ value, label: ENUM_LABELS.ExitIndicator[value] }));

export const COMPARATORS: Array<{ value: ExitComparator; label: string }> = [
  { value: 'AT_MOST', label: '不超过（≤）' },
  { value: 'LESS_THAN', label: '少于（<）' },
  { value: 'AT_LEAST', label: '不低于（≥）' },
];

export const PERIODS: Array<{ value: ExitPeriod; label: string; run: string }> = [
  { value: 'DEKAD', label: '每旬', run: '旬' },
  { value: 'MONTH', label: '每月', run: '个月' },
];

const COUNT = /^(0|[1-9]\d{0,8})$/;
const YUAN = /^(0|[1-9]\d{0,11})(\.\d{1,2})?$/;
const PERCENT = /^(0|[1-9]\d?|100)(\.\d)?$/;

/** Why a threshold as typed cannot be sent, in Chinese; null when it can. */
export function thresholdProblem(indicator: ExitIndicator, text: string): string | null {
  switch (thresholdUnit(indicator)) {
    case '':
      return COUNT.test(text) ? null : '请填写整数，例如 2。';
    case '元':
      return YUAN.test(text) ? null : '请填写金额（元），最多两位小数，例如 5000。';
    case '%':
      return PERCENT.test(text) && Number(text) <= 100 ? null : '请填写 0 至 100 的百分比，最多一位小数，例如 95.5。';
  }
}
