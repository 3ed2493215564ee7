import { given } from '../../common/decider.spec-helpers';
import { BulletinPublished } from '../events/bulletin.events';
import { BulletinContent, DAY_TOTAL_KEYS, DayTotals } from './bulletin-content';
import { bulletinHash } from './bulletin-hash';
import { PublishBulletin, bulletinDecider as decider } from './bulletin.decider';

const ZERO = Object.fromEntries(DAY_TOTAL_KEYS.map((k) => [k, 0])) as DayTotals;
const content = (day: string, alerts: number): BulletinContent => ({
  day,
  text: `${day}: ${alerts}`,
  figures: { ...ZERO, alerts, faceToFaceRate: null, alertsByCounty: [], top: [], bottom: [] },
});
const publish = (day: string, extra: Partial<PublishBulletin> = {}): PublishBulletin => ({
  type: 'PublishBulletin',
  day,
  today: '2026-04-20',
  content: content(day, 5),
  asOfPosition: '120',
  ...extra,
});

/** What the decider publishes for a day, given the bulletin before it. */
function published(
  day: string,
  number: number,
  previousHash: string | null,
  frozen: Partial<Pick<PublishBulletin, 'content' | 'asOfPosition'>> = {},
): BulletinPublished {
  const fields = { day, number, content: content(day, 5), asOfPosition: '120', ...frozen, previousHash };
  return { type: 'BulletinPublished', data: { ...fields, hash: bulletinHash(fields) } };
}

const first = published('2026-04-17', 1, null);
const second = published('2026-04-18', 2, first.data.hash);

describe('bulletin decider', () => {
  it('publishes the first bulletin as 第1期 with no previous hash', () => {
    const [event] = given(decider, []).when(publish('2026-04-17')).then([first]);
    expect(event.data.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('numbers the next bulletin and chains it to the hash of the one before', () => {
    given(decider, [first]).when(publish('2026-04-18')).then([second]);
  });

  it('numbers by publication order, not by day: a late bulletin for an earlier day comes next', () => {
    given(decider, [first, second])
      .when(publish('2026-04-16'))
      .then([published('2026-04-16', 3, second.data.hash)]);
  });

  it('freezes the content and position it is given: another content or position gives another hash', () => {
    const recounted = { content: content('2026-04-17', 6) };
    const [other] = given(decider, [])
      .when(publish('2026-04-17', recounted))
      .then([published('2026-04-17', 1, null, recounted)]);
    expect(other.data.hash).not.toBe(first.data.hash);
    const [later] = given(decider, [])
      .when(publish('2026-04-17', { asOfPosition: '121' }))
      .then([published('2026-04-17', 1, null, { asOfPosition: '121' })]);
    expect(later.data.hash).not.toBe(first.data.hash);
  });

  it('refuses a day already published, naming the day and its number', () => {
    given(decider, [first, second]).when(publish('2026-04-17')).thenThrows({
      message: 'the bulletin of 2026-04-17 was already published as 第1期; a published bulletin never changes',
      field: 'day',
    });
  });

  it('refuses a day that has not come yet', () => {
    given(decider, [])
      .when(publish('2026-04-21'))
      .thenThrows({ message: '2026-04-21 has not come yet (today is 2026-04-20)', field: 'day' });
  });

  it('publishes today, and any past day however early', () => {
    given(decider, [])
      .when(publish('2026-04-20'))
      .then([published('2026-04-20', 1, null)]);
    given(decider, [])
      .when(publish('1990-01-01'))
      .then([published('1990-01-01', 1, null)]);
  });

  it('remembers every published day and the last link', () => {
    const { state } = given(decider, [first, second]);
    expect([...state.numbers]).toEqual([
      ['2026-04-17', 1],
      ['2026-04-18', 2],
    ]);
    expect(state.last).toEqual({ number: 2, hash: second.data.hash });
  });
});
