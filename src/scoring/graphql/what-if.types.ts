import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { PeriodInfo } from './period.input';

@ObjectType({ description: '规则试算中一项计分项的得分变化: its points under the rules in force and under the draft' })
export class WhatIfTermType {
  @Field()
  key: string;

  @Field({ description: '计分项名称' })
  label: string;

  @Field({ description: '考评维度' })
  dimension: string;

  @Field(() => Float, { nullable: true, description: 'Points under the rules in force; null when the draft adds the term' })
  currentPoints: number | null;

  @Field(() => Float, { nullable: true, description: 'Points under the draft; null when the draft removes the term' })
  draftPoints: number | null;

  @Field(() => Float, { description: 'Draft points minus current points (a missing side counts as 0)' })
  change: number;
}

@ObjectType({ description: '规则试算的一行: current and draft rank side by side' })
export class WhatIfRowType {
  @Field(() => ID)
  subjectId: string;

  @Field()
  name: string;

  @Field()
  unitName: string;

  @Field(() => String, { nullable: true })
  countyName: string | null;

  @Field(() => Int, { description: '现行规则名次' })
  currentRank: number;

  @Field(() => Float)
  currentScore: number;

  @Field(() => Int, { description: '草案名次' })
  draftRank: number;

  @Field(() => Float)
  draftScore: number;

  @Field(() => Int, { description: 'Places gained under the draft (negative: lost)' })
  rankChange: number;

  @Field({ description: '"上升", "下降" or "不变"' })
  move: string;

  @Field(() => [WhatIfTermType], {
    description: 'Why it moves: every term’s points under both rule sets, most changed first (rate rule sets only; empty otherwise)',
  })
  terms: WhatIfTermType[];
}

@ObjectType({ description: '规则试算: a draft rule set scored over a period, nothing published' })
export class WhatIfType {
  @Field(() => PeriodInfo)
  period: PeriodInfo;

  @Field()
  draftName: string;

  @Field(() => [WhatIfRowType], { description: 'In current rank order' })
  rows: WhatIfRowType[];

  @Field(() => [WhatIfRowType], { description: 'Rows that move up under the draft, most places first' })
  movedUp: WhatIfRowType[];

  @Field(() => [WhatIfRowType], { description: 'Rows that move down under the draft, most places first' })
  movedDown: WhatIfRowType[];
}
