import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { FactEnvelopeInput } from '../../../recording/fact-envelope.input';
import { RecordResult } from '../../../recording/record-result.type';
import { GraphqlContext, commandContext } from '../../../recording/request-context';
import { RecordStrikeCommand } from '../commands/record-strike.command';
import { StrikeCommand } from '../domain/strike.decider';
import { AmendApprehensionCountInput, ApprehendSuspectsInput, RetractStrikeFactInput, SolveCaseInput } from './strike.inputs';

/** 打击: cases solved and suspects apprehended. */
@Resolver()
export class StrikesResolver {
  constructor(private readonly commands: CommandBus) {}

  private run(ctx: GraphqlContext, input: FactEnvelopeInput, command: StrikeCommand) {
    return this.commands.execute(new RecordStrikeCommand(command, commandContext(ctx, input)));
  }

  @Mutation(() => RecordResult, { description: '破案' })
  solveCase(@Args('input') input: SolveCaseInput, @Context() ctx: GraphqlContext) {
    const { operationId, caseId } = input;
    return this.run(ctx, input, { type: 'SolveCase', operationId, caseId });
  }

  @Mutation(() => RecordResult, { description: '抓获犯罪嫌疑人' })
  apprehendSuspects(@Args('input') input: ApprehendSuspectsInput, @Context() ctx: GraphqlContext) {
    const { operationId, charge, measure, count } = input;
    return this.run(ctx, input, { type: 'ApprehendSuspects', operationId, charge, measure, count });
  }

  @Mutation(() => RecordResult, { description: '撤回误录的破案或抓获记录(记入原记录日)' })
  retractStrikeFact(@Args('input') input: RetractStrikeFactInput, @Context() ctx: GraphqlContext) {
    const { operationId, eventId, unitId, reason } = input;
    return this.run(ctx, input, { type: 'RetractFact', operationId, eventId, unitId, reason });
  }

  @Mutation(() => RecordResult, { description: '更正抓获人数(记入原抓获日)' })
  amendApprehensionCount(@Args('input') input: AmendApprehensionCountInput, @Context() ctx: GraphqlContext) {
    const { operationId, eventId, unitId, count, reason } = input;
    return this.run(ctx, input, { type: 'AmendApprehensionCount', operationId, eventId, unitId, count, reason });
  }
}
