import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PeriodInfo } from './period.input';

@ObjectType({ description: '计入的数值: what one fact added to an indicator of the term' })
export class CountedValue {
  @Field()
  indicator: string;

  @Field({ description: '指标名称' })
  label: string;

  @Field({ description: 'A count, or yuan as a decimal string for amounts' })
  value: string;
}

@ObjectType({ description: '得分背后的一条事实: what, where, when, and what it counted' })
export class ScoreFactType {
  @Field(() => ID)
  eventId: string;

  @Field({ description: '事实类别 (接收预警指令, 立案 …)' })
  what: string;

  @Field(() => ID)
  unitId: string;

  @Field({ description: '所队' })
  unitName: string;

  @Field({ description: 'When it happened, Beijing time (+08:00)' })
  occurredAt: string;

  @Field(() => [CountedValue])
  counted: CountedValue[];
}

@ObjectType({ description: '一项得分背后的事实, a page at a time' })
export class ScoreFactsPageType {
  @Field(() => PeriodInfo)
  period: PeriodInfo;

  @Field()
  termKey: string;

  @Field({ description: '计分项名称' })
  termLabel: string;

  @Field(() => [ScoreFactType])
  facts: ScoreFactType[];

  @Field(() => Int, { description: 'Facts behind the term in all, over every page' })
  total: number;

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page; null on the last one' })
  next: string | null;
}
