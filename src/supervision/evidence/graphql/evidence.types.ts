import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsString, ValidateNested } from 'class-validator';
import { DateTimeScalar, DayScalar } from '../../../common/graphql/scalars';
import { ChiefRoleEnum } from '../../../organization/graphql/organization.inputs';
import { ChiefRole } from '../../../organization/events/organization.events';
import { Indicators, IndicatorsValue } from '../../../scoring/graphql/indicators.type';
import { PeriodKind } from '../../../scoring/domain/resolve-period';
import { DayRange, PeriodInput, PeriodKindEnum } from '../../../scoring/graphql/period.input';

@InputType({ description: '依据: the unit and period whose figures an action cites, and optionally a published daily bulletin' })
export class EvidenceInput {
  @Field(() => ID, { description: 'A county or a station (defense area)' })
  @IsString()
  unitId: string;

  @Field(() => PeriodInput)
  @ValidateNested()
  @Type(() => PeriodInput)
  period: PeriodInput;

  @Field(() => DayScalar, { nullable: true, description: 'Day of a published 日通报 to cite' })
  @IsOptional()
  @IsString()
  bulletinDay?: string;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      '截至时刻: cite the figures as known at this instant (e.g. the ranking leadership saw), facts recorded later left out; default now',
  })
  @IsOptional()
  @IsString()
  asOf?: string;
}

@ObjectType()
export class BulletinCitationType {
  @Field(() => DayScalar)
  day: string;

  @Field(() => Int, { description: '第N期' })
  number: number;

  @Field()
  hash: string;
}

@ObjectType({ description: '考评周期 of the evidence' })
export class EvidencePeriod extends DayRange {
  @Field(() => PeriodKindEnum)
  kind: PeriodKind;

  @Field({ description: 'e.g. "2026年4月中旬"' })
  label: string;
}

@ObjectType({ description: '依据: the figures an action rested on, frozen when it was raised' })
export class EvidenceType {
  @Field(() => ID)
  unitId: string;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      '数据截至: the instant the figures are as known at (ask the ranking again with it as asOf); null on evidence gathered before it was kept',
  })
  asOf: string | null;

  @Field()
  unitName: string;

  @Field(() => ChiefRoleEnum, { description: 'The ranking the unit was placed in' })
  role: ChiefRole;

  @Field(() => EvidencePeriod)
  period: EvidencePeriod;

  @Field(() => Int, { nullable: true, description: 'null: the unit was not ranked in the period' })
  rank: number | null;

  @Field(() => Int)
  rankedOf: number;

  @Field(() => Float, { nullable: true })
  score: number | null;

  @Field(() => Indicators)
  indicators: IndicatorsValue;

  @Field(() => Indicators, { description: 'The same period a year earlier (同比)' })
  lastYear: IndicatorsValue;

  @Field(() => BulletinCitationType, { nullable: true })
  bulletin: BulletinCitationType | null;

  @Field({ description: 'One line in Chinese, as letters and lists quote it' })
  summary: string;
}
