import { bilingual } from '../../../common/bilingual';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { NOT_EMPTY } from '../../../common/graphql/input-messages';
import { ExternalId } from '../../../common/graphql/external-id.decorator';
import { graphqlEnum } from '../../../common/graphql/enum';
import { DayScalar } from '../../../common/graphql/scalars';
import { EvidenceInput } from '../../evidence/graphql/evidence.types';
import { TextField, WorkflowStepInput } from '../../common/graphql/workflow.inputs';
import {
  COMPARATORS,
  Comparator,
  EXIT_INDICATORS,
  EXIT_PERIODS,
  EXIT_PERIOD_LABELS,
  ExitIndicator,
  ExitPeriod,
  MAX_CONSECUTIVE,
  indicatorLabel,
} from '../domain/exit-condition';
import { apiNameOf } from '../../../scoring/graphql/indicator-names';
import { LISTING_STATUSES, LISTING_STATUS_LABELS } from '../domain/listing-status';

export const ExitIndicatorEnum = graphqlEnum(
  'ExitIndicator',
  EXIT_INDICATORS,
  Object.fromEntries(EXIT_INDICATORS.map((k) => [k, indicatorLabel(k)])) as Record<ExitIndicator, string>,
  '摘牌条件的指标: an indicator of the catalogue, or a rate (见面率 …)',
  apiNameOf,
);
export const ExitComparatorEnum = graphqlEnum(
  'ExitComparator',
  COMPARATORS,
  { AT_MOST: '≤ 不超过', LESS_THAN: '< 少于', AT_LEAST: '≥ 不低于' },
  '比较',
);
export const ExitPeriodEnum = graphqlEnum('ExitPeriod', EXIT_PERIODS, EXIT_PERIOD_LABELS, '考核周期');
export const ListingStatusEnum = graphqlEnum(
  'ListingStatus',
  LISTING_STATUSES,
  LISTING_STATUS_LABELS,
  '挂牌状态 (逾期: 过期限仍挂牌, 读取时判定)',
);

@InputType({ isAbstract: true })
abstract class ListingStepInput extends WorkflowStepInput {
  @ExternalId('挂牌编号')
  listingId: string;
}

@InputType({ description: '摘牌条件, e.g. cases AT_MOST "2" per DEKAD, 2 consecutive' })
export class ExitConditionInput {
  @Field(() => ExitIndicatorEnum)
  @IsIn(EXIT_INDICATORS)
  indicator: ExitIndicator;

  @Field(() => ExitComparatorEnum)
  @IsIn(COMPARATORS)
  comparator: Comparator;

  @Field({ description: 'A count ("2"), an amount in yuan for amounts ("5000.00"), a percentage for rates ("95.5")' })
  @IsString()
  threshold: string;

  @Field(() => ExitPeriodEnum)
  @IsIn(EXIT_PERIODS)
  per: ExitPeriod;

  @Field(() => Int, { description: 'In so many completed periods in a row since listing' })
  @IsInt()
  @Min(1, { message: bilingual('连续期数至少为 1', 'consecutive must be at least 1') })
  @Max(MAX_CONSECUTIVE)
  consecutive: number;
}

@InputType({ description: '挂牌整治: a defense area, or a township/street in it' })
export class ListForRectificationInput extends ListingStepInput {
  @Field(() => ID, { description: 'The station whose defense area is listed, or contains the township' })
  @IsString()
  @IsNotEmpty()
  stationId: string;

  @Field({ nullable: true, description: '乡镇街道 name, when a township/street is listed' })
  @IsOptional()
  @IsString()
  @IsNotEmpty(NOT_EMPTY)
  @MaxLength(50)
  township?: string;

  @TextField(500, '挂牌事由')
  reason: string;

  @Field(() => EvidenceInput)
  @ValidateNested()
  @Type(() => EvidenceInput)
  evidence: EvidenceInput;

  @Field(() => DayScalar, { description: '整治期限' })
  @IsString()
  deadline: string;

  @Field(() => [ExitConditionInput], { description: 'All must be met to delist' })
  @ArrayNotEmpty({ message: bilingual('至少须列出一项摘牌条件', 'exitConditions must state at least one condition') })
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => ExitConditionInput)
  exitConditions: ExitConditionInput[];
}

@InputType({ description: '复核: evaluates the exit condition on the figures of the periods completed before asOf' })
export class ReviewListingInput extends ListingStepInput {
  @Field(() => DayScalar, { nullable: true, description: 'Default today' })
  @IsOptional()
  @IsString()
  asOf?: string;
}

@InputType({ description: '延期: once the deadline passed without the exit condition met' })
export class ExtendListingInput extends ListingStepInput {
  @Field(() => DayScalar, { description: 'The new deadline' })
  @IsString()
  deadline: string;

  @TextField(500, '延期原因')
  reason: string;
}

@InputType({ description: '升级为约谈: once the deadline passed without the exit condition met' })
export class EscalateListingInput extends ListingStepInput {
  @TextField(500, '升级原因')
  reason: string;

  @ExternalId('约谈编号, when an interview was ordered', { optional: true })
  interviewId?: string;
}

@InputType({ description: '摘牌: only when the latest review met the exit condition' })
export class DelistInput extends ListingStepInput {
  @Field({ nullable: true, description: '摘牌说明' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}
