import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { Clock } from '../../../common/clock';
import { doesNotExist } from '../../../common/graphql/api-errors';
import { RecordResult } from '../../../recording/record-result.type';
import { GraphqlContext, commandContext } from '../../../recording/request-context';
import { DayScalar } from '../../../common/graphql/scalars';
import { toEvidenceType } from '../../evidence/graphql/evidence.mapper';
import { FileAppealCommand } from '../commands/file-appeal.command';
import { ReviewAppealCommand } from '../commands/review-appeal.command';
import { WithdrawAppealCommand } from '../commands/withdraw-appeal.command';
import { DEFAULT_REVIEW_DAYS } from '../domain/appeal.decider';
import { AppealStatus } from '../domain/appeal-status';
import { AppealsReader } from '../queries/appeals.reader';
import { ScoreHistoryService } from '../queries/score-history.service';
import { FileAppealInput, ReviewAppealInput, WithdrawAppealInput } from './appeal.inputs';
import { toAppealType, toScoreHistoryEntry } from './appeal.mapper';
import { AppealStatusEnum, AppealType, FiledAppealResult, ScoreHistoryType } from './appeal.types';

/** 申诉/复核: chiefs contest their figures, evaluation staff review them; and the score history that shows both. */
@Resolver(() => AppealType)
export class AppealsResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly reader: AppealsReader,
    private readonly histories: ScoreHistoryService,
    private readonly clock: Clock,
  ) {}

  /** Appeal events belong to the unit whose figures are contested. */
  private context(ctx: GraphqlContext, unitId: string, idempotencyKey?: string) {
    return commandContext(ctx, { unitId, occurredAt: this.clock.now().toISOString(), idempotencyKey });
  }

  private async existing(appealId: string) {
    const appeal = await this.reader.byId(appealId);
    if (!appeal) throw doesNotExist('appeal', appealId, 'appealId');
    return appeal;
  }

  @Mutation(() => FiledAppealResult, {
    description: '提出申诉: contest a score, or a fact counted in it; to be reviewed within 7 days unless said otherwise',
  })
  async fileAppeal(@Args('input') input: FileAppealInput, @Context() ctx: GraphqlContext) {
    const { chiefId, unitId, from, to, eventId, reason, reviewWithinDays, idempotencyKey } = input;
    const request = {
      chiefId,
      unitId,
      from,
      to: to ?? from,
      eventId: eventId ?? null,
      reason,
      reviewWithinDays: reviewWithinDays ?? DEFAULT_REVIEW_DAYS,
    };
    const result = await this.commands.execute(new FileAppealCommand(request, this.context(ctx, unitId, idempotencyKey)));
    // An appeal is one filing event, known by that event's id.
    return Object.assign(new FiledAppealResult(), result, { appealId: result.eventIds[0] });
  }

  @Mutation(() => RecordResult, {
    description: '复核申诉: 维持原结果, 更正 (citing the correcting events) or 驳回, with the reasoning; once',
  })
  async reviewAppeal(@Args('input') input: ReviewAppealInput, @Context() ctx: GraphqlContext) {
    const { appealId, outcome, reasoning, correctingEventIds, idempotencyKey } = input;
    const { unitId } = await this.existing(appealId);
    const request = { appealId, outcome, reasoning, correctingEventIds: correctingEventIds ?? [] };
    return this.commands.execute(new ReviewAppealCommand(request, this.context(ctx, unitId, idempotencyKey)));
  }

  @Mutation(() => RecordResult, { description: '撤回申诉: by the appellant, before review' })
  async withdrawAppeal(@Args('input') input: WithdrawAppealInput, @Context() ctx: GraphqlContext) {
    const { appealId, chiefId, reason, idempotencyKey } = input;
    const { unitId } = await this.existing(appealId);
    return this.commands.execute(
      new WithdrawAppealCommand({ appealId, chiefId, reason: reason ?? null }, this.context(ctx, unitId, idempotencyKey)),
    );
  }

  @Query(() => AppealType, { description: '申诉 by id' })
  async appeal(@Args('appealId', { type: () => ID }) appealId: string) {
    return toAppealType(await this.existing(appealId), this.clock.today());
  }

  @Query(() => [AppealType], { description: '申诉列表, oldest first' })
  async appeals(
    @Args('status', { type: () => AppealStatusEnum, nullable: true }) status?: AppealStatus,
    @Args('unitId', { type: () => ID, nullable: true, description: 'The contested unit' }) unitId?: string,
    @Args('chiefId', { type: () => ID, nullable: true, description: 'The appellant' }) chiefId?: string,
    @Args('countyId', { type: () => ID, nullable: true, description: 'The county contested, or any of its stations' }) countyId?: string,
  ) {
    const today = this.clock.today();
    const appeals = (await this.reader.list({ unitId, chiefId, countyId })).map((row) => toAppealType(row, today));
    return status ? appeals.filter((a) => a.status === status) : appeals;
  }

  @Query(() => ScoreHistoryType, {
    description: "得分变动记录: a unit's figures for some days, and the appeals, outcomes and corrections of them",
  })
  async scoreHistory(
    @Args('unitId', { type: () => ID }) unitId: string,
    @Args('from', { type: () => DayScalar }) from: string,
    @Args('to', { type: () => DayScalar }) to: string,
  ) {
    const today = this.clock.today();
    const { current, appeals, ...history } = await this.histories.history(unitId, from, to, today);
    return { ...history, current: toEvidenceType(current), entries: appeals.map((row) => toScoreHistoryEntry(row, today)) };
  }
}
