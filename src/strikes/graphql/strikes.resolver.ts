import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { RecordResult } from '../../common/graphql/record-result.type';
import { GraphqlContext, commandContext } from '../../common/graphql/request-context';
import { RecordStrikeCommand } from '../commands/record-strike.command';
import { ApprehendSuspectsInput, SolveCaseInput } from './strike.inputs';

/** 打击: cases solved and suspects apprehended. */
@Resolver()
export class StrikesResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => RecordResult, { description: '破案' })
  solveCase(@Args('input') input: SolveCaseInput, @Context() ctx: GraphqlContext) {
    const { operationId, caseId } = input;
    return this.commands.execute(new RecordStrikeCommand({ type: 'SolveCase', operationId, caseId }, commandContext(ctx, input)));
  }

  @Mutation(() => RecordResult, { description: '抓获犯罪嫌疑人' })
  apprehendSuspects(@Args('input') input: ApprehendSuspectsInput, @Context() ctx: GraphqlContext) {
    const { operationId, charge, measure, count } = input;
    return this.commands.execute(
      new RecordStrikeCommand({ type: 'ApprehendSuspects', operationId, charge, measure, count }, commandContext(ctx, input)),
    );
  }
}
