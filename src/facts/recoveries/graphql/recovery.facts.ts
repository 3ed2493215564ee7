import { FactMutation } from '../../fact-mutation';
import { RecordRecoveryCommand } from '../commands/record-recovery.command';
import {
  AmendRecoveryAmountInput,
  FreezeFundsInput,
  RecordLossAvertedInput,
  RetractRecoveryFactInput,
  ReturnFundsInput,
  StopPaymentInput,
} from './recovery.inputs';

/** 挽损 as recorded: each mutation's input and the recovery command it becomes. */
export const RECOVERY_FACTS = {
  stopPayment: {
    input: StopPaymentInput,
    description: '止付',
    command: ({ operationId, accounts, amount, reportedAt, occurredAt }, context) =>
      new RecordRecoveryCommand(
        {
          type: 'PaymentStopped',
          data: { operationId, accounts, amountFen: amount, reportedAt: reportedAt ?? null },
          stoppedAt: occurredAt,
        },
        context,
      ),
  } satisfies FactMutation<StopPaymentInput>,
  freezeFunds: {
    input: FreezeFundsInput,
    description: '冻结',
    command: ({ operationId, accounts, amount }, context) =>
      new RecordRecoveryCommand({ type: 'FundsFrozen', data: { operationId, accounts, amountFen: amount } }, context),
  } satisfies FactMutation<FreezeFundsInput>,
  returnFunds: {
    input: ReturnFundsInput,
    description: '返赃',
    command: ({ operationId, amount }, context) =>
      new RecordRecoveryCommand({ type: 'FundsReturned', data: { operationId, amountFen: amount } }, context),
  } satisfies FactMutation<ReturnFundsInput>,
  recordLossAverted: {
    input: RecordLossAvertedInput,
    description: '劝阻避免损失',
    command: ({ operationId, amount, instructionId }, context) =>
      new RecordRecoveryCommand(
        { type: 'LossAverted', data: { operationId, amountFen: amount, instructionId: instructionId ?? null } },
        context,
      ),
  } satisfies FactMutation<RecordLossAvertedInput>,
  amendRecoveryAmount: {
    input: AmendRecoveryAmountInput,
    description: '更正挽损金额(记入原记录日)',
    command: ({ operationId, eventId, unitId, amount, reason }, context) =>
      new RecordRecoveryCommand({ type: 'AmendAmount', operationId, eventId, unitId, amountFen: amount, reason }, context),
  } satisfies FactMutation<AmendRecoveryAmountInput>,
  retractRecoveryFact: {
    input: RetractRecoveryFactInput,
    description: '撤回误录的挽损记录(记入原记录日)',
    command: ({ operationId, eventId, unitId, reason }, context) =>
      new RecordRecoveryCommand({ type: 'RetractFact', operationId, eventId, unitId, reason }, context),
  } satisfies FactMutation<RetractRecoveryFactInput>,
};
