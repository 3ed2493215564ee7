import { RecordResult } from '../../recording/record-result.type';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '../../common/graphql/enum';
import { DateTimeScalar } from '../../common/graphql/scalars';
import { NOTIFICATION_KINDS, NOTIFICATION_KIND_LABELS, NotificationKind } from '../domain/notification-kinds';

export const NotificationKindEnum = graphqlEnum('NotificationKind', NOTIFICATION_KINDS, NOTIFICATION_KIND_LABELS, '通知类别');

@ObjectType('Notification', { description: '通知: an item addressed to the signed-in officer' })
export class NotificationType {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKindEnum)
  kind: NotificationKind;

  @Field({ description: 'e.g. 工作提示函, 约谈, 申诉复核' })
  kindLabel: string;

  @Field({ description: 'e.g. 收到工作提示函：明公基管提〔2026〕3号' })
  title: string;

  @Field(() => String, { nullable: true, description: "A second line: the letter's subject, the unit, the reason" })
  detail: string | null;

  @Field(() => DateTimeScalar, { description: 'When it happened (recorded)' })
  at: string;

  @Field({ description: 'Global position of the event that made it news (a decimal string)' })
  position: string;

  @Field({ description: 'Read: at or before the officer’s read mark' })
  read: boolean;

  @Field(() => ID, { description: 'The letter, problem, interview, listing or appeal' })
  itemId: string;

  @Field({ description: 'The screen of the officers’ application showing the item, e.g. /letters?letter=L-3' })
  link: string;
}

@ObjectType('Notifications', { description: '我的通知: the latest items addressed to the signed-in officer and how many are unread' })
export class NotificationsType {
  @Field(() => Int, { description: `Unread items, counted up to 100` })
  unreadCount: number;

  @Field({ description: 'The officer’s read mark: everything up to this position is read ("0" before the first)' })
  readUpTo: string;

  @Field({ description: 'The position of his newest item ("0" when none): pass it to markNotificationsRead to mark all read' })
  latestPosition: string;

  @Field(() => [NotificationType], { description: 'Newest first' })
  items: NotificationType[];
}

@ObjectType('MarkedNotificationsResult', {
  description: '全部标为已读: the read mark recorded (no events when it had been read already), and the bell after it',
})
export class MarkedNotificationsResult extends RecordResult {
  @Field(() => NotificationsType)
  notifications: NotificationsType;
}
