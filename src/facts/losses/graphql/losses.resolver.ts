import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { RecordResult } from '../../../recording/record-result.type';
import { GraphqlContext } from '../../../recording/request-context';
import { recordFact } from '../../fact-mutation';
import { LOSS_FACTS } from './loss.facts';
import {
  AmendCaseLossInput,
  CorrectCaseTimeInput,
  FileCaseInput,
  ReceiveFraudAlertInput,
  RevokeCaseInput,
  RevokeFraudAlertInput,
  RetractVictimVisitInput,
  VisitVictimInput,
} from './loss.inputs';

/** 警情/发案/财损: alerts, cases and their corrections. */
@Resolver()
export class LossesResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => RecordResult, { description: LOSS_FACTS.receiveFraudAlert.description })
  receiveFraudAlert(@Args('input') input: ReceiveFraudAlertInput, @Context() ctx: GraphqlContext) {
    return recordFact(this.commands, LOSS_FACTS.receiveFraudAlert, input, ctx);
  }

  @Mutation(() => RecordResult, { description: LOSS_FACTS.revokeFraudAlert.description })
  revokeFraudAlert(@Args('input') input: RevokeFraudAlertInput, @Context() ctx: GraphqlContext) {
    return recordFact(this.commands, LOSS_FACTS.revokeFraudAlert, input, ctx);
  }

  @Mutation(() => RecordResult, { description: LOSS_FACTS.fileCase.description })
  fileCase(@Args('input') input: FileCaseInput, @Context() ctx: GraphqlContext) {
    return recordFact(this.commands, LOSS_FACTS.fileCase, input, ctx);
  }

  @Mutation(() => RecordResult, { description: LOSS_FACTS.amendCaseLoss.description })
  amendCaseLoss(@Args('input') input: AmendCaseLossInput, @Context() ctx: GraphqlContext) {
    return recordFact(this.commands, LOSS_FACTS.amendCaseLoss, input, ctx);
  }

  @Mutation(() => RecordResult, { description: LOSS_FACTS.revokeCase.description })
  revokeCase(@Args('input') input: RevokeCaseInput, @Context() ctx: GraphqlContext) {
    return recordFact(this.commands, LOSS_FACTS.revokeCase, input, ctx);
  }

  @Mutation(() => RecordResult, { description: LOSS_FACTS.correctCaseTime.description })
  correctCaseTime(@Args('input') input: CorrectCaseTimeInput, @Context() ctx: GraphqlContext) {
    return recordFact(this.commands, LOSS_FACTS.correctCaseTime, input, ctx);
  }

  @Mutation(() => RecordResult, { description: LOSS_FACTS.visitVictim.description })
  visitVictim(@Args('input') input: VisitVictimInput, @Context() ctx: GraphqlContext) {
    return recordFact(this.commands, LOSS_FACTS.visitVictim, input, ctx);
  }

  @Mutation(() => RecordResult, { description: LOSS_FACTS.retractVictimVisit.description })
  retractVictimVisit(@Args('input') input: RetractVictimVisitInput, @Context() ctx: GraphqlContext) {
    return recordFact(this.commands, LOSS_FACTS.retractVictimVisit, input, ctx);
  }
}
