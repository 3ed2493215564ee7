import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '../../common/graphql/enum';
import { DateTimeScalar } from '../../common/graphql/scalars';
import { AUDIT_KINDS, AUDIT_KIND_LABELS, AuditKind } from '../domain/corrections';

export const AuditKindEnum = graphqlEnum('AuditKind', AUDIT_KINDS, AUDIT_KIND_LABELS, '记录事实, 或更正此前记录的事实');

@ObjectType({ description: '操作人: 记录事件时的身份' })
export class AuditActorType {
  @Field({ description: '账号 (令牌的 subject)' })
  subject: string;

  @Field(() => String, { nullable: true, description: '姓名; 启用令牌前记录的事件没有' })
  name: string | null;

  @Field({ description: '角色, 如 RECORDER' })
  role: string;

  @Field({ description: '角色名称, 如 录入员/对接系统' })
  roleLabel: string;

  @Field(() => [ID], { nullable: true, description: '令牌所服务的单位; 启用令牌前记录的事件没有' })
  units: string[] | null;
}

@ObjectType({ description: '审计记录: 谁在何时为哪个单位记录或更正了哪个事件' })
export class AuditEntryType {
  @Field(() => ID, { description: '事件编号' })
  eventId: string;

  @Field({ description: '分页游标 (事件在全库中的位置)' })
  cursor: string;

  @Field({ description: '事件类型, 如 CaseFiled' })
  type: string;

  @Field({ description: '事件名称, 如 立案(发案)' })
  typeLabel: string;

  @Field(() => AuditKindEnum)
  kind: AuditKind;

  @Field({ description: '记录 / 更正' })
  kindLabel: string;

  @Field(() => ID, { nullable: true, description: '所更正事件的编号 (仅更正)' })
  correctsEventId: string | null;

  @Field(() => String, { nullable: true, description: '更正内容 (仅更正)' })
  correctionSummary: string | null;

  @Field(() => String, { nullable: true, description: '更正原因 (仅更正)' })
  reason: string | null;

  @Field(() => ID, { description: '事件所属单位' })
  unitId: string;

  @Field(() => String, { nullable: true, description: '单位名称' })
  unitName: string | null;

  @Field({ description: '事件流, 如 case-AJ-1' })
  streamId: string;

  @Field(() => DateTimeScalar, { description: '事实发生时间' })
  occurredAt: string;

  @Field(() => DateTimeScalar, { description: '记录时间' })
  recordedAt: string;

  @Field(() => AuditActorType, { description: '操作人' })
  actor: AuditActorType;

  @Field({ description: '来源, 如 graphql 或对接系统名' })
  source: string;

  @Field({ description: '关联编号: 同一请求产生的事件相同' })
  correlationId: string;

  @Field(() => String, { nullable: true, description: '补录原因 (仅补录: 事实发生后超过规定天数才记录)' })
  lateReason: string | null;

  @Field(() => Int, { nullable: true, description: '补录: 事实发生后第几天才记录 (仅补录)' })
  daysLate: number | null;
}

@ObjectType({ description: '审计轨迹的一页, 最新在前' })
export class AuditTrailPageType {
  @Field(() => [AuditEntryType])
  entries: AuditEntryType[];

  @Field(() => String, { nullable: true, description: '本页最后一条的游标: 作为 after 传入取下一页; 本页为空时为空' })
  endCursor: string | null;

  @Field({ description: '是否还有更早的记录' })
  hasNextPage: boolean;
}

@ObjectType({ description: '一个事件的审计: 谁记录了它, 以及此后谁在何时因何更正了它' })
export class EventAuditType {
  @Field(() => AuditEntryType)
  entry: AuditEntryType;

  @Field(() => [AuditEntryType], { description: '针对该事件的更正, 按时间先后' })
  corrections: AuditEntryType[];
}
