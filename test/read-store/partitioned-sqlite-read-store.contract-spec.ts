import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IndexCheckOptions } from '../../src/read-store/index-check';
import { TableSpec } from '../../src/read-store/read-store.port';
import { PartitionedSqliteReadStore } from '../../src/read-store/sqlite/partitioned-sqlite-read-store';
import { SqliteReadStore } from '../../src/read-store/sqlite/sqlite-read-store';
import { indexCheckContract } from './read-store-index-check.contract';
import { readStoreContract } from './sqlite-read-store.contract';
import { tablesIn } from '../support/sqlite-tables';

const dir = mkdtempSync(join(tmpdir(), 'partitioned-read-store-'));
let stores = 0;
const nextDir = () => join(dir, `store-${++stores}`);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Projection "p" in `part.sqlite`, every other one in `main.sqlite`. */
const openAt = (at: string, options: IndexCheckOptions = {}) =>
  new PartitionedSqliteReadStore({
    file: join(at, 'main.sqlite'),
    partitions: [{ file: join(at, 'part.sqlite'), projections: ['p'] }],
    ...options,
  });

// The contract's projection "p" in a partition, "q" and the others in the main file: every rule holds across files.
const makeStore = async (options: IndexCheckOptions) => openAt(nextDir(), options);
readStoreContract('PartitionedSqliteReadStore', makeStore);
indexCheckContract('PartitionedSqliteReadStore', makeStore);

describe('PartitionedSqliteReadStore specifics', () => {
  const COUNTS: TableSpec = { name: 'counts', columns: { id: 'text', n: 'integer' }, key: ['id'] };
  const bump = (projection: string, checkpoint: bigint) => ({
    projection,
    changes: [{ op: 'inc' as const, table: 'counts', key: { id: 'a' }, values: { n: 1 } }],
    checkpoint,
  });
  const countsTablesIn = (file: string) => tablesIn(file).filter((name) => name.startsWith('counts'));

  it('keeps a partition’s projection in its own file and the others in the main file', async () => {
    const at = nextDir();
    const store = openAt(at);
    await store.ensureTables('p', [COUNTS], 1);
    await store.apply(bump('p', 1n));
    await store.dispose();
    expect(countsTablesIn(join(at, 'part.sqlite'))).toEqual(['counts__g1']);
    expect(countsTablesIn(join(at, 'main.sqlite'))).toEqual([]);
  });

  it('given a projection moved into a partition, when the store opens, then its old tables leave the main file and it starts afresh', async () => {
    const at = nextDir();
    const single = new SqliteReadStore({ file: join(at, 'main.sqlite') });
    await single.ensureTables('p', [COUNTS], 1);
    await single.apply(bump('p', 7n));
    await single.dispose();

    const store = openAt(at);
    expect(await store.storedVersion('p')).toBeUndefined();
    expect(await store.checkpoint('p')).toBe(0n);
    await store.dispose();
    expect(countsTablesIn(join(at, 'main.sqlite'))).toEqual([]);
  });

  it('refuses a table name another file’s projection owns', async () => {
    const at = nextDir();
    const store = openAt(at);
    await store.ensureTables('p', [COUNTS], 1);
    await expect(store.ensureTables('q', [COUNTS], 1)).rejects.toThrow('Table "counts" already belongs to projection "p"');
    await store.dispose();
  });

  it('reads a partition’s generations again once another connection rebuilt them', async () => {
    const at = nextDir();
    const part = join(at, 'part.sqlite');
    const store = openAt(at);
    await store.ensureTables('p', [COUNTS], 1);
    await store.apply(bump('p', 1n));

    const elsewhere = new SqliteReadStore({ file: part });
    const target = await elsewhere.beginRebuild('p', [COUNTS], 2);
    await target.apply(bump('p', 5n));
    await target.apply(bump('p', 6n));
    await target.activate();
    await elsewhere.dispose();

    store.reloadPartition(part);
    expect(await store.storedVersion('p')).toEqual(expect.objectContaining({ version: 2 }));
    expect(await store.find('counts')).toEqual([{ id: 'a', n: 2 }]);
    expect(await store.checkpoint('p')).toBe(6n);
    await store.dispose();
  });
});
