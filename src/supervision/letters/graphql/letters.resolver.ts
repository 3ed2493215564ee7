import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { Clock } from '../../../common/clock';
import { doesNotExist } from '../../../common/graphql/api-errors';
import { GraphqlContext, commandContext } from '../../../recording/request-context';
import { newId } from '../../../common/ids';
import { LetterCommand, LetterRequest } from '../commands/letter.command';
import { LetterRow } from '../projections/letters.projection';
import { LettersReader } from '../queries/letters.reader';
import {
  AcknowledgeLetterInput,
  AnswerLetterInput,
  CloseLetterInput,
  DraftLetterInput,
  LetterStepInput,
  LettersFilterInput,
  ReturnLetterAnswerInput,
  ReviseLetterDraftInput,
  WithdrawLetterDraftInput,
} from './letter.inputs';
import { toLetterType } from './letter.mapper';
import { LetterRecordResult, LetterType } from './letter.types';

/** 工作提示函: drafting, issuing with a 文号, delivery, 签收, the answer, 办结 or 退回; and the letters as read today. */
@Resolver(() => LetterType)
export class LettersResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly reader: LettersReader,
    private readonly clock: Clock,
  ) {}

  @Query(() => LetterType, { description: '工作提示函, with its evidence and history' })
  async letter(@Args('letterId', { type: () => ID }) letterId: string) {
    return toLetterType(await this.existing(letterId), this.clock.today());
  }

  @Query(() => [LetterType], { description: '工作提示函 list, newest draft first' })
  async letters(@Args('filter', { type: () => LettersFilterInput, nullable: true }) filter?: LettersFilterInput) {
    const today = this.clock.today();
    const letters = (await this.reader.list(filter ?? {})).map((row) => toLetterType(row, today));
    return filter?.status ? letters.filter((l) => l.status === filter.status) : letters;
  }

  @Mutation(() => LetterRecordResult, { description: '起草: a draft citing the figures gathered now' })
  draftLetter(@Args('input') input: DraftLetterInput, @Context() ctx: GraphqlContext) {
    const { unitId, title, findings, requirements, deadline, evidence } = input;
    const request: LetterRequest = {
      type: 'DraftLetter',
      letterId: input.letterId ?? newId(),
      unitId,
      content: { title, findings, requirements, deadline },
      evidence,
    };
    return this.run(ctx, input, unitId, request);
  }

  @Mutation(() => LetterRecordResult, { description: '修改草稿' })
  reviseLetterDraft(@Args('input') input: ReviseLetterDraftInput, @Context() ctx: GraphqlContext) {
    const { letterId, title, findings, requirements, deadline, evidence } = input;
    return this.step(ctx, input, {
      type: 'ReviseLetterDraft',
      letterId,
      changes: { title, findings, requirements, deadline },
      evidence: evidence ?? null,
    });
  }

  @Mutation(() => LetterRecordResult, { description: '撤回草稿 (a withdrawn draft takes no number)' })
  withdrawLetterDraft(@Args('input') input: WithdrawLetterDraftInput, @Context() ctx: GraphqlContext) {
    return this.step(ctx, input, { type: 'WithdrawLetterDraft', letterId: input.letterId, reason: input.reason });
  }

  @Mutation(() => LetterRecordResult, { description: '下发: takes the next 文号 of the year, 〔YYYY〕N号' })
  issueLetter(@Args('input') input: LetterStepInput, @Context() ctx: GraphqlContext) {
    return this.step(ctx, input, { type: 'IssueLetter', letterId: input.letterId });
  }

  @Mutation(() => LetterRecordResult, { description: '送达' })
  deliverLetter(@Args('input') input: LetterStepInput, @Context() ctx: GraphqlContext) {
    return this.step(ctx, input, { type: 'DeliverLetter', letterId: input.letterId });
  }

  @Mutation(() => LetterRecordResult, { description: '签收 by the unit' })
  acknowledgeLetter(@Args('input') input: AcknowledgeLetterInput, @Context() ctx: GraphqlContext) {
    return this.step(ctx, input, { type: 'AcknowledgeLetter', letterId: input.letterId, signedBy: input.signedBy });
  }

  @Mutation(() => LetterRecordResult, { description: '回复整改措施; accepted after the deadline too, marked late' })
  answerLetter(@Args('input') input: AnswerLetterInput, @Context() ctx: GraphqlContext) {
    return this.step(ctx, input, { type: 'AnswerLetter', letterId: input.letterId, measures: input.measures });
  }

  @Mutation(() => LetterRecordResult, { description: '退回: the unit answers again (status back to 已签收)' })
  returnLetterAnswer(@Args('input') input: ReturnLetterAnswerInput, @Context() ctx: GraphqlContext) {
    return this.step(ctx, input, {
      type: 'ReturnLetterAnswer',
      letterId: input.letterId,
      reason: input.reason,
      deadline: input.deadline ?? null,
    });
  }

  @Mutation(() => LetterRecordResult, { description: '办结' })
  closeLetter(@Args('input') input: CloseLetterInput, @Context() ctx: GraphqlContext) {
    return this.step(ctx, input, { type: 'CloseLetter', letterId: input.letterId, remark: input.remark ?? null });
  }

  private async existing(letterId: string): Promise<LetterRow> {
    const row = await this.reader.byId(letterId);
    if (!row) throw doesNotExist('letter', letterId, 'letterId');
    return row;
  }

  /** Steps on a letter belong to its addressee, as every event belongs to a unit. */
  private async step(ctx: GraphqlContext, input: LetterStepInput, request: LetterRequest) {
    return this.run(ctx, input, (await this.existing(input.letterId)).addresseeId, request);
  }

  private async run(ctx: GraphqlContext, input: { idempotencyKey?: string }, unitId: string, request: LetterRequest) {
    const context = commandContext(ctx, { unitId, occurredAt: this.clock.now().toISOString(), idempotencyKey: input.idempotencyKey });
    const result = await this.commands.execute(new LetterCommand(request, context));
    const row = await this.reader.byId(request.letterId);
    return Object.assign(new LetterRecordResult(), result, {
      letterId: request.letterId,
      letter: row ? toLetterType(row, this.clock.today()) : null,
    });
  }
}
