import { CommandContext } from '../../../recording/command-context';
import { SqliteEventStore } from '../../../event-store/sqlite/sqlite-event-store';
import { LetterNumberAllocated, letterNumberStream } from '../events/letter.events';
import { allocateLetterNumber } from './letter-issuer';

const context: CommandContext = {
  occurredAt: '2026-04-21T01:00:00.000Z',
  unitId: 'county-sx',
  actor: { subject: 'kp', role: 'EVALUATOR' },
  source: 'spec',
  correlationId: 'c',
  causationId: 'c',
  idempotencyKey: 'issue-key',
};

describe('allocateLetterNumber (on a real event store)', () => {
  let store: SqliteEventStore;
  beforeEach(() => {
    store = new SqliteEventStore({ file: ':memory:' });
  });
  afterEach(() => store.dispose());

  const sequences = async (year: number) =>
    (await store.readStream(letterNumberStream(year))).map((e) => (e.data as LetterNumberAllocated['data']).sequence);

  it('numbers letters issued at the same moment 1..n, no number twice and none skipped', async () => {
    const append = jest.spyOn(store, 'append');
    const letters = ['A', 'B', 'C', 'D', 'E'];
    const numbers = await Promise.all(letters.map((id) => allocateLetterNumber(store, 2026, id, context)));
    // They did collide: appends made with a stale version were refused, then decided again.
    expect(append.mock.calls.length).toBeGreaterThan(letters.length);
    expect([...numbers].sort()).toEqual([1, 2, 3, 4, 5]);
    expect(await sequences(2026)).toEqual([1, 2, 3, 4, 5]);
  });

  it('gives a letter asking again its own number, taking no new one', async () => {
    expect(await allocateLetterNumber(store, 2026, 'A', context)).toBe(1);
    expect(await allocateLetterNumber(store, 2026, 'B', context)).toBe(2);
    expect(await allocateLetterNumber(store, 2026, 'A', { ...context, idempotencyKey: 'another-key' })).toBe(1);
    expect(await sequences(2026)).toEqual([1, 2]);
  });

  it('starts every calendar year at 1', async () => {
    await allocateLetterNumber(store, 2026, 'A', context);
    expect(await allocateLetterNumber(store, 2027, 'B', context)).toBe(1);
    expect(await sequences(2027)).toEqual([1]);
  });
});
