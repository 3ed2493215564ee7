import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { graphqlEnum } from '../../common/graphql/enum';
import { DayScalar } from '../../common/graphql/scalars';
import { PERIOD_KINDS, PeriodKind } from '../domain/resolve-period';

export const PeriodKindEnum = graphqlEnum(
  'PeriodKind',
  PERIOD_KINDS,
  {
    DAY: '日',
    DEKAD: '旬 (1–10, 11–20, 21–月末)',
    MONTH: '月',
    QUARTER: '季度',
    YEAR: '年',
    YEAR_TO_DATE: '年初至今 (累计)',
    RANGE: '自定义时段',
  },
  '考评周期',
);

/** The `asOf` argument of rankings, explanations and reports. */
export const AS_OF = '截至时刻: as known at this instant, facts recorded later left out (e.g. the ranking leadership saw); default now';

@InputType({ description: '考评周期: a calendar period around `day`, or RANGE from `from` to `to`' })
export class PeriodInput {
  @Field(() => PeriodKindEnum)
  @IsIn(PERIOD_KINDS)
  kind: PeriodKind;

  @Field(() => DayScalar, { nullable: true, description: 'Any day inside the period (YEAR_TO_DATE: its last day); default today' })
  @IsOptional()
  @IsString()
  day?: string;

  @Field(() => DayScalar, { nullable: true, description: 'RANGE only' })
  @IsOptional()
  @IsString()
  from?: string;

  @Field(() => DayScalar, { nullable: true, description: 'RANGE only' })
  @IsOptional()
  @IsString()
  to?: string;
}

@ObjectType()
export class DayRange {
  @Field(() => DayScalar)
  from: string;

  @Field(() => DayScalar)
  to: string;
}

@ObjectType({ description: '考评周期 as resolved: dates, Chinese label and its comparison periods' })
export class PeriodInfo extends DayRange {
  @Field(() => PeriodKindEnum)
  kind: PeriodKind;

  @Field({ description: 'e.g. "2026年4月中旬"' })
  label: string;

  @Field({ description: 'The period runs past today and stops at today; comparisons cover as many days' })
  partial: boolean;

  @Field(() => DayRange, { description: '上期: baseline of rank changes and 环比' })
  previous: DayRange;

  @Field(() => DayRange, { description: '去年同期: baseline of 同比' })
  lastYear: DayRange;
}
