import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '../../../common/graphql/enum';
import { DayScalar } from '../../../common/graphql/scalars';
import { ACTION_KINDS, ACTION_KIND_LABELS, ActionKind } from '../domain/supervision-overview';

export const ActionKindEnum = graphqlEnum('SupervisionActionKind', ACTION_KINDS, ACTION_KIND_LABELS, '督导问责手段');

@ObjectType()
export class ActionStatusCount {
  @Field(() => ActionKindEnum)
  kind: ActionKind;

  @Field()
  kindLabel: string;

  @Field({ description: "The workflow's own status, e.g. ACKNOWLEDGED, OVERDUE" })
  status: string;

  @Field()
  statusLabel: string;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'Open letters, interviews and listings of one county' })
export class CountyOpenActions {
  @Field(() => ID)
  countyId: string;

  @Field()
  countyName: string;

  @Field(() => [ActionStatusCount])
  counts: ActionStatusCount[];
}

@ObjectType({ description: 'An overdue letter, interview or listing' })
export class OverdueAction {
  @Field(() => ActionKindEnum)
  kind: ActionKind;

  @Field()
  kindLabel: string;

  @Field(() => ID)
  id: string;

  @Field(() => ID)
  countyId: string;

  @Field()
  title: string;

  @Field()
  statusLabel: string;

  @Field(() => DayScalar, { nullable: true })
  deadline: string | null;
}

@ObjectType({ description: '督导问责总览: counts for a period, open items by county and status, overdue items' })
export class SupervisionOverviewType {
  @Field(() => DayScalar)
  from: string;

  @Field(() => DayScalar)
  to: string;

  @Field(() => Int, { description: '工作提示函 issued in the period' })
  letters: number;

  @Field(() => Int, { description: '约谈 held in the period' })
  interviews: number;

  @Field(() => Int, { description: '挂牌整治 placed in the period' })
  listings: number;

  @Field(() => Int, { description: 'Of those, townships/streets (乡镇街道)' })
  townshipsListed: number;

  @Field({ description: 'E.g. "2026年4月1日至2026年4月21日：挂牌整治乡镇（街道）6个，约谈9次，下发工作提示函26份"' })
  summary: string;

  @Field(() => [CountyOpenActions])
  openByCounty: CountyOpenActions[];

  @Field(() => [OverdueAction])
  overdue: OverdueAction[];
}
