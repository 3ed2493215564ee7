import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { RecordResult } from '../../../recording/record-result.type';
import { GraphqlContext } from '../../../recording/request-context';
import { recordFact } from '../../fact-mutation';
import { STRIKE_FACTS } from './strike.facts';
import { BreakDensInput, CutOffCardsInput, PenaliseCompanyInput, SeizeItemsInput } from './operation-result.inputs';
import { AmendApprehensionCountInput, ApprehendSuspectsInput, RetractStrikeFactInput, SolveCaseInput } from './strike.inputs';

/** 打击: cases solved, suspects apprehended, and what the operation took down. */
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

  @Mutation(() => RecordResult, { description: STRIKE_FACTS.seizeItems.description })
  seizeItems(@Args('input') input: SeizeItemsInput, @Context() ctx: GraphqlContext) {
    return recordFact(this.commands, STRIKE_FACTS.seizeItems, input, ctx);
  }

  @Mutation(() => RecordResult, { description: STRIKE_FACTS.breakDens.description })
  breakDens(@Args('input') input: BreakDensInput, @Context() ctx: GraphqlContext) {
    return recordFact(this.commands, STRIKE_FACTS.breakDens, input, ctx);
  }

  @Mutation(() => RecordResult, { description: STRIKE_FACTS.cutOffCards.description })
  cutOffCards(@Args('input') input: CutOffCardsInput, @Context() ctx: GraphqlContext) {
    return recordFact(this.commands, STRIKE_FACTS.cutOffCards, input, ctx);
  }

  @Mutation(() => RecordResult, { description: STRIKE_FACTS.penaliseCompany.description })
  penaliseCompany(@Args('input') input: PenaliseCompanyInput, @Context() ctx: GraphqlContext) {
    return recordFact(this.commands, STRIKE_FACTS.penaliseCompany, input, ctx);
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
