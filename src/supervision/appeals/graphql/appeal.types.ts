import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '../../../common/graphql/enum';
import { RecordResult } from '../../../recording/record-result.type';
import { DayScalar } from '../../../common/graphql/scalars';
import { ChiefRole } from '../../../organization/events/organization.events';
import { ChiefRoleEnum } from '../../../organization/graphql/organization.inputs';
import { EvidenceType } from '../../evidence/graphql/evidence.types';
import { SupervisionActorType } from '../../common/graphql/supervision-actor.type';
import { APPEAL_STATUSES, APPEAL_STATUS_LABELS, AppealStatus } from '../domain/appeal-status';
import { APPEAL_OUTCOMES, AppealOutcome } from '../events/appeal.events';

export const AppealOutcomeEnum = graphqlEnum('AppealOutcome', APPEAL_OUTCOMES, APPEAL_STATUS_LABELS, '复核结果');
export const AppealStatusEnum = graphqlEnum('AppealStatus', APPEAL_STATUSES, APPEAL_STATUS_LABELS, '申诉状态 (逾期 is read off the clock)');

@ObjectType('Appellant', { description: '申诉人' })
export class AppellantType {
  @Field(() => ID)
  chiefId: string;

  @Field()
  name: string;

  @Field(() => ChiefRoleEnum)
  role: ChiefRole;

  @Field(() => ID)
  unitId: string;
}

@ObjectType('ContestedFact', { description: '被申诉的事实: an event counted in the contested figures' })
export class ContestedFactType {
  @Field(() => ID)
  eventId: string;

  @Field()
  type: string;

  @Field({ description: '事实类型, e.g. 立案(发案)' })
  typeLabel: string;

  @Field()
  streamId: string;

  @Field(() => ID, { description: 'The defense area it counts for' })
  areaId: string;

  @Field(() => DayScalar, { description: 'The day it counts on' })
  day: string;
}

@ObjectType('AppealCorrection', { description: '更正事件: a correcting event a CORRECTED review cites' })
export class AppealCorrectionType extends ContestedFactType {
  @Field({ description: '记录时间' })
  recordedAt: string;

  @Field({ description: 'What it corrected, in Chinese' })
  summary: string;
}

@ObjectType('AppealReview', { description: '复核' })
export class AppealReviewType {
  @Field(() => AppealOutcomeEnum)
  outcome: AppealOutcome;

  @Field()
  outcomeLabel: string;

  @Field({ description: '复核意见' })
  reasoning: string;

  @Field(() => [AppealCorrectionType])
  corrections: AppealCorrectionType[];

  @Field(() => EvidenceType, { description: 'The contested figures when reviewed (after any correction)' })
  figures: EvidenceType;

  @Field({ description: '复核时间' })
  reviewedAt: string;

  @Field(() => SupervisionActorType, { description: '复核人' })
  reviewedBy: SupervisionActorType;

  @Field(() => ID)
  eventId: string;
}

@ObjectType('AppealWithdrawal', { description: '撤回' })
export class AppealWithdrawalType {
  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field()
  withdrawnAt: string;

  @Field(() => ID)
  eventId: string;
}

@ObjectType('Appeal', { description: '申诉: a chief contests a score or a fact; evaluation staff review it by the deadline' })
export class AppealType {
  @Field(() => ID, { description: 'The id of the filing event' })
  appealId: string;

  @Field(() => AppellantType)
  appellant: AppellantType;

  @Field(() => ID)
  unitId: string;

  @Field()
  unitName: string;

  @Field(() => DayScalar)
  from: string;

  @Field(() => DayScalar)
  to: string;

  @Field(() => ContestedFactType, { nullable: true, description: 'Null: the score itself is contested' })
  contestedFact: ContestedFactType | null;

  @Field({ description: '申诉理由' })
  reason: string;

  @Field(() => DayScalar)
  filedOn: string;

  @Field(() => DayScalar, { description: '复核期限' })
  deadline: string;

  @Field()
  filedAt: string;

  @Field(() => SupervisionActorType)
  filedBy: SupervisionActorType;

  @Field(() => AppealStatusEnum)
  status: AppealStatus;

  @Field({ description: 'e.g. 待复核, 逾期未复核, 已更正' })
  statusLabel: string;

  @Field({ description: 'Unreviewed after the deadline day' })
  overdue: boolean;

  @Field(() => EvidenceType, { description: 'The contested figures when filed' })
  figuresAtFiling: EvidenceType;

  @Field(() => AppealReviewType, { nullable: true })
  review: AppealReviewType | null;

  @Field(() => AppealWithdrawalType, { nullable: true })
  withdrawal: AppealWithdrawalType | null;
}

@ObjectType('FiledAppeal', { description: "The outcome of filing an appeal, with the appeal's id" })
export class FiledAppealResult extends RecordResult {
  @Field(() => ID)
  appealId: string;
}

@ObjectType('ScoreHistoryEntry', { description: 'An appeal of the figures, with the score before and after' })
export class ScoreHistoryEntryType {
  @Field(() => AppealType)
  appeal: AppealType;

  @Field(() => Float, { nullable: true, description: '申诉时得分 (null: not ranked)' })
  scoreBefore: number | null;

  @Field(() => Float, { nullable: true, description: '复核时得分; null before review' })
  scoreAfter: number | null;

  @Field({ description: 'One line in Chinese: who contested what, the outcome, the corrections, the score before and after' })
  line: string;
}

@ObjectType('ScoreHistory', { description: "得分变动记录: a unit's figures now, and the appeals and corrections of them" })
export class ScoreHistoryType {
  @Field(() => ID)
  unitId: string;

  @Field()
  unitName: string;

  @Field(() => DayScalar)
  from: string;

  @Field(() => DayScalar)
  to: string;

  @Field(() => EvidenceType, { description: 'The figures of the days as they read now' })
  current: EvidenceType;

  @Field(() => [ScoreHistoryEntryType], { description: 'Appeals of these days (for a county, of its stations too), oldest first' })
  entries: ScoreHistoryEntryType[];
}
