import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { RecordResult } from '../../../recording/record-result.type';
import { GraphqlContext } from '../../../recording/request-context';
import { recordFact } from '../../fact-mutation';
import { PREVENTION_FACTS } from './prevention.facts';
import { AmendPreventionTallyInput, HoldPreventionActivityInput, RetractPreventionActivityInput } from './prevention.inputs';

/** 宣防: prevention activities and their corrections. */
@Resolver()
export class PreventionResolver {
  constructor(private readonly commands: CommandBus) {}

  @Mutation(() => RecordResult, { description: PREVENTION_FACTS.holdPreventionActivity.description })
  holdPreventionActivity(@Args('input') input: HoldPreventionActivityInput, @Context() ctx: GraphqlContext) {
    return recordFact(this.commands, PREVENTION_FACTS.holdPreventionActivity, input, ctx);
  }

  @Mutation(() => RecordResult, { description: PREVENTION_FACTS.amendPreventionTally.description })
  amendPreventionTally(@Args('input') input: AmendPreventionTallyInput, @Context() ctx: GraphqlContext) {
    return recordFact(this.commands, PREVENTION_FACTS.amendPreventionTally, input, ctx);
  }

  @Mutation(() => RecordResult, { description: PREVENTION_FACTS.retractPreventionActivity.description })
  retractPreventionActivity(@Args('input') input: RetractPreventionActivityInput, @Context() ctx: GraphqlContext) {
    return recordFact(this.commands, PREVENTION_FACTS.retractPreventionActivity, input, ctx);
  }
}
