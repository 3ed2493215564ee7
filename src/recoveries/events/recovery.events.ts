import { DomainEvent } from '../../common/decider';
/** Recovery (挽损): money stopped (止付), frozen (冻结), returned (返赃), or loss averted by dissuasion. */
export type PaymentStopped = DomainEvent<'PaymentStopped', { operationId: string; accounts: number; amountFen: number }>;
export type FundsFrozen = DomainEvent<'FundsFrozen', { operationId: string; accounts: number; amountFen: number }>;
export type FundsReturned = DomainEvent<'FundsReturned', { operationId: string; amountFen: number }>;
export type LossAverted = DomainEvent<'LossAverted', { operationId: string; amountFen: number; instructionId: string | null }>;

export type RecoveryEvent = PaymentStopped | FundsFrozen | FundsReturned | LossAverted;

export const recoveryStream = (operationId: string) => `recovery-${operationId}`;
