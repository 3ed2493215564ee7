import { createHash } from 'node:crypto';
import { Day } from '../../common/business-day';
import { BulletinPublished } from '../events/bulletin.events';
import { canonicalJson } from './canonical-json';

type Published = BulletinPublished['data'];
export type HashedFields = Omit<Published, 'hash'>;

export function bulletinHash({ day, number, content, asOfPosition, previousHash }: HashedFields): string {
  return createHash('sha256').update(canonicalJson({ day, number, content, asOfPosition, previousHash })).digest('hex');
}

export interface BrokenLink {
  number: number;
  day: Day;
  problem: string;
}

export interface ChainCheck {
  /** How many bulletins were checked: all of them, or up to and including the first broken one. */
  checked: number;
  firstBroken: BrokenLink | null;
}

/** Checks the bulletins in publication order: numbering, each hash against its content, each link to the one before. */
export function verifyBulletinChain(bulletins: Published[]): ChainCheck {
  for (const [i, bulletin] of bulletins.entries()) {
    const problem = linkProblem(bulletin, bulletins[i - 1] ?? null, i + 1);
    if (problem) return { checked: i + 1, firstBroken: { number: bulletin.number, day: bulletin.day, problem } };
  }
  return { checked: bulletins.length, firstBroken: null };
}

function linkProblem(bulletin: Published, previous: Published | null, expectedNumber: number): string | null {
  if (bulletin.number !== expectedNumber) return `publication ${expectedNumber} is numbered 第${bulletin.number}期`;
  if (previous === null && bulletin.previousHash !== null) return 'the first bulletin names a previous hash';
  if (previous !== null && bulletin.previousHash !== previous.hash) return `previousHash is not the hash of 第${previous.number}期`;
  const recomputed = bulletinHash(bulletin);
  if (bulletin.hash !== recomputed) return `the hash does not match the content (recomputed ${recomputed})`;
  return null;
}
