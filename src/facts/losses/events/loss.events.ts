import { DomainEvent } from '../../../common/decider';
import { CaseAnalysis } from './case-analysis';
/**
 * Alerts (警情) and cases (发案/财损). Corrections carry the case's filing time (an alert's receipt
 * time and area) and the amounts they replace, so the indicators can undo the original on the day
 * it was counted.
 */
export const FRAUD_TYPES = [
  'ORDER_BRUSHING',
  'INVESTMENT',
  'LOAN',
  'FAKE_CUSTOMER_SERVICE',
  'ROMANCE_INVESTMENT',
  'IMPERSONATING_OFFICIALS',
  'GAME_TRADING',
  'OTHER',
] as const;
export type FraudType = (typeof FRAUD_TYPES)[number];
export const FRAUD_TYPE_LABELS: Record<FraudType, string> = {
  ORDER_BRUSHING: '刷单返利',
  INVESTMENT: '虚假投资理财',
  LOAN: '虚假贷款',
  FAKE_CUSTOMER_SERVICE: '冒充电商物流客服',
  ROMANCE_INVESTMENT: '杀猪盘',
  IMPERSONATING_OFFICIALS: '冒充公检法',
  GAME_TRADING: '虚假游戏交易',
  OTHER: '其他',
};

/** Corrections copy the fraud type they take back from (absent on corrections recorded before December 2026). */
interface OfFraudType {
  fraudType?: FraudType;
}

/**
 * `criminal`: whether it is a criminal alert (刑事警情); absent where the source did not say, and
 * counted as one then, as every alert was before the flag existed. Corrections carry it on.
 */
interface OfCriminal {
  criminal?: boolean;
}
/** `alertId`: the alert the case was filed from, for 警情→发案 conversion; corrections carry it on. */
interface FromAlert {
  alertId?: string;
}
/** `victimVisited`: whether the victim's return visit (一案一回访) stood, so revoking or re-dating the case moves it too. */
interface OfVisit {
  victimVisited?: boolean;
}

export type FraudAlertReceived = DomainEvent<'FraudAlertReceived', { alertId: string; fraudType: FraudType } & OfCriminal>;
/** An alert recorded in error (not fraud, a duplicate): `eventId` is the FraudAlertReceived it takes back. */
export type FraudAlertRevoked = DomainEvent<
  'FraudAlertRevoked',
  { alertId: string; eventId: string; areaId: string; alertReceivedAt: string; reason: string } & OfFraudType & OfCriminal
>;
export type CaseFiled = DomainEvent<'CaseFiled', { caseId: string; fraudType: FraudType; lossFen: number } & FromAlert & CaseAnalysis>;
export type CaseLossAmended = DomainEvent<
  'CaseLossAmended',
  { caseId: string; lossFen: number; previousLossFen: number; caseFiledAt: string; reason: string } & OfFraudType & CaseAnalysis
>;
export type CaseRevoked = DomainEvent<
  'CaseRevoked',
  { caseId: string; reason: string; lossFen: number; caseFiledAt: string } & OfFraudType & FromAlert & CaseAnalysis & OfVisit
>;
/** The case's business time was wrong: its count and loss move from `previousOccurredAt`'s day to `occurredAt`'s. */
export type CaseTimeCorrected = DomainEvent<
  'CaseTimeCorrected',
  { caseId: string; occurredAt: string; previousOccurredAt: string; lossFen: number; reason: string } & OfFraudType &
    FromAlert &
    CaseAnalysis &
    OfVisit
>;
/**
 * The victim visited after the case (一案一回访), counted on the case's filing day so the share of
 * cases visited is a proportion. `firstVisit`: no other visit of the case stood, so this one counts;
 * a further visit is kept but not counted again.
 */
export type VictimVisited = DomainEvent<
  'VictimVisited',
  { caseId: string; caseFiledAt: string; firstVisit: boolean; visitedBy?: string; notes?: string } & CaseAnalysis
>;
/** A visit recorded in error: `eventId` is the VictimVisited taken back; `lastVisit`: no other visit stands, so the case is no longer visited. */
export type VictimVisitRetracted = DomainEvent<
  'VictimVisitRetracted',
  { caseId: string; eventId: string; visitedAt: string; caseFiledAt: string; lastVisit: boolean; reason: string } & CaseAnalysis
>;

export type AlertEvent = FraudAlertReceived | FraudAlertRevoked;
export type CaseEvent = CaseFiled | CaseLossAmended | CaseRevoked | CaseTimeCorrected | VictimVisited | VictimVisitRetracted;

export const alertStream = (alertId: string) => `alert-${alertId}`;
export const caseStream = (caseId: string) => `case-${caseId}`;
