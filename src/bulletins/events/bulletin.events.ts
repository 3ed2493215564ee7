import { Day } from '../../common/business-day';
import { DomainEvent } from '../../common/decider';
import { BulletinContent } from '../domain/bulletin-content';

/**
 * A daily bulletin (日通报) frozen as published: the content as computed then, never edited. Each
 * publication names the hash of the one before, so the published bulletins form a chain that shows
 * any later change to any of them.
 */
export type BulletinPublished = DomainEvent<
  'BulletinPublished',
  {
    day: Day;
    /** 期号: 第N期, counted in publication order from 1. */
    number: number;
    content: BulletinContent;
    /** The event store's head position when the content was computed (a decimal string). */
    asOfPosition: string;
    /** The hash of the bulletin published before this one; null for the first. */
    previousHash: string | null;
    /** sha256 (hex) of the canonical JSON of day, number, content, asOfPosition and previousHash. */
    hash: string;
  }
>;

/** One stream for all bulletins: numbering and chaining need every publication in order. */
export const BULLETIN_STREAM = 'bulletins';
