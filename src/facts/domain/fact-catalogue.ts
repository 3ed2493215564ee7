import { shanghaiTimeOf } from '../../common/business-day';
import { formatYuan } from '../../common/money';
import {
  AlertEvent,
  CaseEvent,
  CaseLossAmended,
  CaseRevoked,
  CaseTimeCorrected,
  FraudAlertRevoked,
  VictimVisitRetracted,
} from '../losses/events/loss.events';
import { RecoveryAmountAmended, RecoveryEvent, RecoveryFactRetracted } from '../recoveries/events/recovery.events';
import { ApprehensionCountAmended, StrikeEvent, StrikeFactRetracted } from '../strikes/events/strike.events';
import { PreventionEvent } from '../prevention/events/prevention.events';
import { preventionCorrections } from '../prevention/domain/prevention-corrections';
import { OutflowEvent } from '../outflow/events/outflow.events';
import { outflowCorrections } from '../outflow/domain/outflow-corrections';
import {
  CHECK_RESULT_LABELS,
  CONTACT_METHOD_LABELS,
  PROTECTIVE_MEASURE_LABELS,
  WarningEvent,
  WarningFactRetracted,
} from '../warnings/events/warning-instruction.events';

/** Every event of the four fact families: the facts a score counts and their corrections. */
export type FactEventType = (AlertEvent | CaseEvent | WarningEvent | StrikeEvent | RecoveryEvent | PreventionEvent | OutflowEvent)['type'];

/** The facts and their corrections as officers name them; a new fact event must be named here before it compiles. */
export const FACT_LABELS: Record<FactEventType, string> = {
  WarningInstructionReceived: '接收预警指令',
  WarningContactMade: '预警见面/联系',
  WarningDissuaded: '劝阻成功',
  VictimisedAfterWarning: '预警后被骗',
  ProtectiveMeasureApplied: '临时保护措施',
  WarningForwarded: '流转预警指令',
  WarningCheckedOnSite: '落地核查',
  WarningFactRetracted: '撤回预警处置',
  FraudAlertReceived: '接报警情',
  FraudAlertRevoked: '撤销警情',
  CaseFiled: '立案（发案）',
  CaseLossAmended: '更正财损',
  CaseRevoked: '撤案',
  CaseTimeCorrected: '更正立案时间',
  VictimVisited: '受害人回访',
  VictimVisitRetracted: '撤回受害人回访',
  CaseSolved: '破案',
  SuspectsApprehended: '抓获',
  ItemsSeized: '缴获手机、银行卡',
  DensBroken: '打掉窝点',
  CardsCutOff: '断卡',
  CompanyPenalised: '行政处罚企业',
  StrikeFactRetracted: '撤回打击记录',
  ApprehensionCountAmended: '更正抓获人数',
  PaymentStopped: '止付',
  FundsFrozen: '冻结',
  FundsReturned: '返赃',
  LossAverted: '劝阻避免损失',
  RecoveryAmountAmended: '更正挽损金额',
  RecoveryFactRetracted: '撤回挽损记录',
  OutflowRegistered: '登记外流人员',
  OutflowReturned: '外流人员回流',
  OutflowFactRetracted: '撤回外流劝返记录',
  PreventionActivityHeld: '宣防活动',
  PreventionTallyAmended: '更正宣防活动',
  PreventionActivityRetracted: '撤回宣防活动',
};

export const FACT_EVENT_TYPES = Object.keys(FACT_LABELS) as FactEventType[];

export const isFactEvent = (type: string): type is FactEventType => Object.hasOwn(FACT_LABELS, type);

export const factLabel = (type: string) => (isFactEvent(type) ? FACT_LABELS[type] : type);

/** What a retracted warning follow-up was, e.g. "见面联系记录" or "限制支付记录". */
function followUpDetail({ type, data }: WarningFactRetracted['data']['retracted']): string {
  if (type === 'WarningContactMade')
    return `${CONTACT_METHOD_LABELS[data.method]}联系记录${data.firstContact ? '' : '（该次联系未计入指标）'}`;
  if (type === 'ProtectiveMeasureApplied') return `${PROTECTIVE_MEASURE_LABELS[data.measure]}记录`;
  if (type === 'WarningForwarded') return `流转记录，核减流转1次、用时${data.minutesFromReceipt}分钟`;
  if (type === 'WarningCheckedOnSite')
    return `落地核查记录（${CHECK_RESULT_LABELS[data.result]}），核减核查1次、用时${data.minutesFromReceipt}分钟`;
  return `${factLabel(type)}记录`;
}

/** An instant as officers write it: 2026-04-17 10:30 (Shanghai time). */
const minuteOf = (instant: string) => shanghaiTimeOf(instant).slice(0, 16).replace('T', ' ');

