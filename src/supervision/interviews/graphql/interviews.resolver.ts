import { bilingual } from '../../../common/bilingual';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { Clock } from '../../../common/clock';
import { InvalidInputError } from '../../../common/graphql/api-errors';
import { RecordResult } from '../../../recording/record-result.type';
import { GraphqlContext, commandContext } from '../../../recording/request-context';
import { InterviewRequest, OrderInterviewRequest, RecordInterviewCommand } from '../commands/record-interview.command';
import { InterviewStatus } from '../domain/interview-status';
import { InterviewsReader } from '../queries/interviews.reader';
import {
  CancelInterviewInput,
  CheckInterviewFollowUpInput,
  CloseInterviewInput,
  HoldInterviewInput,
  InterviewStatusEnum,
  OrderInterviewInput,
  ScheduleInterviewInput,
} from './interview.inputs';
import { toInterviewStep, toInterviewType, toRequirementType } from './interview.mapper';
import { InterviewRequirementType, InterviewStepType, InterviewType } from './interview.types';
import { WorkflowStepInput } from '../../common/graphql/workflow.inputs';

/** 约谈: ordered by leadership, scheduled, held with requirements, followed up and closed. */
@Resolver(() => InterviewType)
export class InterviewsResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly reader: InterviewsReader,
    private readonly clock: Clock,
  ) {}

  @Query(() => InterviewType, { description: '约谈 by its number' })
  async interview(@Args('interviewId', { type: () => ID }) interviewId: string) {
    const row = await this.reader.require(interviewId);
    return toInterviewType(row, this.reader.statusOf(row));
  }

  @Query(() => [InterviewType], { description: '约谈列表, newest first; status OVERDUE lists those with a requirement past its deadline' })
  async interviews(
    @Args('countyId', { type: () => ID, nullable: true }) countyId?: string,
    @Args('unitId', { type: () => ID, nullable: true }) unitId?: string,
    @Args('status', { type: () => InterviewStatusEnum, nullable: true }) status?: InterviewStatus,
  ) {
    const today = this.clock.today();
    const rows = await this.reader.list({ countyId, unitId, status }, today);
    return rows.map((row) => toInterviewType(row, this.reader.statusOf(row, today)));
  }

  @ResolveField(() => [InterviewRequirementType], { description: '整改要求 and their follow-up findings' })
  async requirements(@Parent() interview: InterviewType) {
    const today = this.clock.today();
    return (await this.reader.requirements(interview.interviewId)).map((r) => toRequirementType(r, today));
  }

  @ResolveField(() => [InterviewStepType], { description: '经过: every step as recorded, oldest first' })
  async history(@Parent() interview: InterviewType) {
    return (await this.reader.history(interview.interviewId)).map(toInterviewStep);
  }

  @Mutation(() => RecordResult, {
    description: "决定约谈 (of a county/station leader or an industry's responsible person), citing the evidence",
  })
  orderInterview(@Args('input') input: OrderInterviewInput, @Context() ctx: GraphqlContext) {
    const { interviewId, reason, orderedBy, evidence } = input;
    const request: OrderInterviewRequest = {
      type: 'OrderInterview',
      interviewId,
      target: targetOf(input),
      orderedBy,
      reason,
      evidence,
      escalatedFrom: input.escalatedFrom ? { kind: input.escalatedFrom.kind, id: input.escalatedFrom.id } : null,
      schedule: input.schedule ? { ...input.schedule } : null,
    };
    return this.record(ctx, input, input.unit?.unitId ?? evidence.unitId, request);
  }

  @Mutation(() => RecordResult, { description: '安排约谈, or 改期 (with a reason) once scheduled' })
  scheduleInterview(@Args('input') input: ScheduleInterviewInput, @Context() ctx: GraphqlContext) {
    const { interviewId, schedule, reason } = input;
    return this.step(ctx, input, { type: 'ScheduleInterview', interviewId, schedule: { ...schedule }, reason: reason ?? null });
  }

  @Mutation(() => RecordResult, { description: '取消约谈 (with a reason), before it is held' })
  cancelInterview(@Args('input') input: CancelInterviewInput, @Context() ctx: GraphqlContext) {
    return this.step(ctx, input, { type: 'CancelInterview', interviewId: input.interviewId, reason: input.reason });
  }

  @Mutation(() => RecordResult, { description: '约谈已进行: who attended and the requirements with their deadlines' })
  holdInterview(@Args('input') input: HoldInterviewInput, @Context() ctx: GraphqlContext) {
    const { interviewId, heldAt, attendees } = input;
    const requirements = input.requirements.map(({ text, deadline }) => ({ text, deadline }));
    return this.step(ctx, input, { type: 'HoldInterview', interviewId, heldAt, attendees, requirements }, heldAt);
  }

  @Mutation(() => RecordResult, { description: '回访核查: whether each requirement was met, with notes' })
  checkInterviewFollowUp(@Args('input') input: CheckInterviewFollowUpInput, @Context() ctx: GraphqlContext) {
    const results = input.results.map(({ requirement, met, notes }) => ({ number: requirement, met, notes }));
    return this.step(ctx, input, { type: 'CheckFollowUp', interviewId: input.interviewId, results });
  }

  @Mutation(() => RecordResult, { description: '约谈结案, once every requirement was checked' })
  closeInterview(@Args('input') input: CloseInterviewInput, @Context() ctx: GraphqlContext) {
    return this.step(ctx, input, { type: 'CloseInterview', interviewId: input.interviewId, conclusion: input.conclusion });
  }

  /** A step on an existing interview is recorded for the unit it concerns. */
  private async step(
    ctx: GraphqlContext,
    input: WorkflowStepInput,
    request: Exclude<InterviewRequest, OrderInterviewRequest>,
    occurredAt?: string,
  ) {
    const { unitId } = await this.reader.require(request.interviewId, 'input.interviewId');
    return this.record(ctx, input, unitId, request, occurredAt);
  }

  private record(
    ctx: GraphqlContext,
    input: WorkflowStepInput,
    unitId: string,
    request: InterviewRequest,
    occurredAt = this.clock.now().toISOString(),
  ) {
    const context = commandContext(ctx, { unitId, occurredAt, idempotencyKey: input.idempotencyKey });
    return this.commands.execute(new RecordInterviewCommand(request, context));
  }
}

function targetOf({ unit, industry }: OrderInterviewInput): OrderInterviewRequest['target'] {
  if (unit && industry) {
    throw new InvalidInputError([
      {
        field: 'input.industry',
        problem: bilingual('约谈对象只能填写 unit 或 industry 之一，不能同时填写', 'give either unit or industry, not both'),
      },
    ]);
  }
  if (unit) return { kind: 'UNIT', unitId: unit.unitId, chiefId: unit.chiefId ?? null };
  if (!industry) {
    throw new InvalidInputError([
      {
        field: 'input.unit',
        problem: bilingual('须填写约谈的单位（unit）或行业（industry）', 'give the unit or the industry interviewed'),
      },
    ]);
  }
  const { industry: kind, organization, personTitle, personName } = industry;
  return { kind: 'INDUSTRY', industry: kind, organization, personTitle, personName };
}
