import { Module } from '@nestjs/common';
import { MarkNotificationsReadHandler } from './commands/mark-notifications-read.handler';
import { NotificationsChangedNotifier } from './graphql/notifications-changed.notifier';
import { NotificationsResolver } from './graphql/notifications.resolver';
import { NotificationsReader } from './queries/notifications.reader';

/** 通知: the bell of each officer, read marks as events, and its live changes. */
@Module({
  providers: [NotificationsReader, MarkNotificationsReadHandler, NotificationsResolver, NotificationsChangedNotifier],
})
export class NotificationsModule {}
