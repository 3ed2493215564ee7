import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '../../../common/graphql/enum';
import { RecordResult } from '../../../recording/record-result.type';
import { DayScalar } from '../../../common/graphql/scalars';
import { ChiefRole } from '../../../organization/events/organization.events';
import { ChiefRoleEnum } from '../../../organization/graphql/organization.inputs';
import { RatioValue } from '../../../scoring/graphql/indicators.type';
import { EvidenceType } from '../../evidence/graphql/evidence.types';
import { SupervisionActorType } from '../../common/graphql/supervision-actor.type';
import { CANDIDATE_RULES, CANDIDATE_RULE_LABELS, CandidateRule } from '../domain/problem-candidates';
import { PROBLEM_STATUSES, PROBLEM_STATUS_LABELS, ProblemStatus } from '../domain/problem-status';
import { ProblemOrigin } from '../events/problem.events';

export const ProblemStatusEnum = graphqlEnum(
  'ProblemStatus',
  PROBLEM_STATUSES,
  PROBLEM_STATUS_LABELS,
  '问题整改状态 (OVERDUE: past the deadline, not yet rectified)',
);
export const CandidateRuleEnum = graphqlEnum('ProblemCandidateRule', CANDIDATE_RULES, CANDIDATE_RULE_LABELS, '候选问题的生成规则');

type OriginKind = ProblemOrigin['kind'];
const ORIGIN_KINDS: readonly OriginKind[] = ['CANDIDATE', 'MANUAL', 'VISIT_POINT'];
export const ORIGIN_LABELS: Record<OriginKind, string> = { CANDIDATE: '系统生成', MANUAL: '人工提出', VISIT_POINT: '督导点题' };
export const ProblemOriginKindEnum = graphqlEnum('ProblemOriginKind', ORIGIN_KINDS, ORIGIN_LABELS, '问题来源');

@ObjectType('ProblemCandidate', { description: '候选问题: suggested by the figures; adopt it to put it on the list' })
export class ProblemCandidateType {
  @Field({ description: 'Stable for the rule, unit and month' })
  key: string;

  @Field(() => CandidateRuleEnum)
  rule: CandidateRule;

  @Field()
  ruleLabel: string;

  @Field(() => ID)
  unitId: string;

  @Field()
  unitName: string;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => RatioValue, { nullable: true, description: 'The exact figures behind it (e.g. cases against last year)' })
  ratio: RatioValue | null;

  @Field(() => EvidenceType)
  evidence: EvidenceType;
}

@ObjectType('ProblemOwner', { description: '整改责任人' })
export class ProblemOwnerType {
  @Field(() => ID)
  chiefId: string;

  @Field()
  name: string;

  @Field(() => ChiefRoleEnum)
  role: ChiefRole;

  @Field()
  roleLabel: string;

  @Field(() => ID)
  unitId: string;
}

@ObjectType('ProblemOrigin', { description: '问题来源' })
export class ProblemOriginType {
  @Field(() => ProblemOriginKindEnum)
  kind: OriginKind;

  @Field()
  kindLabel: string;

  @Field(() => String, { nullable: true, description: 'CANDIDATE: the candidate adopted' })
  candidateKey: string | null;

  @Field(() => CandidateRuleEnum, { nullable: true })
  rule: CandidateRule | null;

  @Field(() => ID, { nullable: true, description: 'VISIT_POINT: the visit' })
  visitId: string | null;

  @Field(() => Int, { nullable: true })
  pointNumber: number | null;

  @Field(() => DayScalar, { nullable: true })
  visitDay: string | null;
}

@ObjectType('ProblemRectification', { description: '整改情况 as reported' })
export class ProblemRectificationType {
  @Field()
  text: string;

  @Field(() => [String])
  references: string[];
}

@ObjectType('ProblemHistoryStep', { description: "One step of a problem's history" })
export class ProblemHistoryStepType {
  @Field({ description: 'The event recorded, e.g. ProblemRectified' })
  step: string;

  @Field({ description: 'e.g. 报告整改完成' })
  stepLabel: string;

  @Field(() => ProblemStatusEnum, { description: 'The stage the step left the problem in' })
  stage: ProblemStatus;

  @Field()
  stageLabel: string;

  @Field(() => String, { nullable: true, description: 'The title, plan, rectification, note or reason given' })
  note: string | null;

  @Field(() => [String])
  references: string[];

  @Field(() => SupervisionActorType)
  by: SupervisionActorType;

  @Field()
  recordedAt: string;

  @Field(() => ID)
  eventId: string;
}

@ObjectType('Problem', { description: '问题清单中的一项' })
export class ProblemType {
  @Field(() => ID)
  problemId: string;

  @Field(() => Int, { description: "第N项 of the month's list" })
  number: number;

  @Field(() => ID)
  countyId: string;

  @Field({ description: 'YYYY-MM' })
  month: string;

  @Field(() => ID, { description: 'The county or the station the problem is about' })
  unitId: string;

  @Field()
  unitName: string;

  @Field(() => ProblemOriginType)
  origin: ProblemOriginType;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => EvidenceType, { nullable: true, description: '依据, frozen when raised' })
  evidence: EvidenceType | null;

  @Field(() => ProblemOwnerType)
  owner: ProblemOwnerType;

  @Field(() => DayScalar, { description: '整改期限' })
  deadline: string;

  @Field(() => ProblemStatusEnum)
  status: ProblemStatus;

  @Field({ description: 'e.g. 整改中, 逾期(待整改)' })
  statusLabel: string;

  @Field({ description: 'Past the deadline and not yet rectified' })
  overdue: boolean;

  @Field(() => String, { nullable: true, description: '整改方案' })
  plan: string | null;

  @Field(() => ProblemRectificationType, { nullable: true })
  rectification: ProblemRectificationType | null;

  @Field(() => String, { nullable: true, description: 'The reason of the latest refused verification' })
  refusalReason: string | null;

  @Field()
  raisedAt: string;

  @Field(() => SupervisionActorType)
  raisedBy: SupervisionActorType;

  @Field(() => [ProblemHistoryStepType], { description: 'Every step, oldest first' })
  history: ProblemHistoryStepType[];
}

@ObjectType('ProblemList', { description: "问题清单: a county's problems of a month, and the candidates not yet on it" })
export class ProblemListType {
  @Field(() => ID)
  countyId: string;

  @Field()
  countyName: string;

  @Field()
  month: string;

  @Field({ description: 'e.g. 2026年5月' })
  monthLabel: string;

  @Field(() => [ProblemType])
  problems: ProblemType[];

  @Field(() => [ProblemCandidateType], { description: "Suggested by the month's figures (so far) and not yet adopted" })
  candidates: ProblemCandidateType[];
}

@ObjectType('RaisedProblem', { description: "The outcome of raising a problem, with the problem's id" })
export class RaisedProblemResult extends RecordResult {
  @Field(() => ID)
  problemId: string;
}
