import { NOTIFICATION_KIND_LABELS } from '../domain/notification-kinds';
import { OfficerNotifications } from '../queries/notifications.reader';
import { NotificationsType } from './notification.types';

export function toNotificationsType({ items, unreadCount, readUpTo, latestPosition }: OfficerNotifications): NotificationsType {
  return {
    unreadCount,
    readUpTo: String(readUpTo),
    latestPosition: String(latestPosition),
    items: items.map((row) => ({
      id: row.id,
      kind: row.kind,
      kindLabel: NOTIFICATION_KIND_LABELS[row.kind],
      title: row.title,
      detail: row.detail,
      at: row.at ?? '',
      position: String(row.position),
      read: row.read,
      itemId: row.itemId,
      link: row.link,
    })),
  };
}

/** What the bell shows; a batch that leaves it as it was is not news. */
export const fingerprintOf = (n: NotificationsType): string =>
  JSON.stringify([n.unreadCount, n.readUpTo, n.items.map((i) => [i.id, i.position, i.read, i.title])]);
