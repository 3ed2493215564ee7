import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { RecordResult } from '../../../recording/record-result.type';
import { GraphqlContext } from '../../../recording/request-context';
import { recordFact } from '../../fact-mutation';
import { RECOVERY_FACTS } from './recovery.facts';
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

  @Mutation(() => RecordResult, { description: RECOVERY_FACTS.stopPayment.description })
  stopPayment(@Args('input') input: StopPaymentInput, @Context() ctx: GraphqlContext) {
    return recordFact(this.commands, RECOVERY_FACTS.stopPayment, input, ctx);
  }

  @Mutation(() => RecordResult, { description: RECOVERY_FACTS.freezeFunds.description })
  freezeFunds(@Args('input') input: FreezeFundsInput, @Context() ctx: GraphqlContext) {
    return recordFact(this.commands, RECOVERY_FACTS.freezeFunds, input, ctx);
  }

  @Mutation(() => RecordResult, { description: RECOVERY_FACTS.returnFunds.description })
  returnFunds(@Args('input') input: ReturnFundsInput, @Context() ctx: GraphqlContext) {
    return recordFact(this.commands, RECOVERY_FACTS.returnFunds, input, ctx);
  }

  @Mutation(() => RecordResult, { description: RECOVERY_FACTS.recordLossAverted.description })
  recordLossAverted(@Args('input') input: RecordLossAvertedInput, @Context() ctx: GraphqlContext) {
    return recordFact(this.commands, RECOVERY_FACTS.recordLossAverted, input, ctx);
  }

  @Mutation(() => RecordResult, { description: RECOVERY_FACTS.amendRecoveryAmount.description })
  amendRecoveryAmount(@Args('input') input: AmendRecoveryAmountInput, @Context() ctx: GraphqlContext) {
    return recordFact(this.commands, RECOVERY_FACTS.amendRecoveryAmount, input, ctx);
  }

  @Mutation(() => RecordResult, { description: RECOVERY_FACTS.retractRecoveryFact.description })
  retractRecoveryFact(@Args('input') input: RetractRecoveryFactInput, @Context() ctx: GraphqlContext) {
    return recordFact(this.commands, RECOVERY_FACTS.retractRecoveryFact, input, ctx);
  }
}
