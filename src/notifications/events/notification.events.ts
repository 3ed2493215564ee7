import { DomainEvent } from '../../common/decider';

/**
 * 通知已读: an officer has read what was addressed to him up to a position of the log. Read
 * marks are events, never edited state: the bell counts what came after the officer's last mark.
 */
export type NotificationsRead = DomainEvent<
  'NotificationsRead',
  {
    /** The officer: his token's subject. */
    subject: string;
    /** Global position (a decimal string) up to which, inclusive, everything addressed to him is read. */
    upToPosition: string;
  }
>;

export type NotificationEvent = NotificationsRead;

export const NOTIFICATION_EVENT_TYPES: readonly NotificationEvent['type'][] = ['NotificationsRead'];

/** One stream per officer: his read marks, in order. */
export const notificationsReadStream = (subject: string) => `notifications-read-${subject}`;
