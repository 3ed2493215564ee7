import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { RecordResult } from '../../../recording/record-result.type';
import { GraphqlContext } from '../../../recording/request-context';
import { recordFact } from '../../fact-mutation';
import { STRIKE_FACTS } from './strike.facts';
import { AmendApprehensionCountInput, ApprehendSuspectsInput, RetractStrikeFactInput, SolveCaseInput } from './strike.inputs';

/** 打击: cases solved and suspects apprehended. */
@Resolver()
export class StrikesResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => RecordResult, { description: STRIKE_FACTS.solveCase.description })
  solveCase(@Args('input') input: SolveCaseInput, @Context() ctx: GraphqlContext) {
    return recordFact(this.commands, STRIKE_FACTS.solveCase, input, ctx);
  }

  @Mutation(() => RecordResult, { description: STRIKE_FACTS.apprehendSuspects.description })
  apprehendSuspects(@Args('input') input: ApprehendSuspectsInput, @Context() ctx: GraphqlContext) {
    return recordFact(this.commands, STRIKE_FACTS.apprehendSuspects, input, ctx);
  }

  @Mutation(() => RecordResult, { description: STRIKE_FACTS.retractStrikeFact.description })
  retractStrikeFact(@Args('input') input: RetractStrikeFactInput, @Context() ctx: GraphqlContext) {
    return recordFact(this.commands, STRIKE_FACTS.retractStrikeFact, input, ctx);
  }

  @Mutation(() => RecordResult, { description: STRIKE_FACTS.amendApprehensionCount.description })
  amendApprehensionCount(@Args('input') input: AmendApprehensionCountInput, @Context() ctx: GraphqlContext) {
    return recordFact(this.commands, STRIKE_FACTS.amendApprehensionCount, input, ctx);
  }
}
