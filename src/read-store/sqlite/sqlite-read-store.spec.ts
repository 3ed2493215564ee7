import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TableSpec } from '../read-store.port';
import { SqliteReadStore } from './sqlite-read-store';

const TRAIL: TableSpec = { name: 'trail', columns: { position: 'integer', eventId: 'text' }, key: ['position'], indexes: [['eventId']] };

/** Behaviour of the SQLite file itself; the port's behaviour is covered by the contract suite. */
describe('SqliteReadStore rebuilds', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'sqlite-read-store-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const indexesOf = (file: string) => {
    const db = new Database(file, { readonly: true });
    const names = (
      db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'trail__g%'`).all() as Array<{ name: string }>
    ).map((r) => r.name);
    db.close();
    return names.sort();
  };

  it('fills a new generation without its secondary indexes and builds them when it is activated', async () => {
    const file = join(dir, 'read.sqlite');
    const store = new SqliteReadStore({ file });
    await store.ensureTables('trail', [TRAIL], 1);
    expect(indexesOf(file)).toEqual(['trail__g1__eventId']);
    const target = await store.beginRebuild('trail', [TRAIL], 2);
    await target.apply({
      projection: 'trail',
      checkpoint: 1n,
      changes: [{ op: 'insert', table: 'trail', row: { position: 1, eventId: 'evt-1' } }],
    });
    expect(indexesOf(file)).toEqual(['trail__g1__eventId']);
    await target.activate();
    expect(indexesOf(file)).toEqual(['trail__g2__eventId']);
    expect(await store.find('trail', { where: { eventId: 'evt-1' } })).toEqual([{ position: 1, eventId: 'evt-1' }]);
    await store.dispose();
  });
});
