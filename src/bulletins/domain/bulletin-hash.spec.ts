import { BulletinPublished } from '../events/bulletin.events';
import { BulletinContent, DAY_TOTAL_KEYS, DayTotals } from './bulletin-content';
import { HashedFields, bulletinHash, verifyBulletinChain } from './bulletin-hash';

const ZERO = Object.fromEntries(DAY_TOTAL_KEYS.map((k) => [k, 0])) as DayTotals;
const content = (day: string): BulletinContent => ({
  day,
  text: `${day}`,
  figures: { ...ZERO, faceToFaceRate: null, alertsByCounty: [], top: [], bottom: [] },
});

function chain(days: string[]): BulletinPublished['data'][] {
  const result: BulletinPublished['data'][] = [];
  for (const [i, day] of days.entries()) {
    const fields: HashedFields = {
      day,
      number: i + 1,
      content: content(day),
      asOfPosition: String(100 + i),
      previousHash: result[i - 1]?.hash ?? null,
    };
    result.push({ ...fields, hash: bulletinHash(fields) });
  }
  return result;
}

describe('bulletinHash', () => {
  it('is the sha256 of the canonical JSON of the frozen fields', () => {
    const fields: HashedFields = { day: '2026-04-17', number: 1, content: content('2026-04-17'), asOfPosition: '7', previousHash: null };
    expect(bulletinHash(fields)).toMatch(/^[0-9a-f]{64}$/);
    const reordered: HashedFields = { previousHash: null, asOfPosition: '7', content: fields.content, number: 1, day: '2026-04-17' };
    expect(bulletinHash(JSON.parse(JSON.stringify(reordered)))).toBe(bulletinHash(fields));
  });

  it('ignores the stored hash itself, so a stored bulletin can be rehashed as it is', () => {
    const [bulletin] = chain(['2026-04-17']);
    expect(bulletinHash({ ...bulletin, hash: 'anything' } as HashedFields)).toBe(bulletin.hash);
  });
});

describe('verifyBulletinChain', () => {
  it('accepts an intact chain, and an empty one', () => {
    expect(verifyBulletinChain(chain(['2026-04-17', '2026-04-18', '2026-04-16']))).toEqual({ checked: 3, firstBroken: null });
    expect(verifyBulletinChain([])).toEqual({ checked: 0, firstBroken: null });
  });

  it('finds a bulletin whose content was changed after publication', () => {
    const bulletins = chain(['2026-04-17', '2026-04-18', '2026-04-19']);
    bulletins[1] = { ...bulletins[1], content: { ...bulletins[1].content, text: '改过的正文' } };
    const { checked, firstBroken } = verifyBulletinChain(bulletins);
    expect(checked).toBe(2);
    expect(firstBroken).toEqual({ number: 2, day: '2026-04-18', problem: expect.stringContaining('the hash does not match the content') });
  });

  it('finds a link to a previous bulletin that is not the one before', () => {
    const bulletins = chain(['2026-04-17', '2026-04-18', '2026-04-19']);
    bulletins[2] = { ...bulletins[2], previousHash: bulletins[0].hash };
    expect(verifyBulletinChain(bulletins).firstBroken).toEqual({
      number: 3,
      day: '2026-04-19',
      problem: 'previousHash is not the hash of 第2期',
    });
  });

  it('finds a missing publication by its numbering', () => {
    const [a, , c] = chain(['2026-04-17', '2026-04-18', '2026-04-19']);
    expect(verifyBulletinChain([a, c]).firstBroken).toEqual({ number: 3, day: '2026-04-19', problem: 'publication 2 is numbered 第3期' });
  });

  it('finds a first bulletin that claims a predecessor', () => {
    const [a] = chain(['2026-04-17']);
    const claimed = { ...a, previousHash: 'f'.repeat(64) };
    expect(verifyBulletinChain([{ ...claimed, hash: bulletinHash(claimed) }]).firstBroken?.problem).toBe(
      'the first bulletin names a previous hash',
    );
  });
});
