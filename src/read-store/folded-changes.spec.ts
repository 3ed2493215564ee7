import { FoldedChanges } from './folded-changes';
import { Change, TableSpec } from './read-store.port';

const tables: TableSpec[] = [
  {
    name: 'days',
    columns: { area: 'text', day: 'text', n: 'integer', m: 'integer', label: 'text', sources: 'list' },
    key: ['area', 'day'],
  },
  { name: 'trail', columns: { position: 'integer', text: 'text' }, key: ['position'] },
];
const inc = (area: string, day: string, values: Record<string, number>, position = 1n): Change => ({
  op: 'inc',
  table: 'days',
  key: { area, day },
  values,
  position,
});
const fold = (...changes: Change[]) => {
  const folded = FoldedChanges.of(tables);
  for (const change of changes) folded.add(change);
  return folded;
};

describe('FoldedChanges', () => {
  it('given incs and pushes on one row, when drained, then it writes the row once with the sums, the items in order and the newest position', () => {
    const folded = fold(
      inc('a', 'd1', { n: 1 }, 1n),
      { op: 'push', table: 'days', key: { area: 'a', day: 'd1' }, column: 'sources', items: [1], position: 1n },
      inc('a', 'd1', { n: 2, m: 5 }, 2n),
      { op: 'push', table: 'days', key: { area: 'a', day: 'd1' }, column: 'sources', items: [2, 3], position: 2n },
    );
    expect(folded.size).toBe(1);
    expect(folded.drain()).toEqual([
      {
        op: 'patch',
        table: 'days',
        key: { area: 'a', day: 'd1' },
        set: {},
        inc: { n: 3, m: 5 },
        push: { sources: [1, 2, 3] },
        position: 2n,
      },
    ]);
    expect(folded.size).toBe(0);
  });

  it('given an upsert between incs, then the set column takes later incs and drops earlier ones, as statements in order would', () => {
    const changes = fold(
      inc('a', 'd1', { n: 4, m: 1 }),
      { op: 'upsert', table: 'days', key: { area: 'a', day: 'd1' }, values: { n: 10, label: 'x', sources: [7] } },
      inc('a', 'd1', { n: 1 }),
      { op: 'push', table: 'days', key: { area: 'a', day: 'd1' }, column: 'sources', items: [8] },
    ).drain();
    expect(changes).toEqual([
      expect.objectContaining({ op: 'patch', set: { n: 11, label: 'x', sources: [7, 8] }, inc: { m: 1 }, push: {} }),
    ]);
  });

  it('keeps the projection’s own list as it was when later pushes extend a list it set', () => {
    const sources = [7];
    fold(
      { op: 'upsert', table: 'days', key: { area: 'a', day: 'd1' }, values: { sources } },
      { op: 'push', table: 'days', key: { area: 'a', day: 'd1' }, column: 'sources', items: [8] },
    ).drain();
    expect(sources).toEqual([7]);
  });

  it('given an upsert naming only the key, then the row is still written', () => {
    expect(fold({ op: 'upsert', table: 'days', key: { area: 'a', day: 'd1' }, values: {} }).drain()).toEqual([
      { op: 'patch', table: 'days', key: { area: 'a', day: 'd1' }, set: {}, inc: {}, push: {}, position: undefined },
    ]);
  });

  it('writes a table’s rows in key order, numbers in numeric order and 1 apart from "1"', () => {
    const changes = fold(
      inc('b', 'd1', { n: 1 }),
      inc('a', 'd2', { n: 1 }),
      inc('a', 'd10', { n: 1 }),
      inc('a', 'd1', { n: 1 }),
      { op: 'upsert', table: 'trail', key: { position: 10 }, values: { text: 'ten' } },
      { op: 'upsert', table: 'trail', key: { position: 9 }, values: { text: 'nine' } },
      { op: 'upsert', table: 'trail', key: { position: '9' }, values: { text: 'text nine' } },
    ).drain();
    expect(changes.map((change) => ('key' in change ? Object.values(change.key).join('/') : ''))).toEqual([
      'a/d1',
      'a/d10',
      'a/d2',
      'b/d1',
      '9',
      '10',
      '9',
    ]);
    expect(changes.slice(4).map((change) => change.op === 'patch' && change.set.text)).toEqual(['nine', 'ten', 'text nine']);
  });

  it('given a delete or insert, then the table’s earlier folds are written before it and later ones after it', () => {
    const changes = fold(
      inc('a', 'd1', { n: 1 }),
      { op: 'delete', table: 'days', key: { area: 'a', day: 'd1' } },
      inc('a', 'd1', { n: 2 }),
      { op: 'insert', table: 'trail', row: { position: 1, text: 'one' } },
    ).drain();
    expect(changes.map((change) => change.op)).toEqual(['patch', 'delete', 'insert', 'patch']);
    expect(changes[3]).toEqual(expect.objectContaining({ inc: { n: 2 } }));
  });

  it('given a patch among other changes of its row, then it folds in as its set, adds and appends in that order', () => {
    const changes = fold(
      inc('a', 'd1', { n: 1, m: 1 }),
      { op: 'patch', table: 'days', key: { area: 'a', day: 'd1' }, set: { m: 5, label: 'y' }, inc: { n: 2, m: 1 }, push: { sources: [9] } },
      inc('a', 'd1', { n: 1 }),
    ).drain();
    expect(changes).toEqual([expect.objectContaining({ set: { m: 6, label: 'y' }, inc: { n: 4 }, push: { sources: [9] } })]);
  });
});
