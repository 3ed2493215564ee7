import { Inject, Injectable } from '@nestjs/common';
import { Day } from '../../common/business-day';
import { ReadStore } from '../../read-store/read-store.port';
import { BULLETINS, PublishedBulletin } from '../projections/bulletins.projection';

/** Reads of the published bulletins. */
@Injectable()
export class BulletinsReader {
  constructor(@Inject(ReadStore) private readonly store: ReadStore) {}

  byDay(day: Day): Promise<PublishedBulletin | undefined> {
    return this.store.findOne<PublishedBulletin>(BULLETINS, { day });
  }

  /** Newest day first. */
  inRange(from: Day, to: Day): Promise<PublishedBulletin[]> {
    return this.store.find<PublishedBulletin>(BULLETINS, { where: { day: { gte: from, lte: to } }, orderBy: [['day', 'desc']] });
  }

  /** Those published after a global position, in publication order. */
  publishedAfter(position: number): Promise<PublishedBulletin[]> {
    return this.store.find<PublishedBulletin>(BULLETINS, { where: { position: { gt: position } }, orderBy: [['position', 'asc']] });
  }

  /** Global position of the latest publication; 0 before any. */
  async lastPosition(): Promise<number> {
    const [last] = await this.store.find<{ position: number }>(BULLETINS, {
      columns: ['position'],
      orderBy: [['position', 'desc']],
      limit: 1,
    });
    return last?.position ?? 0;
  }
}
