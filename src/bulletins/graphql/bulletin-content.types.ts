import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { DayScalar, MoneyScalar } from '../../common/graphql/scalars';
import { CountyAlerts, DAY_TOTALS, RankedArea } from '../domain/bulletin-content';

@ObjectType('BulletinCountyAlerts', { description: '各县(区)警情数' })
export class BulletinCountyAlertsType implements CountyAlerts {
  @Field(() => ID)
  countyId: string;

  @Field({ description: '县(区)简称, e.g. 沙县, 大田, 高新区' })
  countyName: string;

  @Field(() => Int, { description: '刑事警情数' })
  alerts: number;
}

@ObjectType('BulletinRankedArea', { description: '通报所列的防区长排名' })
export class BulletinRankedAreaType implements RankedArea {
  @Field(() => Int, { description: '名次' })
  rank: number;

  @Field({ description: '所队' })
  stationName: string;

  @Field(() => String, { nullable: true, description: '县(区)简称' })
  countyName: string | null;

  @Field(() => String, { nullable: true, description: '防区长; null while the post is vacant' })
  chiefName: string | null;

  @Field(() => Float, { description: '得分' })
  score: number;
}

@ObjectType('BulletinFigures', { description: '日通报的数据 (city-wide, for the day)' })
export class BulletinFiguresType {
  @Field(() => Int, { description: DAY_TOTALS.alerts })
  alerts: number;

  @Field(() => [BulletinCountyAlertsType], { description: 'Counties with alerts, most first' })
  alertsByCounty: BulletinCountyAlertsType[];

  @Field(() => Int, { description: DAY_TOTALS.warningsReceived })
  warningsReceived: number;

  @Field(() => Int, { description: DAY_TOTALS.faceToFace })
  faceToFace: number;

  @Field(() => String, { nullable: true, description: '见面率, percent, e.g. "83.3"; null without warnings' })
  faceToFaceRate: string | null;

  @Field(() => Int, { description: DAY_TOTALS.dissuaded })
  dissuaded: number;

  @Field(() => Int, { description: DAY_TOTALS.victimisedAfterWarning })
  victimisedAfterWarning: number;

  @Field(() => Int, { description: DAY_TOTALS.cases })
  cases: number;

  @Field(() => MoneyScalar, { description: DAY_TOTALS.lossFen })
  loss: number;

  @Field(() => Int, { description: DAY_TOTALS.casesSolved })
  casesSolved: number;

  @Field(() => Int, { description: DAY_TOTALS.suspectsApprehended })
  suspectsApprehended: number;

  @Field(() => MoneyScalar, { description: DAY_TOTALS.stoppedFen })
  stopped: number;

  @Field(() => MoneyScalar, { description: DAY_TOTALS.frozenFen })
  frozen: number;

  @Field(() => MoneyScalar, { description: DAY_TOTALS.returnedFen })
  returned: number;

  @Field(() => MoneyScalar, { description: DAY_TOTALS.recoveredFen })
  recovered: number;

  @Field(() => [BulletinRankedAreaType], { description: '防区长排名前3名, with the areas tied with the third' })
  top: BulletinRankedAreaType[];

  @Field(() => [BulletinRankedAreaType], { description: '防区长排名后3名, with the areas tied with them (never repeating a row of top)' })
  bottom: BulletinRankedAreaType[];

  @Field(() => Boolean, { description: '多数防区得分相同: no places named (top and bottom empty)' })
  placesWithheld: boolean;
}

@ObjectType('BulletinContent', { description: '日通报内容: the text leadership reads and the figures behind it' })
export class BulletinContentType {
  @Field(() => DayScalar)
  day: string;

  @Field({ description: '通报正文' })
  text: string;

  @Field(() => BulletinFiguresType)
  figures: BulletinFiguresType;
}
