/**
 * The indicator catalogue: every count or amount kept per defense area per business day.
 * Amounts are integer fen. Labels are what officers read.
 */
export const INDICATORS = {
  warningsReceived: { label: '预警指令数', unit: 'count' },
  contacted: { label: '见面/联系数', unit: 'count' },
  contactedInTime: { label: '及时见面/联系数', unit: 'count' },
  faceToFace: { label: '见面数', unit: 'count' },
  missedDeadline: { label: '超时见面/联系数', unit: 'count' },
  dissuaded: { label: '劝阻成功数', unit: 'count' },
  victimisedAfterWarning: { label: '预警后被骗数', unit: 'count' },
  protectiveMeasures: { label: '临时保护措施数', unit: 'count' },
  alerts: { label: '警情数', unit: 'count' },
  cases: { label: '发案数', unit: 'count' },
  lossFen: { label: '财损', unit: 'fen' },
  casesSolved: { label: '破案数', unit: 'count' },
  suspectsApprehended: { label: '抓获数', unit: 'count' },
  suspectsCriminal: { label: '刑事处理人数', unit: 'count' },
  stoppedFen: { label: '止付金额', unit: 'fen' },
  frozenFen: { label: '冻结金额', unit: 'fen' },
  returnedFen: { label: '返赃金额', unit: 'fen' },
  recoveredFen: { label: '挽损金额(止付+冻结+返赃)', unit: 'fen' },
  avertedFen: { label: '劝阻避免损失', unit: 'fen' },
} as const;

export type IndicatorKey = keyof typeof INDICATORS;
export const INDICATOR_KEYS = Object.keys(INDICATORS) as IndicatorKey[];

export type IndicatorCounts = Record<IndicatorKey, number>;

// Not frozen: V8 copies a spread of a frozen object eight times slower, and rankings make hundreds.
const ZERO_COUNTS = Object.fromEntries(INDICATOR_KEYS.map((k) => [k, 0])) as IndicatorCounts;

export function emptyCounts(): IndicatorCounts {
  return { ...ZERO_COUNTS };
}

/** Rates derived from the counts, each an exact numerator/denominator pair. */
export const RATES = {
  faceToFaceRate: { label: '见面率', numerator: 'faceToFace', denominator: 'warningsReceived' },
  timelinessRate: { label: '及时率', numerator: 'contactedInTime', denominator: 'warningsReceived' },
  dissuasionRate: { label: '劝阻成功率', numerator: 'dissuaded', denominator: 'warningsReceived' },
  victimisedRate: { label: '预警后被骗率', numerator: 'victimisedAfterWarning', denominator: 'warningsReceived' },
} as const satisfies Record<string, { label: string; numerator: IndicatorKey; denominator: IndicatorKey }>;

export type RateKey = keyof typeof RATES;

/** The figures a ranking row compares with last year and the previous period; cases and alerts first (降警情、控发案). */
export const HEADLINE_INDICATORS: IndicatorKey[] = [
  'alerts',
  'cases',
  'lossFen',
  'warningsReceived',
  'faceToFace',
  'casesSolved',
  'suspectsApprehended',
  'recoveredFen',
];
