/**
 * Alerts (警情) and cases (发案/财损). Corrections carry the case's filing time and the amounts they
 * replace, so the indicators can undo the original on the day it was counted.
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

export type FraudAlertReceived = {
  type: 'FraudAlertReceived';
  data: { alertId: string; fraudType: FraudType };
};
export type CaseFiled = {
  type: 'CaseFiled';
  data: { caseId: string; fraudType: FraudType; lossFen: number };
};
export type CaseLossAmended = {
  type: 'CaseLossAmended';
  data: { caseId: string; lossFen: number; previousLossFen: number; caseFiledAt: string; reason: string };
};
export type CaseRevoked = {
  type: 'CaseRevoked';
  data: { caseId: string; reason: string; lossFen: number; caseFiledAt: string };
};

export type AlertEvent = FraudAlertReceived;
export type CaseEvent = CaseFiled | CaseLossAmended | CaseRevoked;

export const alertStream = (alertId: string) => `alert-${alertId}`;
export const caseStream = (caseId: string) => `case-${caseId}`;
