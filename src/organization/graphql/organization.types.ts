import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DayScalar } from '../../common/graphql/scalars';
import { ChiefRole, UnitLevel } from '../events/organization.events';
import { ChiefRoleEnum, UnitLevelEnum } from './organization.inputs';

@ObjectType({ description: '单位 (市局/部门/县局/所队)' })
export class Unit {
  @Field(() => ID)
  unitId: string;

  @Field(() => UnitLevelEnum)
  level: UnitLevel;

  @Field()
  name: string;

  @Field(() => ID, { nullable: true })
  parentId: string | null;

  @Field(() => DayScalar)
  effectiveFrom: string;

  @Field(() => String, { nullable: true, description: '防区名称 (stations only)' })
  areaName: string | null;

  @Field(() => Int, { nullable: true, description: '常住人口 (stations only)' })
  population: number | null;

  @Field(() => Int, { nullable: true, description: '流动人口 (stations only)' })
  floatingPopulation: number | null;
}

@ObjectType({ description: '六长之一' })
export class Chief {
  @Field(() => ID)
  chiefId: string;

  @Field()
  name: string;

  @Field(() => ChiefRoleEnum)
  role: ChiefRole;

  @Field(() => ID)
  unitId: string;

  @Field(() => DayScalar)
  appointedFrom: string;

  @Field(() => DayScalar, { nullable: true })
  removedFrom: string | null;
}
