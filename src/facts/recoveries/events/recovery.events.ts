import { DomainEvent } from '../../../common/decider';
import { FactOf } from '../../domain/recorded-fact';
/**
 * Recovery (挽损): money stopped (止付), frozen (冻结), returned (返赃), or loss averted by dissuasion.
 * An amount recorded in error is amended or retracted by a new event carrying the fact's area and
 * time, so the indicators correct the day it counted on.
 */
/** `reportedAt`: when the victim reported (报案), from which 止付效率 is timed; absent on stops recorded before it was asked. */
export type PaymentStopped = DomainEvent<
  'PaymentStopped',
  { operationId: string; accounts: number; amountFen: number; reportedAt?: string | null }
>;
export type FundsFrozen = DomainEvent<'FundsFrozen', { operationId: string; accounts: number; amountFen: number }>;
export type FundsReturned = DomainEvent<'FundsReturned', { operationId: string; amountFen: number }>;
export type LossAverted = DomainEvent<'LossAverted', { operationId: string; amountFen: number; instructionId: string | null }>;
export type RecoveryFact = PaymentStopped | FundsFrozen | FundsReturned | LossAverted;

export type RecoveryAmountAmended = DomainEvent<
  'RecoveryAmountAmended',
  {
    operationId: string;
    eventId: string;
    amendedType: RecoveryFact['type'];
    amountFen: number;
    previousAmountFen: number;
    areaId: string;
    factOccurredAt: string;
    reason: string;
  }
>;
/** `retracted` quotes the fact as it counts when retracted: with its amended amount. */
export type RecoveryFactRetracted = DomainEvent<
  'RecoveryFactRetracted',
  {
    operationId: string;
    eventId: string;
    retracted: FactOf<RecoveryFact>;
    areaId: string;
    factOccurredAt: string;
    reason: string;
  }
>;

export type RecoveryEvent = RecoveryFact | RecoveryAmountAmended | RecoveryFactRetracted;

export const recoveryStream = (operationId: string) => `recovery-${operationId}`;
