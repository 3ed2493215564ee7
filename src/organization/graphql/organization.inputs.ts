import { bilingual } from '../../common/bilingual';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayNotEmpty, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { ID_CHARACTERS, ID_PATTERN, NOT_EMPTY, idFormat } from '../../common/graphql/input-messages';
import { graphqlEnum } from '../../common/graphql/enum';
import { DayScalar } from '../../common/graphql/scalars';
import { CHIEF_ROLES, CHIEF_ROLE_LABELS, ChiefRole, UNIT_LEVELS, UnitLevel } from '../events/organization.events';

export const UnitLevelEnum = graphqlEnum(
  'UnitLevel',
  UNIT_LEVELS,
  {
    CITY: '市局',
    DEPARTMENT: '市局部门',
    COUNTY: '县局/区分局',
    STATION: '派出所/所队',
  },
  '单位层级(三级)',
);
export const ChiefRoleEnum = graphqlEnum('ChiefRole', CHIEF_ROLES, CHIEF_ROLE_LABELS, '六长');

@InputType({ isAbstract: true })
abstract class OrganizationChangeInput {
  @Field(() => DayScalar, { description: 'The day from which the change holds' })
  @IsString()
  effectiveFrom: string;

  @Field({ nullable: true, description: 'A resend with the same key is recorded once' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  idempotencyKey?: string;
}

@InputType({ description: '新建单位' })
export class CreateUnitInput extends OrganizationChangeInput {
  @Field(() => ID)
  @Matches(ID_PATTERN, idFormat(ID_CHARACTERS))
  unitId: string;

  @Field(() => UnitLevelEnum)
  @IsIn(UNIT_LEVELS)
  level: UnitLevel;

  @Field()
  @IsString()
  @IsNotEmpty(NOT_EMPTY)
  @MaxLength(100)
  name: string;

  @Field(() => ID, { nullable: true, description: 'The city for departments and counties, the county for stations' })
  @IsOptional()
  @IsString()
  parentId?: string;
}

@InputType({ description: '设定防区及人口' })
export class DefineDefenseAreaInput extends OrganizationChangeInput {
  @Field(() => ID, { description: 'The police station whose jurisdiction this is' })
  @IsString()
  @IsNotEmpty()
  unitId: string;

  @Field()
  @IsString()
  @IsNotEmpty(NOT_EMPTY)
  @MaxLength(100)
  areaName: string;

  @Field(() => Int, { description: '常住人口' })
  @IsInt()
  @Min(0)
  @Max(50_000_000)
  population: number;

  @Field(() => Int, { description: '其中流动人口' })
  @IsInt()
  @Min(0)
  @Max(50_000_000)
  floatingPopulation: number;
}

@InputType({ description: '更新防区人口' })
export class SetDefenseAreaPopulationInput extends OrganizationChangeInput {
  @Field(() => ID)
  @IsString()
  @IsNotEmpty()
  unitId: string;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(50_000_000)
  population: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(50_000_000)
  floatingPopulation: number;
}

@InputType({ description: '任命(六长)' })
export class AppointChiefInput extends OrganizationChangeInput {
  @Field(() => ID)
  @Matches(ID_PATTERN, idFormat(ID_CHARACTERS))
  chiefId: string;

  @Field()
  @IsString()
  @IsNotEmpty(NOT_EMPTY)
  @MaxLength(50)
  name: string;

  @Field(() => ChiefRoleEnum)
  @IsIn(CHIEF_ROLES)
  role: ChiefRole;

  @Field(() => ID)
  @IsString()
  @IsNotEmpty()
  unitId: string;
}

@InputType({ description: '免职' })
export class RemoveChiefInput extends OrganizationChangeInput {
  @Field(() => ID)
  @IsString()
  @IsNotEmpty()
  chiefId: string;
}

@InputType({ description: '副局长分管所队(替换原分管)' })
export class AssignDeputyInput extends OrganizationChangeInput {
  @Field(() => ID)
  @IsString()
  @IsNotEmpty()
  chiefId: string;

  @Field(() => [ID])
  @ArrayNotEmpty({ message: bilingual('至少须列出一个派出所', 'stationIds must list at least one station') })
  @ArrayMaxSize(500)
  @IsString({ each: true })
  stationIds: string[];
}

@InputType({ description: '市局领导挂钩县局(替换原挂钩)' })
export class LinkCityChiefInput extends OrganizationChangeInput {
  @Field(() => ID)
  @IsString()
  @IsNotEmpty()
  chiefId: string;

  @Field(() => [ID])
  @ArrayNotEmpty({ message: bilingual('至少须列出一个县局', 'countyIds must list at least one county') })
  @ArrayMaxSize(100)
  @IsString({ each: true })
  countyIds: string[];
}
