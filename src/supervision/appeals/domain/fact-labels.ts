import { formatYuan } from '../../../common/money';
import { CaseLossAmended, CaseRevoked } from '../../../losses/events/loss.events';

/** The facts of the four families a score counts, as officers name them. */
export const FACT_LABELS: Record<string, string> = {
  WarningInstructionReceived: '接收预警指令',
  WarningContactMade: '预警见面/联系',
  WarningDissuaded: '劝阻成功',
  VictimisedAfterWarning: '预警后被骗',
  ProtectiveMeasureApplied: '临时保护措施',
  FraudAlertReceived: '接报警情',
  CaseFiled: '立案(发案)',
  CaseLossAmended: '更正财损',
  CaseRevoked: '撤案',
  CaseSolved: '破案',
  SuspectsApprehended: '抓获',
  PaymentStopped: '止付',
  FundsFrozen: '冻结',
  FundsReturned: '返赃',
  LossAverted: '劝阻避免损失',
};

export const factLabel = (type: string) => FACT_LABELS[type] ?? type;

/**
 * The events that correct a fact, and what each corrected. Only cases have them: alerts, warnings,
 * strikes and recoveries have no correcting event yet, so an appeal against those can be upheld or
 * rejected but not corrected.
 */
const CORRECTIONS: Record<string, (data: never) => string> = {
  CaseLossAmended: (d: CaseLossAmended['data']) =>
    `更正财损: 案件${d.caseId}财损由${formatYuan(d.previousLossFen)}元更正为${formatYuan(d.lossFen)}元(${d.reason})`,
  CaseRevoked: (d: CaseRevoked['data']) => `撤案: 案件${d.caseId}, 核减发案1起、财损${formatYuan(d.lossFen)}元(${d.reason})`,
};

export const isCorrection = (type: string) => Object.hasOwn(CORRECTIONS, type);

/** What a correcting event changed, in Chinese; only for types where `isCorrection`. */
export function correctionSummary(type: string, data: unknown): string {
  if (!isCorrection(type)) throw new Error(`${type} is not a correcting event`);
  return CORRECTIONS[type](data as never);
}
