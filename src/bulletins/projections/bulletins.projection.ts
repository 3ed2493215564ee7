import { Actor, StoredEvent } from '../../event-store/event-store.port';
import { Projection } from '../../read-store/projection';
import { BulletinPublished } from '../events/bulletin.events';

export const BULLETINS = 'bulletins';

/** A published bulletin as read: the frozen event data, and when, by whom and where in the log. */
export type PublishedBulletin = BulletinPublished['data'] & {
  eventId: string;
  /** Global position of the publication; orders them for the subscription push. */
  position: number;
  publishedAt: string;
  publishedBy: Actor;
};

export function publishedBulletinOf(event: StoredEvent): PublishedBulletin {
  const { day, number, content, asOfPosition, previousHash, hash } = (event as unknown as BulletinPublished).data;
  return {
    day,
    number,
    content,
    asOfPosition,
    previousHash,
    hash,
    eventId: event.id,
    position: Number(event.position),
    publishedAt: event.metadata.recordedAt,
    publishedBy: event.metadata.actor,
  };
}

/** Every published bulletin, one row per day, as it was frozen. */
export const bulletinsProjection: Projection = {
  name: 'bulletins',
  version: 1,
  tables: [
    {
      name: BULLETINS,
      columns: {
        day: 'text',
        number: 'integer',
        content: 'json',
        asOfPosition: 'text',
        previousHash: 'text',
        hash: 'text',
        eventId: 'text',
        position: 'integer',
        publishedAt: 'text',
        publishedBy: 'json',
      },
      key: ['day'],
      indexes: [['position']],
    },
  ],
  eventTypes: ['BulletinPublished'],
  project(event) {
    if (event.type !== 'BulletinPublished') return [];
    return [{ op: 'insert', table: BULLETINS, row: publishedBulletinOf(event) }];
  },
};
