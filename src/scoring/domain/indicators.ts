/**
 * What the catalogue knows of an indicator. `draws` names the chance events it counts: indicators
 * counting the same draws (a case is an alert filed, its loss comes with it) rise and fall together
 * by chance, so the noise of terms reading them adds up rather than averaging out. `partOf` names the
 * indicator whose events include all of this one's: a rate of a part over its whole is a proportion.
 */
interface Indicator {
  label: string;
  unit: 'count' | 'fen';
  draws: string;
  partOf: string | null;
}

/**
 * The indicator catalogue: every count or amount kept per defense area per business day.
 * Amounts are integer fen. Labels are what officers read.
 */
export const INDICATORS = {
  warningsReceived: { label: '预警指令数', unit: 'count', draws: 'warning', partOf: null },
  contacted: { label: '见面/联系数', unit: 'count', draws: 'contact', partOf: 'warningsReceived' },
  contactedInTime: { label: '及时见面/联系数', unit: 'count', draws: 'contact-time', partOf: 'warningsReceived' },
  faceToFace: { label: '见面数', unit: 'count', draws: 'contact-method', partOf: 'contacted' },
  missedDeadline: { label: '超时见面/联系数', unit: 'count', draws: 'contact-time', partOf: 'warningsReceived' },
  dissuaded: { label: '劝阻成功数', unit: 'count', draws: 'dissuasion', partOf: 'contacted' },
  victimisedAfterWarning: { label: '预警后被骗数', unit: 'count', draws: 'victimisation', partOf: 'warningsReceived' },
  protectiveMeasures: { label: '临时保护措施数', unit: 'count', draws: 'protection', partOf: null },
  familiarWarnings: { label: '熟警预警指令数', unit: 'count', draws: 'warning', partOf: 'warningsReceived' },
  familiarDissuaded: { label: '熟警预警劝阻成功数', unit: 'count', draws: 'dissuasion', partOf: 'familiarWarnings' },
  warningsForwarded: { label: '流转预警指令数', unit: 'count', draws: 'forwarding', partOf: 'warningsReceived' },
  forwardMinutes: { label: '流转用时合计（分钟）', unit: 'count', draws: 'forwarding', partOf: null },
  checkedOnSite: { label: '落地核查数', unit: 'count', draws: 'on-site-check', partOf: 'warningsReceived' },
  checkMinutes: { label: '核查用时合计（分钟，自接收起）', unit: 'count', draws: 'on-site-check', partOf: null },
  alerts: { label: '警情数', unit: 'count', draws: 'alert', partOf: null },
  criminalAlerts: { label: '刑事警情数', unit: 'count', draws: 'alert', partOf: 'alerts' },
  cases: { label: '发案数', unit: 'count', draws: 'alert', partOf: 'alerts' },
  casesFromAlerts: { label: '由警情立案数', unit: 'count', draws: 'alert', partOf: 'cases' },
  victimsVisited: { label: '回访受害人数', unit: 'count', draws: 'visit', partOf: 'cases' },
  lossFen: { label: '财损', unit: 'fen', draws: 'alert', partOf: null },
  casesSolved: { label: '破案数', unit: 'count', draws: 'strike', partOf: null },
  suspectsApprehended: { label: '抓获数', unit: 'count', draws: 'strike', partOf: null },
  suspectsCriminal: { label: '刑事处理人数', unit: 'count', draws: 'strike', partOf: 'suspectsApprehended' },
  suspectsFraud: { label: '诈骗罪名打处人数', unit: 'count', draws: 'strike', partOf: 'suspectsApprehended' },
  suspectsAssisting: { label: '帮信罪名打处人数', unit: 'count', draws: 'strike', partOf: 'suspectsApprehended' },
  suspectsConcealing: { label: '掩隐罪名打处人数', unit: 'count', draws: 'strike', partOf: 'suspectsApprehended' },
  phonesSeized: { label: '缴获作案手机数', unit: 'count', draws: 'strike', partOf: null },
  bankCardsSeized: { label: '缴获银行卡数', unit: 'count', draws: 'strike', partOf: null },
  densBroken: { label: '打掉窝点数', unit: 'count', draws: 'strike', partOf: null },
  localDensBroken: { label: '打掉本地窝点数', unit: 'count', draws: 'strike', partOf: 'densBroken' },
  cardBreakingActions: { label: '断卡行动次数', unit: 'count', draws: 'strike', partOf: null },
  phoneCardsCutOff: { label: '断卡电话卡数', unit: 'count', draws: 'strike', partOf: null },
  bankCardsCutOff: { label: '断卡银行卡数', unit: 'count', draws: 'strike', partOf: null },
  companiesPenalised: { label: '行政处罚企业数', unit: 'count', draws: 'strike', partOf: null },
  stoppedFen: { label: '止付金额', unit: 'fen', draws: 'recovery', partOf: null },
  accountsStopped: { label: '止付账户数', unit: 'count', draws: 'recovery', partOf: null },
  stopsTimed: { label: '计时止付笔数（有报案时间）', unit: 'count', draws: 'recovery', partOf: null },
  stopMinutes: { label: '止付用时合计（分钟）', unit: 'count', draws: 'recovery', partOf: null },
  frozenFen: { label: '冻结金额', unit: 'fen', draws: 'recovery', partOf: null },
  accountsFrozen: { label: '冻结账户数', unit: 'count', draws: 'recovery', partOf: null },
  returnedFen: { label: '返赃金额', unit: 'fen', draws: 'recovery', partOf: null },
  recoveredFen: { label: '挽损金额(止付+冻结+返赃)', unit: 'fen', draws: 'recovery', partOf: null },
  avertedFen: { label: '劝阻避免损失', unit: 'fen', draws: 'aversion', partOf: null },
  preventionSessions: { label: '宣防活动场次', unit: 'count', draws: 'prevention', partOf: null },
  peopleReached: { label: '宣防覆盖人数', unit: 'count', draws: 'prevention', partOf: null },
  peopleOneToOne: { label: '一对一精准宣传人数', unit: 'count', draws: 'prevention', partOf: 'peopleReached' },
  materialsDistributed: { label: '发放宣传资料份数', unit: 'count', draws: 'prevention', partOf: null },
  gridGroups: { label: '组建网格群数', unit: 'count', draws: 'prevention', partOf: null },
  outflowIdentified: { label: '外流人员数', unit: 'count', draws: 'outflow', partOf: null },
  outflowReturned: { label: '回流人数', unit: 'count', draws: 'outflow-return', partOf: null },
  outflowPersuaded: { label: '劝返人数', unit: 'count', draws: 'outflow-return', partOf: 'outflowReturned' },
} as const satisfies Record<string, Indicator>;

export type IndicatorKey = keyof typeof INDICATORS;

/** Whether every event counted by `part` is also counted by `whole` (through the partOf chain). */
export function isPartOf(part: IndicatorKey, whole: IndicatorKey): boolean {
  for (let k: string | null = part; k !== null; k = INDICATORS[k as IndicatorKey].partOf) if (k === whole) return true;
  return false;
}
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
  familiarDissuasionRate: { label: '熟警预警劝阻成功率', numerator: 'familiarDissuaded', denominator: 'familiarWarnings' },
  victimisedRate: { label: '预警后被骗率', numerator: 'victimisedAfterWarning', denominator: 'warningsReceived' },
  victimVisitRate: { label: '回访率', numerator: 'victimsVisited', denominator: 'cases' },
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
