/** Recovery (挽损): money stopped (止付), frozen (冻结), returned (返赃), or loss averted by dissuasion. */
export type PaymentStopped = {
  type: 'PaymentStopped';
  data: { operationId: string; accounts: number; amountFen: number };
};
export type FundsFrozen = {
  type: 'FundsFrozen';
  data: { operationId: string; accounts: number; amountFen: number };
};
export type FundsReturned = {
  type: 'FundsReturned';
  data: { operationId: string; amountFen: number };
};
export type LossAverted = {
  type: 'LossAverted';
  data: { operationId: string; amountFen: number; instructionId: string | null };
};

export type RecoveryEvent = PaymentStopped | FundsFrozen | FundsReturned | LossAverted;

export const recoveryStream = (operationId: string) => `recovery-${operationId}`;
