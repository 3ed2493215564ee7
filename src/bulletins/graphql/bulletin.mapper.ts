import { PublishedBulletin } from '../projections/bulletins.projection';
import { BulletinType } from './bulletin.types';
import { toFiguresType } from './bulletin-content.mapper';

export function toBulletinType(b: PublishedBulletin): BulletinType {
  return {
    day: b.day,
    number: b.number,
    text: b.content.text,
    figures: toFiguresType(b.content.figures),
    publishedFigures: b.content.figures,
    hash: b.hash,
    previousHash: b.previousHash,
    asOfPosition: b.asOfPosition,
    eventId: b.eventId,
    publishedAt: b.publishedAt,
    publishedBy: b.publishedBy,
  };
}
