import { FoldedChanges, patchesOfDrained } from './folded-changes';
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
      { op: 'inc', table: 'days', key: { area: 'a', day: 'd1' }, values: { n: 3, m: 5 }, position: 2n },
      { op: 'push', table: 'days', key: { area: 'a', day: 'd1' }, column: 'sources', items: [1, 2, 3], position: 2n },
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
      expect.objectContaining({ op: 'upsert', values: { n: 11, label: 'x', sources: [7, 8] } }),
      expect.objectContaining({ op: 'inc', values: { m: 1 } }),
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
      { op: 'upsert', table: 'days', key: { area: 'a', day: 'd1' }, values: {}, position: undefined },
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
    expect(changes.slice(4).map((change) => change.op === 'upsert' && change.values.text)).toEqual(['nine', 'ten', 'text nine']);
  });

  it('given a delete or insert, then the table’s earlier folds are written before it and later ones after it', () => {
    const changes = fold(
      inc('a', 'd1', { n: 1 }),
      { op: 'delete', table: 'days', key: { area: 'a', day: 'd1' } },
      inc('a', 'd1', { n: 2 }),
      { op: 'insert', table: 'trail', row: { position: 1, text: 'one' } },
    ).drain();
    expect(changes.map((change) => change.op)).toEqual(['inc', 'delete', 'insert', 'inc']);
    expect(changes[3]).toEqual(expect.objectContaining({ values: { n: 2 } }));
  });

  it('reads a drained batch back as the patches it was drained from, without folding it again', () => {
    const changes = (): Change[] => [
      inc('a', 'd1', { n: 4 }, 1n),
      { op: 'upsert', table: 'days', key: { area: 'b', day: 'd1' }, values: { label: 'x' }, position: 2n },
      { op: 'push', table: 'days', key: { area: 'a', day: 'd1' }, column: 'sources', items: [1], position: 3n },
      inc('b', 'd1', { m: 2 }, 4n),
      { op: 'insert', table: 'trail', row: { position: 5, text: 'five' } },
      { op: 'delete', table: 'days', key: { area: 'c', day: 'd2' }, position: 6n },
      inc('a', 'd1', { n: 1 }, 7n),
    ];
    expect(patchesOfDrained(fold(...changes()).drain())).toEqual(fold(...changes()).drainPatches());
  });
});
