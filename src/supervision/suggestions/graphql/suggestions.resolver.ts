import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { Clock } from '../../../common/clock';
import { RecordResult } from '../../../recording/record-result.type';
import { GraphqlContext, commandContext } from '../../../recording/request-context';
import { DayScalar } from '../../../common/graphql/scalars';
import { OrganizationReader } from '../../../organization/queries/organization.reader';
import { DecideSuggestionCommand } from '../commands/decide-suggestion.command';
import { Decision } from '../domain/suggestion.decider';
import { SuggestionsService } from '../queries/suggestions.service';
import { AcceptSuggestionInput, DismissSuggestionInput } from './suggestion.inputs';
import { toSuggestionsType } from './suggestion.mapper';
import { SuggestionsType } from './suggestion.types';

/** 问责建议: letters, interviews and listings the figures propose, and people's decisions on them. */
@Resolver()
export class SuggestionsResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly service: SuggestionsService,
    private readonly organization: OrganizationReader,
    private readonly clock: Clock,
  ) {}

  @Query(() => SuggestionsType, { description: '问责建议 as of a day (default today): the open ones, computed, and the decided ones' })
  async suggestions(@Args('asOf', { type: () => DayScalar, nullable: true }) asOf?: string) {
    return toSuggestionsType(await this.service.list(this.service.asOf(asOf)));
  }

  @Mutation(() => RecordResult, { description: '采纳建议, optionally naming the letter, interview or listing created' })
  acceptSuggestion(@Args('input') input: AcceptSuggestionInput, @Context() ctx: GraphqlContext) {
    return this.decide(ctx, input, { kind: 'ACCEPT', actionId: input.actionId ?? null, note: input.note ?? null });
  }

  @Mutation(() => RecordResult, { description: '不予采纳, with the reason; the suggestion is not made again' })
  dismissSuggestion(@Args('input') input: DismissSuggestionInput, @Context() ctx: GraphqlContext) {
    return this.decide(ctx, input, { kind: 'DISMISS', reason: input.reason });
  }

  private async decide(ctx: GraphqlContext, input: { key: string; asOf?: string; idempotencyKey?: string }, decision: Decision) {
    const asOf = this.service.asOf(input.asOf);
    // Supervision is decided at the city bureau.
    const context = commandContext(ctx, {
      unitId: await this.organization.cityUnitId(),
      occurredAt: this.clock.now().toISOString(),
      idempotencyKey: input.idempotencyKey,
    });
    return this.commands.execute(new DecideSuggestionCommand({ key: input.key, asOf, decision }, context));
  }
}
