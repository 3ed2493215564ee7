import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('WarningStepTime', {
  description: '预警处置环节用时 (流转、落地核查): 自接收预警指令起的平均分钟数, 与上期、去年同期相比',
})
export class WarningStepTime {
  @Field(() => Int, { description: '本期计时的预警指令数 (已流转或已核查)' })
  count: number;

  @Field(() => String, { nullable: true, description: '本期平均用时 (分钟, 1 位小数); 本期无此环节时为空' })
  averageMinutes: string | null;

  @Field(() => String, { nullable: true })
  previousAverageMinutes: string | null;

  @Field(() => String, { nullable: true })
  lastYearAverageMinutes: string | null;

  @Field(() => String, {
    nullable: true,
    description: '平均用时环比 (1 位小数; 负数为用时缩短, 如 -25.0); 本期或上期无此环节时为空',
  })
  periodOnPeriodPercent: string | null;
}
