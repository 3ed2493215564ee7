import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { PeriodInfo } from './period.input';

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
