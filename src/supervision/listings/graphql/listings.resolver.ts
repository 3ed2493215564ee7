import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { Clock } from '../../../common/clock';
import { RecordResult } from '../../../recording/record-result.type';
import { GraphqlContext, commandContext } from '../../../recording/request-context';
import { WorkflowStepInput } from '../../common/graphql/workflow.inputs';
import { ListingRequest, RecordListingCommand } from '../commands/record-listing.command';
import { exitConditionOf } from '../domain/exit-condition';
import { ListingStatus } from '../domain/listing-status';
import { ExitFiguresService } from '../queries/exit-figures.service';
import { ListingsReader } from '../queries/listings.reader';
import {
  DelistInput,
  EscalateListingInput,
  ExtendListingInput,
  ListForRectificationInput,
  ListingStatusEnum,
  ReviewListingInput,
} from './listing.inputs';
import { toListingStep, toListingType, toReviewType } from './listing.mapper';
import { progressPeriods, toListingProgress } from './listing-progress';
import { ListingProgressType, ListingReviewType, ListingStepType, ListingType } from './listing.types';

/** 挂牌整治: listed with a measurable exit condition, reviewed on the figures, extended or escalated, delisted. */
@Resolver(() => ListingType)
export class ListingsResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly reader: ListingsReader,
    private readonly figures: ExitFiguresService,
    private readonly clock: Clock,
  ) {}

  @Query(() => ListingType, { description: '挂牌整治 by its number' })
  async listing(@Args('listingId', { type: () => ID }) listingId: string) {
    return toListingType(await this.reader.require(listingId), this.clock.today());
  }

  @Query(() => [ListingType], { description: '挂牌整治列表, newest first; status OVERDUE lists those past their deadline still listed' })
  async listings(
    @Args('countyId', { type: () => ID, nullable: true }) countyId?: string,
    @Args('unitId', { type: () => ID, nullable: true, description: 'A station (defense area)' }) unitId?: string,
    @Args('status', { type: () => ListingStatusEnum, nullable: true }) status?: ListingStatus,
  ) {
    const today = this.clock.today();
    return (await this.reader.list({ countyId, stationId: unitId, status }, today)).map((row) => toListingType(row, today));
  }

  @ResolveField(() => [ListingReviewType], { description: '历次复核, oldest first' })
  async reviews(@Parent() listing: ListingType) {
    return (await this.reader.reviews(listing.listingId)).map(toReviewType);
  }

  @ResolveField(() => ListingProgressType, {
    nullable: true,
    description: '摘牌进度: each exit condition on the figures as they stand today (live; a review records them); null once delisted',
  })
  async progress(@Parent() listing: ListingType) {
    const row = await this.reader.require(listing.listingId);
    if (row.status === 'DELISTED') return null;
    const today = this.clock.today();
    return toListingProgress(row, today, await this.figures.figures(row.stationId, progressPeriods(row, today)));
  }

  @ResolveField(() => [ListingStepType], { description: '经过: every step as recorded, oldest first' })
  async history(@Parent() listing: ListingType) {
    return (await this.reader.history(listing.listingId)).map(toListingStep);
  }

  @Mutation(() => RecordResult, {
    description: '挂牌整治 a defense area or a township in it, with a deadline and a measurable exit condition',
  })
  listForRectification(@Args('input') input: ListForRectificationInput, @Context() ctx: GraphqlContext) {
    const { listingId, stationId, reason, evidence, deadline } = input;
    const exitConditions = input.exitConditions.map((c, i) => exitConditionOf(c, `input.exitConditions.${i}`));
    return this.record(ctx, input, stationId, {
      type: 'PlaceListing',
      listingId,
      stationId,
      township: input.township ?? null,
      reason,
      evidence,
      deadline,
      exitConditions,
    });
  }

  @Mutation(() => RecordResult, { description: '复核: records the figures per period and whether the exit condition is met' })
  reviewListing(@Args('input') input: ReviewListingInput, @Context() ctx: GraphqlContext) {
    return this.step(ctx, input, { type: 'ReviewListing', listingId: input.listingId, asOf: input.asOf ?? null });
  }

  @Mutation(() => RecordResult, { description: '延期: a new deadline, once the deadline passed unmet' })
  extendListing(@Args('input') input: ExtendListingInput, @Context() ctx: GraphqlContext) {
    return this.step(ctx, input, { type: 'ExtendListing', listingId: input.listingId, deadline: input.deadline, reason: input.reason });
  }

  @Mutation(() => RecordResult, { description: '升级为约谈, once the deadline passed unmet' })
  escalateListing(@Args('input') input: EscalateListingInput, @Context() ctx: GraphqlContext) {
    return this.step(ctx, input, {
      type: 'EscalateListing',
      listingId: input.listingId,
      reason: input.reason,
      interviewId: input.interviewId ?? null,
    });
  }

  @Mutation(() => RecordResult, { description: '摘牌: only when the latest review met the exit condition' })
  delistListing(@Args('input') input: DelistInput, @Context() ctx: GraphqlContext) {
    return this.step(ctx, input, { type: 'DelistListing', listingId: input.listingId, note: input.note ?? null });
  }

  /** A step on an existing listing is recorded for its station. */
  private async step(ctx: GraphqlContext, input: WorkflowStepInput, request: Exclude<ListingRequest, { type: 'PlaceListing' }>) {
    const { stationId } = await this.reader.require(request.listingId, 'input.listingId');
    return this.record(ctx, input, stationId, request);
  }

  private record(ctx: GraphqlContext, input: WorkflowStepInput, unitId: string, request: ListingRequest) {
    const context = commandContext(ctx, { unitId, occurredAt: this.clock.now().toISOString(), idempotencyKey: input.idempotencyKey });
    return this.commands.execute(new RecordListingCommand(request, context));
  }
}
