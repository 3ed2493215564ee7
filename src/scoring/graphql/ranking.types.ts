import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '../../common/graphql/enum';
import { DateTimeScalar } from '../../common/graphql/scalars';
import { ChiefRoleEnum } from '../../organization/graphql/organization.inputs';
import { ChiefRole } from '../../organization/events/organization.events';
import { Trend } from '../domain/rank';
import { Indicators, IndicatorsValue } from './indicators.type';
import { PeriodInfo } from './period.input';
import { ChiefRef, IndicatorComparison } from './scoring.types';

export const TrendEnum = graphqlEnum(
  'Trend',
  ['UP', 'DOWN', 'SAME', 'UNCERTAIN', 'NEW'] as const,
  {
    UP: '上升',
    DOWN: '下降',
    SAME: '持平',
    UNCERTAIN: '名次变化仍在数据的随机波动范围内，不标箭头',
    NEW: '上期无排名',
  },
  '名次变化',
);

@ObjectType({ description: '得分区间 (95%, counts read as Poisson draws)' })
export class ScoreInterval {
  @Field(() => Float)
  low: number;

  @Field(() => Float)
  high: number;
}

@ObjectType({ description: 'The best and worst rank the score interval allows' })
export class RankRange {
  @Field(() => Int)
  best: number;

  @Field(() => Int)
  worst: number;
}

@ObjectType({ description: '同类组: subjects of similar population ranked among themselves' })
export class PeerGroupType {
  @Field(() => Int)
  index: number;

  @Field()
  label: string;
}

@ObjectType({ description: '排名的一行: a defense area, a county, or a chief' })
export class RankingRowType {
  @Field(() => Int, { description: '名次 within the rows returned (ties share a rank: 1, 2, 2, 4)' })
  rank: number;

  @Field(() => Int, { description: '全市名次, before any filter or peer group' })
  overallRank: number;

  @Field(() => RankRange)
  rankRange: RankRange;

  @Field(() => Int, { nullable: true, description: '上期名次' })
  previousRank: number | null;

  @Field(() => Int, { nullable: true, description: 'Places gained since the previous period (negative: lost)' })
  rankChange: number | null;

  @Field(() => TrendEnum)
  trend: Trend;

  @Field({ description: '"↑", "↓", "—", or "" when the move is within noise or there is no previous rank' })
  arrow: string;

  @Field({ description: 'The rank moved, but not surely: the probability of the move is under 0.9' })
  smallNumbers: boolean;

  @Field(() => Float, {
    nullable: true,
    description: 'The probability that the subject truly moved the way its rank did, under both periods’ noise; an arrow needs 0.9',
  })
  moveProbability: number | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => ID, { description: 'The area, county or chief ranked' })
  subjectId: string;

  @Field({ description: "防区, 县局 or the chief's name" })
  name: string;

  @Field(() => ID)
  unitId: string;

  @Field({ description: "所队, 县局 or the chief's unit" })
  unitName: string;

  @Field(() => ID, { nullable: true })
  countyId: string | null;

  @Field(() => String, { nullable: true, description: '县局' })
  countyName: string | null;

  @Field(() => ChiefRef, { nullable: true, description: 'The chief ranked; for areas and counties the one in office on the last day' })
  chief: ChiefRef | null;

  @Field(() => Float, {
    description: "得分: the sum of daily scores, each day under its rules; a chief's day combines its areas (mean by default)",
  })
  score: number;

  @Field(() => ScoreInterval)
  interval: ScoreInterval;

  @Field(() => Float, { nullable: true, description: '上期得分' })
  previousScore: number | null;

  @Field(() => Int, { description: 'Days of the period the subject answered for areas' })
  daysAccountable: number;

  @Field(() => Int, { description: '常住人口 answered for (averaged over those days)' })
  population: number;

  @Field(() => String, { nullable: true, description: '每万人发案 (2 decimals)' })
  casesPer10k: string | null;

  @Field(() => Indicators)
  indicators: IndicatorsValue;

  @Field(() => [IndicatorComparison], { description: '主要指标 with 同比 and 环比' })
  headline: IndicatorComparison[];

  @Field(() => PeerGroupType, { nullable: true })
  peerGroup: PeerGroupType | null;
}

@ObjectType({ description: '三级六长排名' })
export class RankingType {
  @Field(() => ChiefRoleEnum)
  role: ChiefRole;

  @Field()
  roleLabel: string;

  @Field(() => PeriodInfo)
  period: PeriodInfo;

  @Field(() => [RankingRowType])
  rows: RankingRowType[];

  @Field(() => [ChiefRef], { description: 'Chiefs of the role with no stations or counties assigned in the period' })
  unassigned: ChiefRef[];

  @Field(() => DateTimeScalar, { nullable: true, description: '截至时刻: the ranking as known at this instant; null: as known now' })
  asOf: string | null;
}
