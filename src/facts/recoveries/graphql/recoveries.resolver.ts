import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { FactEnvelopeInput } from '../../../recording/fact-envelope.input';
import { RecordResult } from '../../../recording/record-result.type';
import { GraphqlContext, commandContext } from '../../../recording/request-context';
import { RecordRecoveryCommand } from '../commands/record-recovery.command';
import { RecoveryCommand } from '../domain/recovery.decider';
import {
  AmendRecoveryAmountInput,
  FreezeFundsInput,
  RecordLossAvertedInput,
  RetractRecoveryFactInput,
  ReturnFundsInput,
  StopPaymentInput,
} from './recovery.inputs';

/** 挽损: money stopped, frozen, returned, and loss averted. */
@Resolver()
export class RecoveriesResolver {
  constructor(private readonly commands: CommandBus) {}

  private run(ctx: GraphqlContext, input: FactEnvelopeInput, command: RecoveryCommand) {
    return this.commands.execute(new RecordRecoveryCommand(command, commandContext(ctx, input)));
  }

  @Mutation(() => RecordResult, { description: '止付' })
  stopPayment(@Args('input') input: StopPaymentInput, @Context() ctx: GraphqlContext) {
    const { operationId, accounts, amount } = input;
    return this.run(ctx, input, { type: 'PaymentStopped', data: { operationId, accounts, amountFen: amount } });
  }

  @Mutation(() => RecordResult, { description: '冻结' })
  freezeFunds(@Args('input') input: FreezeFundsInput, @Context() ctx: GraphqlContext) {
    const { operationId, accounts, amount } = input;
    return this.run(ctx, input, { type: 'FundsFrozen', data: { operationId, accounts, amountFen: amount } });
  }

  @Mutation(() => RecordResult, { description: '返赃' })
  returnFunds(@Args('input') input: ReturnFundsInput, @Context() ctx: GraphqlContext) {
    return this.run(ctx, input, { type: 'FundsReturned', data: { operationId: input.operationId, amountFen: input.amount } });
  }

  @Mutation(() => RecordResult, { description: '劝阻避免损失' })
  recordLossAverted(@Args('input') input: RecordLossAvertedInput, @Context() ctx: GraphqlContext) {
    const { operationId, amount, instructionId } = input;
    return this.run(ctx, input, { type: 'LossAverted', data: { operationId, amountFen: amount, instructionId: instructionId ?? null } });
  }

  @Mutation(() => RecordResult, { description: '更正挽损金额(记入原记录日)' })
  amendRecoveryAmount(@Args('input') input: AmendRecoveryAmountInput, @Context() ctx: GraphqlContext) {
    const { operationId, eventId, unitId, amount, reason } = input;
    return this.run(ctx, input, { type: 'AmendAmount', operationId, eventId, unitId, amountFen: amount, reason });
  }

  @Mutation(() => RecordResult, { description: '撤回误录的挽损记录(记入原记录日)' })
  retractRecoveryFact(@Args('input') input: RetractRecoveryFactInput, @Context() ctx: GraphqlContext) {
    const { operationId, eventId, unitId, reason } = input;
    return this.run(ctx, input, { type: 'RetractFact', operationId, eventId, unitId, reason });
  }
}
