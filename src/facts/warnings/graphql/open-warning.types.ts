import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../../common/graphql/scalars';

@ObjectType('OpenWarning', { description: '待联系的预警指令: received, no contact recorded yet, its deadline near or just past' })
export class OpenWarningType {
  @Field(() => ID, { description: '预警指令编号' })
  instructionId: string;

  @Field(() => ID)
  unitId: string;

  @Field(() => String, { nullable: true, description: '单位名称' })
  unitName: string | null;

  @Field({ description: '预警指令类型, e.g. FUND' })
  kind: string;

  @Field({ description: '预警指令类型名称, e.g. 资金预警' })
  kindLabel: string;

  @Field(() => DateTimeScalar, { description: '接收时间' })
  receivedAt: string;

  @Field(() => DateTimeScalar, { description: '联系期限' })
  deadline: string;

  @Field({ description: '已超过联系期限' })
  overdue: boolean;
}