/** Counts as officers write them, leaving out the ones that are zero: 手机5部、银行卡2张. */
const counts = (parts: Array<[string, number, string]>) =>
  parts
    .filter(([, n]) => n > 0)
    .map(([what, n, unit]) => `${what}${n}${unit}`)
    .join('、');

function retractedStrike(retracted: StrikeFactRetracted['data']['retracted']): string {
  switch (retracted.type) {
    case 'CaseSolved':
      return `的案件${retracted.data.caseId}，核减破案1起`;
    case 'SuspectsApprehended':
      return `，核减抓获${retracted.data.count}人`;
    case 'ItemsSeized':
      return `，核减缴获${counts([
        ['手机', retracted.data.phones, '部'],
        ['银行卡', retracted.data.bankCards, '张'],
      ])}`;
    case 'DensBroken':
      return `，核减打掉${retracted.data.local ? '本地' : ''}窝点${retracted.data.count}个`;
    case 'CardsCutOff':
      return `，核减断卡${counts([
        ['电话卡', retracted.data.phoneCards, '张'],
        ['银行卡', retracted.data.bankCards, '张'],
      ])}`;
    case 'CompanyPenalised':
      return `对${retracted.data.company}的行政处罚，核减处罚企业1家`;
  }
}

/**
 * The events that correct a fact, and what each corrected. Every family has them: cases are
 * amended or revoked, alerts revoked, warning follow-ups retracted, strikes retracted or their
 * counts amended, recoveries retracted or their amounts amended, so an appeal against any counted
 * fact can end CORRECTED.
 */
const CORRECTIONS: Partial<Record<FactEventType, (data: never) => string>> = {
  CaseLossAmended: (d: CaseLossAmended['data']) =>
    `更正财损：案件${d.caseId}财损由${formatYuan(d.previousLossFen)}元更正为${formatYuan(d.lossFen)}元（${d.reason}）`,
  CaseRevoked: (d: CaseRevoked['data']) =>
    `撤案：案件${d.caseId}，核减发案1起、财损${formatYuan(d.lossFen)}元${d.victimVisited ? '、回访受害人1人' : ''}（${d.reason}）`,
  CaseTimeCorrected: (d: CaseTimeCorrected['data']) =>
    `更正立案时间：案件${d.caseId}由${minuteOf(d.previousOccurredAt)}更正为${minuteOf(d.occurredAt)}（${d.reason}）`,
  VictimVisitRetracted: (d: VictimVisitRetracted['data']) =>
    `撤回受害人回访：案件${d.caseId}于${minuteOf(d.visitedAt)}的回访${d.lastVisit ? '，核减回访受害人1人' : '（该案另有回访，回访人数不变）'}（${d.reason}）`,
  FraudAlertRevoked: (d: FraudAlertRevoked['data']) => `撤销警情：警情${d.alertId}，核减警情1起（${d.reason}）`,
  WarningFactRetracted: (d: WarningFactRetracted['data']) =>
    `撤回${factLabel(d.retracted.type)}：预警指令${d.instructionId}的${followUpDetail(d.retracted)}` +
    `${d.nextContact ? `，改计其后的${CONTACT_METHOD_LABELS[d.nextContact.data.method]}联系` : ''}（${d.reason}）`,
  StrikeFactRetracted: (d: StrikeFactRetracted['data']) =>
    `撤回${factLabel(d.retracted.type)}：行动${d.operationId}${retractedStrike(d.retracted)}（${d.reason}）`,
  ApprehensionCountAmended: (d: ApprehensionCountAmended['data']) =>
    `更正抓获人数：行动${d.operationId}抓获人数由${d.previousCount}人更正为${d.count}人（${d.reason}）`,
  RecoveryAmountAmended: (d: RecoveryAmountAmended['data']) =>
    `更正${factLabel(d.amendedType)}金额：${d.operationId}由${formatYuan(d.previousAmountFen)}元更正为${formatYuan(d.amountFen)}元（${d.reason}）`,
  RecoveryFactRetracted: (d: RecoveryFactRetracted['data']) =>
    `撤回${factLabel(d.retracted.type)}：${d.operationId}，核减${factLabel(d.retracted.type)}金额${formatYuan(d.retracted.data.amountFen)}元（${d.reason}）`,
  ...preventionCorrections,
  ...outflowCorrections,
};

export const isCorrection = (type: string): type is FactEventType => Object.hasOwn(CORRECTIONS, type);

/** What a correcting event changed, in Chinese; only for types where `isCorrection`. */
export function correctionSummary(type: string, data: unknown): string {
  if (!isCorrection(type)) throw new Error(`${type} is not a correcting event`);
  return CORRECTIONS[type]!(data as never);
}
