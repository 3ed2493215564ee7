import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IndexCheckOptions } from '../../src/read-store/index-check';
import { TableSpec } from '../../src/read-store/read-store.port';
import { SqliteReadStore } from '../../src/read-store/sqlite/sqlite-read-store';
import { indexCheckContract } from './read-store-index-check.contract';
import { readStoreContract } from './sqlite-read-store.contract';
import { tablesIn } from '../support/sqlite-tables';

const dir = mkdtempSync(join(tmpdir(), 'read-store-'));
let files = 0;
const nextFile = () => join(dir, `nested-${++files}`, 'read-models.sqlite');

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const makeStore = async (options: IndexCheckOptions) => new SqliteReadStore({ file: nextFile(), ...options });
readStoreContract('SqliteReadStore', makeStore);
indexCheckContract('SqliteReadStore', makeStore);

describe('SqliteReadStore specifics', () => {
  const COUNTS: TableSpec = { name: 'counts', columns: { id: 'text', n: 'integer', tags: 'json' }, key: ['id'], indexes: [['n']] };
  const bump = (id: string, checkpoint: bigint) => ({
    projection: 'p',
    changes: [{ op: 'inc' as const, table: 'counts', key: { id }, values: { n: 1 } }],
    checkpoint,
  });

  it('creates the file in WAL mode, with one physical table per generation', async () => {
    const file = nextFile();
    const store = new SqliteReadStore({ file });
    await store.ensureTables('p', [COUNTS], 1);
    expect(tablesIn(file)).toEqual(['counts__g1', 'leases', 'projection_generations', 'projections']);

    const target = await store.beginRebuild('p', [COUNTS], 2);
    expect(tablesIn(file)).toEqual(['counts__g1', 'counts__g2', 'leases', 'projection_generations', 'projections']);
    await target.activate();
    expect(tablesIn(file)).toEqual(['counts__g2', 'leases', 'projection_generations', 'projections']);

    const db = new Database(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'counts__g2'").pluck().all()).toEqual([
      'counts__g2__n',
    ]);
    db.close();
    await store.dispose();
  });

  it('reopens a file with its active generation, checkpoint and rows', async () => {
    const file = nextFile();
    const first = new SqliteReadStore({ file });
    await first.ensureTables('p', [COUNTS], 1);
    const target = await first.beginRebuild('p', [COUNTS], 2);
    await target.apply(bump('x', 4n));
    await target.activate();
    await first.dispose();

    const second = new SqliteReadStore({ file });
    await second.ensureTables('p', [COUNTS], 1);
    expect(await second.storedVersion('p')).toMatchObject({ version: 2 });
    expect(await second.checkpoint('p')).toBe(4n);
    expect(await second.findOne('counts', { id: 'x' })).toEqual({ id: 'x', n: 1, tags: null });
    await second.dispose();
  });

  it('discards what an interrupted rebuild left behind', async () => {
    const file = nextFile();
    const first = new SqliteReadStore({ file });
    await first.ensureTables('p', [COUNTS], 1);
    await first.apply(bump('x', 1n));
    const interrupted = await first.beginRebuild('p', [COUNTS], 2);
    await interrupted.apply(bump('y', 9n));
    await first.dispose();

    const second = new SqliteReadStore({ file });
    expect(await second.find('counts')).toEqual([{ id: 'x', n: 1, tags: null }]);
    const target = await second.beginRebuild('p', [COUNTS], 2);
    expect(await target.checkpoint()).toBe(0n);
    await target.activate();
    expect(tablesIn(file)).toEqual(['counts__g2', 'leases', 'projection_generations', 'projections']);
    await second.dispose();
  });

  it('rejects identifiers it could not quote safely', async () => {
    const store = new SqliteReadStore({ file: nextFile() });
    await expect(store.ensureTables('p', [{ name: 'bad"name', columns: { id: 'text' }, key: ['id'] }], 1)).rejects.toThrow(/identifier/);
    await expect(store.ensureTables('p', [{ name: 'ok', columns: { id: 'text' }, key: ['missing'] }], 1)).rejects.toThrow(/missing/);
    await store.dispose();
  });
});
