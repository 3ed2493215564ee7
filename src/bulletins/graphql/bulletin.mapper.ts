import { PublishedBulletin } from '../projections/bulletins.projection';
import { BulletinType } from './bulletin.types';

export function toBulletinType(b: PublishedBulletin): BulletinType {
  return {
    day: b.day,
    number: b.number,
    text: b.content.text,
    figures: b.content.figures,
    hash: b.hash,
    previousHash: b.previousHash,
    asOfPosition: b.asOfPosition,
    eventId: b.eventId,
    publishedAt: b.publishedAt,
    publishedBy: b.publishedBy,
  };
}
