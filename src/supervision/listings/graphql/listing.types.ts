import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DayScalar } from '../../../common/graphql/scalars';
import { EvidenceType } from '../../evidence/graphql/evidence.types';
import { WorkflowStepType } from '../../common/graphql/workflow-step.types';
import { Comparator, ExitIndicator, ExitPeriod } from '../domain/exit-condition';
import { ListingStatus } from '../domain/listing-status';
import { ExitComparatorEnum, ExitIndicatorEnum, ExitPeriodEnum, ListingStatusEnum } from './listing.inputs';

@ObjectType('ListingTarget', { description: '挂牌对象: a defense area, or a township/street in it' })
export class ListingTargetType {
  @Field(() => ID)
  stationId: string;

  @Field()
  stationName: string;

  @Field(() => String, { nullable: true })
  areaName: string | null;

  @Field(() => String, { nullable: true, description: '乡镇街道' })
  township: string | null;

  @Field({ description: 'e.g. "凤岗防区 凤岗街道"' })
  label: string;
}

@ObjectType('ExitCondition', { description: '摘牌条件' })
export class ExitConditionType {
  @Field(() => ExitIndicatorEnum)
  indicator: ExitIndicator;

  @Field()
  indicatorLabel: string;

  @Field(() => ExitComparatorEnum)
  comparator: Comparator;

  @Field({ description: 'As written: a count, yuan, or a percentage' })
  threshold: string;

  @Field(() => ExitPeriodEnum)
  per: ExitPeriod;

  @Field(() => Int)
  consecutive: number;

  @Field({ description: 'e.g. "发案数每旬≤2, 连续2旬"' })
  text: string;
}

@ObjectType('ListingPeriodFigure', { description: 'One period of a condition as reviewed' })
export class ListingPeriodFigureType {
  @Field(() => DayScalar)
  from: string;

  @Field(() => DayScalar)
  to: string;

  @Field({ description: 'e.g. "2026年3月中旬"' })
  label: string;

  @Field({ description: 'e.g. "3", "5000.00元", "92.1%(35/38)"' })
  value: string;

  @Field()
  met: boolean;
}

@ObjectType('ListingConditionReview')
export class ListingConditionReviewType {
  @Field(() => ExitConditionType)
  condition: ExitConditionType;

  @Field()
  met: boolean;

  @Field(() => Int, { description: 'Of the periods looked at, how many in a row up to the latest met it: 0 to condition.consecutive' })
  periodsMet: number;

  @Field(() => [ListingPeriodFigureType], { description: 'The completed periods since listing looked at, oldest first' })
  periods: ListingPeriodFigureType[];

  @Field(() => String, { nullable: true, description: 'Why it is not met, in Chinese; null when met' })
  unmet: string | null;
}

@ObjectType('ListingReview', { description: '复核: the figures as they read then, frozen' })
export class ListingReviewType {
  @Field(() => Int)
  number: number;

  @Field(() => DayScalar)
  asOf: string;

  @Field({ description: 'Every exit condition met: the listing may be delisted' })
  met: boolean;

  @Field(() => [ListingConditionReviewType])
  conditions: ListingConditionReviewType[];
}

@ObjectType('ExitConditionProgress', { description: '摘牌进度 of one exit condition, on the figures as they stand now' })
export class ExitConditionProgressType {
  @Field(() => ExitConditionType)
  condition: ExitConditionType;

  @Field({ description: 'Met on the completed periods now: a review today would find it met' })
  met: boolean;

  @Field(() => Int, {
    description: 'Of the completed periods looked at, how many in a row up to the latest met it: 0 to condition.consecutive',
  })
  periodsMet: number;

  @Field(() => [ListingPeriodFigureType], { description: 'The completed periods since listing looked at, oldest first' })
  periods: ListingPeriodFigureType[];

  @Field(() => ListingPeriodFigureType, {
    nullable: true,
    description: 'The period under way, its figures so far (to today); null when it began before the listing and will not count',
  })
  current: ListingPeriodFigureType | null;

  @Field(() => String, { nullable: true, description: 'Why it is not met now, in Chinese; null when met' })
  unmet: string | null;
}

@ObjectType('ListingProgress', { description: '摘牌进度: the exit conditions on the figures as they stand today (read, not recorded)' })
export class ListingProgressType {
  @Field(() => DayScalar, { description: 'Today: the periods completed before it are counted' })
  asOf: string;

  @Field({ description: 'Every exit condition met now: a review today would allow delisting' })
  met: boolean;

  @Field(() => [ExitConditionProgressType])
  conditions: ExitConditionProgressType[];
}

@ObjectType('ListingEscalation', { description: '升级为约谈' })
export class ListingEscalationType {
  @Field(() => DayScalar)
  escalatedOn: string;

  @Field()
  reason: string;

  @Field(() => ID, { nullable: true })
  interviewId: string | null;
}

@ObjectType('ListingStep', { description: '挂牌整治的一个环节' })
export class ListingStepType extends WorkflowStepType {}

@ObjectType('Listing', { description: '挂牌整治' })
export class ListingType {
  @Field(() => ID)
  listingId: string;

  @Field(() => ListingStatusEnum)
  status: ListingStatus;

  @Field()
  statusLabel: string;

  @Field({ description: 'The deadline passed while still listed (read today)' })
  overdue: boolean;

  @Field(() => ListingTargetType)
  target: ListingTargetType;

  @Field(() => ID)
  countyId: string;

  @Field()
  reason: string;

  @Field(() => EvidenceType)
  evidence: EvidenceType;

  @Field(() => DayScalar)
  listedOn: string;

  @Field(() => DayScalar, { description: 'The deadline now in force' })
  deadline: string;

  @Field(() => DayScalar)
  originalDeadline: string;

  @Field(() => [ExitConditionType])
  exitConditions: ExitConditionType[];

  @Field(() => ListingReviewType, { nullable: true })
  lastReview: ListingReviewType | null;

  @Field(() => ListingEscalationType, { nullable: true })
  escalation: ListingEscalationType | null;

  @Field(() => DayScalar, { nullable: true })
  delistedOn: string | null;

  @Field(() => String, { nullable: true })
  delistNote: string | null;
}
