import { Args, Context, Float, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { Clock } from '../../../common/clock';
import { doesNotExist } from '../../../common/graphql/api-errors';
import { RecordResult } from '../../../recording/record-result.type';
import { GraphqlContext, commandContext } from '../../../recording/request-context';
import { OrganizationReader } from '../../../organization/queries/organization.reader';
import { PeriodRequest } from '../../../scoring/domain/resolve-period';
import { EvidenceInput } from '../../evidence/graphql/evidence.types';
import { AdvanceProblemCommand } from '../commands/advance-problem.command';
import { RaiseProblemCommand, RaiseRequest } from '../commands/raise-problem.command';
import { ProblemStep } from '../domain/problem-list.decider';
import { DEFAULT_FACE_TO_FACE_TARGET, targetRatio } from '../domain/problem-candidates';
import { ProblemListService } from '../queries/problem-list.service';
import { ProblemsReader } from '../queries/problems.reader';
import {
  AdoptProblemCandidateInput,
  RaiseProblemFromVisitInput,
  RaiseProblemInput,
  RefuseProblemVerificationInput,
  ReportProblemRectifiedInput,
  StartProblemRectificationInput,
  VerifyProblemRectificationInput,
} from './problem.inputs';
import { toProblemListType, toProblemType } from './problem.mapper';
import { ProblemListType, ProblemType, RaisedProblemResult } from './problem.types';

const evidenceRequest = (input?: EvidenceInput) => (input ? { ...input, period: input.period as PeriodRequest } : null);

/** 问题清单: candidates from the figures, problems raised, and their rectification through to verification. */
@Resolver(() => ProblemType)
export class ProblemsResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly lists: ProblemListService,
    private readonly problems: ProblemsReader,
    private readonly organization: OrganizationReader,
    private readonly clock: Clock,
  ) {}

  @Query(() => ProblemListType, {
    description: '问题清单 of a county and month: the problems raised, and the candidates the figures suggest not yet adopted',
  })
  async problemList(
    @Args('countyId', { type: () => ID }) countyId: string,
    @Args('month', { description: 'YYYY-MM' }) month: string,
    @Args('faceToFaceTarget', { type: () => Float, defaultValue: DEFAULT_FACE_TO_FACE_TARGET, description: '见面率目标, e.g. 0.9' })
    faceToFaceTarget: number,
  ) {
    const today = this.clock.today();
    const list = await this.lists.list(countyId, month, targetRatio(faceToFaceTarget, 'faceToFaceTarget'), today);
    return toProblemListType(list, today, await this.unitNames());
  }

  @Query(() => ProblemType, { description: '问题 with its status and full history' })
  async problem(@Args('problemId', { type: () => ID }) problemId: string) {
    return toProblemType(await this.require(problemId), this.clock.today(), await this.unitNames());
  }

  @Mutation(() => RaisedProblemResult, { description: "采纳候选问题: the candidate's texts and evidence go on the list as they stand now" })
  adoptProblemCandidate(@Args('input') input: AdoptProblemCandidateInput, @Context() ctx: GraphqlContext) {
    const faceToFaceTarget = targetRatio(input.faceToFaceTarget ?? DEFAULT_FACE_TO_FACE_TARGET, 'faceToFaceTarget');
    return this.raise(ctx, input, { ...this.listOf(input), kind: 'CANDIDATE', candidateKey: input.candidateKey, faceToFaceTarget });
  }

  @Mutation(() => RaisedProblemResult, { description: '人工提出问题, with evidence if given' })
  raiseProblem(@Args('input') input: RaiseProblemInput, @Context() ctx: GraphqlContext) {
    const { title, description, evidence } = input;
    return this.raise(ctx, input, { ...this.listOf(input), kind: 'MANUAL', title, description, evidence: evidenceRequest(evidence) });
  }

  @Mutation(() => RaisedProblemResult, {
    description: '督导点题转为问题: a point raised on a visit to the county goes on the list, linked to the visit',
  })
  raiseProblemFromVisit(@Args('input') input: RaiseProblemFromVisitInput, @Context() ctx: GraphqlContext) {
    const { visitId, pointNumber, title, evidence } = input;
    return this.raise(ctx, input, {
      ...this.listOf(input),
      kind: 'VISIT_POINT',
      visitId,
      pointNumber,
      title: title ?? null,
      evidence: evidenceRequest(evidence),
    });
  }

  @Mutation(() => RecordResult, { description: '提交整改方案: RAISED → RECTIFYING' })
  startProblemRectification(@Args('input') input: StartProblemRectificationInput, @Context() ctx: GraphqlContext) {
    return this.advance(ctx, input, { type: 'StartRectification', problemId: input.problemId, plan: input.plan });
  }

  @Mutation(() => RecordResult, { description: '报告整改完成: RECTIFYING → RECTIFIED' })
  reportProblemRectified(@Args('input') input: ReportProblemRectifiedInput, @Context() ctx: GraphqlContext) {
    return this.advance(ctx, input, {
      type: 'ReportRectified',
      problemId: input.problemId,
      text: input.text,
      references: input.references ?? [],
    });
  }

  @Mutation(() => RecordResult, { description: '核验销号 (evaluation staff): RECTIFIED → VERIFIED' })
  verifyProblemRectification(@Args('input') input: VerifyProblemRectificationInput, @Context() ctx: GraphqlContext) {
    return this.advance(ctx, input, { type: 'VerifyRectification', problemId: input.problemId, note: input.note ?? null });
  }

  @Mutation(() => RecordResult, { description: '核验不通过: RECTIFIED → RECTIFYING, with the reason' })
  refuseProblemVerification(@Args('input') input: RefuseProblemVerificationInput, @Context() ctx: GraphqlContext) {
    return this.advance(ctx, input, { type: 'RefuseVerification', problemId: input.problemId, reason: input.reason });
  }

  private listOf({ countyId, month, ownerChiefId, deadline }: AdoptProblemCandidateInput | RaiseProblemInput | RaiseProblemFromVisitInput) {
    return { countyId, month, ownerChiefId, deadline };
  }

  private async raise(ctx: GraphqlContext, input: { countyId: string; idempotencyKey?: string }, request: RaiseRequest) {
    const context = commandContext(ctx, {
      unitId: input.countyId,
      occurredAt: this.clock.now().toISOString(),
      idempotencyKey: input.idempotencyKey,
    });
    const result = await this.commands.execute(new RaiseProblemCommand(request, context));
    // A problem is known by the id of the event that raised it.
    return Object.assign(new RaisedProblemResult(), result, { problemId: result.eventIds[0] });
  }

  private async advance(ctx: GraphqlContext, input: { idempotencyKey?: string }, step: ProblemStep) {
    const { countyId, month } = await this.require(step.problemId);
    const context = commandContext(ctx, {
      unitId: countyId,
      occurredAt: this.clock.now().toISOString(),
      idempotencyKey: input.idempotencyKey,
    });
    return this.commands.execute(new AdvanceProblemCommand(step, { countyId, month }, context));
  }

  private async require(problemId: string) {
    const problem = await this.problems.byId(problemId);
    if (!problem) throw doesNotExist('problem', problemId, 'problemId');
    return problem;
  }

  private async unitNames() {
    return new Map((await this.organization.units()).map((u) => [u.unitId, u.name]));
  }
}
