import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '../../../common/graphql/enum';
import { DayScalar } from '../../../common/graphql/scalars';
import { ChiefRole } from '../../../organization/events/organization.events';
import { ChiefRoleEnum } from '../../../organization/graphql/organization.inputs';
import { RecordResult } from '../../../recording/record-result.type';
import { DayRange } from '../../../scoring/graphql/period.input';
import { SupervisionActorType } from '../../common/graphql/supervision-actor.type';

export const SUPERVISION_STATUSES = ['VISITED', 'NOT_VISITED'] as const;
export type SupervisionStatus = (typeof SUPERVISION_STATUSES)[number];
export const SUPERVISION_STATUS_LABELS: Record<SupervisionStatus, string> = { VISITED: '已督导', NOT_VISITED: '未督导' };
export const SupervisionStatusEnum = graphqlEnum('SupervisionStatus', SUPERVISION_STATUSES, SUPERVISION_STATUS_LABELS, '本旬督导状态');

@ObjectType('SupervisionDekad', { description: '旬: days 1–10, 11–20 or 21 to the end of the month' })
export class SupervisionDekadType extends DayRange {
  @Field({ description: 'e.g. "2026年5月中旬"' })
  label: string;
}

@ObjectType('SupervisionVisitPoint', { description: '点题' })
export class SupervisionVisitPointType {
  @Field(() => Int, { description: '第N点, from 1' })
  number: number;

  @Field()
  text: string;

  @Field(() => ID, { nullable: true })
  stationId: string | null;

  @Field(() => String, { nullable: true, description: '所队名称' })
  stationName: string | null;
}

@ObjectType('SupervisionVisit', { description: "旬督导记录: a city chief's visit to a linked county" })
export class SupervisionVisitType {
  @Field(() => ID)
  visitId: string;

  @Field(() => ID)
  chiefId: string;

  @Field({ description: 'As on the visit day' })
  chiefName: string;

  @Field(() => ChiefRoleEnum)
  chiefRole: ChiefRole;

  @Field()
  chiefRoleLabel: string;

  @Field(() => ID)
  countyId: string;

  @Field({ description: 'As on the visit day' })
  countyName: string;

  @Field(() => DayScalar)
  day: string;

  @Field(() => SupervisionDekadType)
  dekad: SupervisionDekadType;

  @Field(() => [SupervisionVisitPointType])
  points: SupervisionVisitPointType[];

  @Field()
  recordedAt: string;

  @Field(() => SupervisionActorType)
  recordedBy: SupervisionActorType;
}

@ObjectType('RecordedSupervisionVisit', { description: "The outcome of recording a visit, with the visit's id" })
export class RecordedVisitResult extends RecordResult {
  @Field(() => ID)
  visitId: string;
}

@ObjectType('LinkedCountySupervision', { description: '挂钩县局的本旬督导情况' })
export class LinkedCountySupervisionType {
  @Field(() => ID)
  countyId: string;

  @Field()
  countyName: string;

  @Field(() => SupervisionStatusEnum)
  status: SupervisionStatus;

  @Field({ description: '已督导 / 未督导' })
  statusLabel: string;

  @Field(() => [DayScalar], { description: 'The days of the dekad the chief visited the county' })
  visitDays: string[];
}

@ObjectType('ChiefDekadSupervision', { description: "One city chief's linked counties in a dekad" })
export class ChiefDekadSupervisionType {
  @Field(() => ID)
  chiefId: string;

  @Field()
  name: string;

  @Field(() => ChiefRoleEnum)
  role: ChiefRole;

  @Field()
  roleLabel: string;

  @Field(() => [LinkedCountySupervisionType], { description: 'Counties linked to the chief on any day of the dekad' })
  counties: LinkedCountySupervisionType[];

  @Field(() => Int, { description: '未督导 counties' })
  unvisited: number;
}

@ObjectType('DekadSupervision', { description: '旬督导情况: which linked counties each city chief has visited' })
export class DekadSupervisionType {
  @Field(() => SupervisionDekadType)
  dekad: SupervisionDekadType;

  @Field(() => [ChiefDekadSupervisionType])
  chiefs: ChiefDekadSupervisionType[];

  @Field(() => Int, { description: '未督导 (chief, county) pairs in all' })
  unvisited: number;
}
