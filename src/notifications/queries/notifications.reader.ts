import { Inject, Injectable } from '@nestjs/common';
import { Principal } from '../../common/principal';
import { Condition, ReadStore } from '../../read-store/read-store.port';
import { newestFirst } from '../../read-store/newest-first';
import { NOTIFICATIONS, NOTIFICATION_MARKS, NotificationMarkRow, NotificationRow } from '../projections/notifications.projection';

/** Unread items counted at most: the bell shows 99+ beyond. */
export const MAX_UNREAD = 100;

/** What the bell shows an officer: his latest items, each read or not, and how many are unread. */
export interface OfficerNotifications {
  items: Array<NotificationRow & { read: boolean }>;
  unreadCount: number;
  /** His read mark: everything up to it is read. */
  readUpTo: number;
  /** The position of his newest item (0 when he has none): 全部标为已读 marks up to it. */
  latestPosition: number;
}

type Where = Record<string, Condition>;

/**
 * Whose rows an officer reads: a chief those of his units and of their stations; evaluation staff
 * what came back to staff; everyone what is addressed to him by name.
 */
export function scopesOf(principal: Pick<Principal, 'subject' | 'role' | 'units'>): Where[] {
  const scopes: Where[] = [{ audience: 'SUBJECT', subject: principal.subject }];
  if ((principal.role === 'COUNTY_CHIEF' || principal.role === 'STATION_CHIEF') && principal.units.length > 0) {
    scopes.push({ audience: 'UNIT', unitId: { in: principal.units } }, { audience: 'UNIT', countyId: { in: principal.units } });
  }
  if (principal.role === 'EVALUATION_STAFF') scopes.push({ audience: 'STAFF' });
  return scopes;
}

type Row = NotificationRow & Record<string, unknown>;

@Injectable()
export class NotificationsReader {
  constructor(@Inject(ReadStore) private readonly store: ReadStore) {}

  async readUpTo(subject: string): Promise<number> {
    const mark = await this.store.findOne<NotificationMarkRow & Record<string, unknown>>(NOTIFICATION_MARKS, { subject });
    return mark?.upToPosition ?? 0;
  }

  async forOfficer(principal: Pick<Principal, 'subject' | 'role' | 'units'>, limit: number): Promise<OfficerNotifications> {
    const scopes = scopesOf(principal);
    const readUpTo = await this.readUpTo(principal.subject);
    const [latest, unread] = await Promise.all([this.rows(scopes, 0, limit), this.rows(scopes, readUpTo, MAX_UNREAD, ['id', 'position'])]);
    return {
      items: latest.map((row) => ({ ...row, read: row.position <= readUpTo })),
      unreadCount: unread.length,
      readUpTo,
      latestPosition: latest[0]?.position ?? 0,
    };
  }

  /** The newest rows of any of the scopes after a position, newest first, each once. */
  private async rows(scopes: Where[], after: number, limit: number, columns?: string[]): Promise<NotificationRow[]> {
    const found = await Promise.all(
      scopes.map((where) =>
        this.store.find<Row>(NOTIFICATIONS, {
          where: { ...where, position: { gt: after } },
          orderBy: [['position', 'desc']],
          limit,
          ...(columns && { columns }),
        }),
      ),
    );
    return newestFirst(found, limit, (row) => row.id);
  }
}
