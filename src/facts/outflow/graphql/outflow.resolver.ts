import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { RecordResult } from '../../../recording/record-result.type';
import { GraphqlContext } from '../../../recording/request-context';
import { recordFact } from '../../fact-mutation';
import { OUTFLOW_FACTS } from './outflow.facts';
import { RecordOutflowReturnInput, RegisterOutflowInput, RetractOutflowFactInput } from './outflow.inputs';

/** 外流劝返: people gone abroad for fraud, their return, and corrections. */
@Resolver()
export class OutflowResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => RecordResult, { description: OUTFLOW_FACTS.registerOutflow.description })
  registerOutflow(@Args('input') input: RegisterOutflowInput, @Context() ctx: GraphqlContext) {
    return recordFact(this.commands, OUTFLOW_FACTS.registerOutflow, input, ctx);
  }

  @Mutation(() => RecordResult, { description: OUTFLOW_FACTS.recordOutflowReturn.description })
  recordOutflowReturn(@Args('input') input: RecordOutflowReturnInput, @Context() ctx: GraphqlContext) {
    return recordFact(this.commands, OUTFLOW_FACTS.recordOutflowReturn, input, ctx);
  }

  @Mutation(() => RecordResult, { description: OUTFLOW_FACTS.retractOutflowFact.description })
  retractOutflowFact(@Args('input') input: RetractOutflowFactInput, @Context() ctx: GraphqlContext) {
    return recordFact(this.commands, OUTFLOW_FACTS.retractOutflowFact, input, ctx);
  }
}
