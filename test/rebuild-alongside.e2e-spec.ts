import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventStoreFile, openEventStore, openReadStore, readStoreFile, trailsFile } from '../src/app/embedded-stores';
import { ALL_PROJECTIONS } from '../src/app/projections';
import { rebuildAlongside } from '../src/app/rebuild-alongside';
import { seedDemoCity } from '../src/cli/demo/seed-demo-city';
import { AppConfig, loadConfig } from '../src/config/app-config';
import { ReadStore } from '../src/read-store/read-store.port';
import { rebuildProjections } from '../src/read-store/rebuild';
import { tablesIn } from './support/sqlite-tables';

/** Every row of every projection's tables, in a stable order. */
async function everyRow(reads: ReadStore): Promise<Record<string, string[]>> {
  const rows: Record<string, string[]> = {};
  for (const { tables } of ALL_PROJECTIONS) {
    for (const { name } of tables) rows[name] = (await reads.find(name)).map((row) => JSON.stringify(row)).sort();
  }
  return rows;
}

describe('a rebuild with the trails rebuilt alongside, in a worker thread (embedded stores)', () => {
  let dir: string;
  let parallel: AppConfig;
  let sequential: AppConfig;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rebuild-alongside-'));
    parallel = loadConfig({ ...process.env, DATA_DIR: join(dir, 'parallel') });
    sequential = loadConfig({ ...process.env, DATA_DIR: join(dir, 'sequential') });
    const events = openEventStore(parallel);
    await seedDemoCity(events, { until: '2025-01-20' });
    await events.dispose();
    mkdirSync(sequential.dataDir, { recursive: true });
    copyFileSync(eventStoreFile(parallel), eventStoreFile(sequential));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function rebuild(config: AppConfig, withAlongside: boolean) {
    const events = openEventStore(config);
    const reads = openReadStore(config);
    const alongside = withAlongside ? rebuildAlongside(config, reads) : undefined;
    try {
      const shared = alongside?.share(ALL_PROJECTIONS).map((p) => p.name) ?? [];
      const checkpoint = await rebuildProjections(events, reads, ALL_PROJECTIONS, { alongside });
      return { checkpoint, shared, rows: await everyRow(reads) };
    } finally {
      await reads.dispose();
      await events.dispose();
    }
  }

  it('builds the same read models as a rebuild in one thread, the trails in their own file', async () => {
    const one = await rebuild(sequential, false);
    const two = await rebuild(parallel, true);

    expect(two.shared.sort()).toEqual(['audit-trail', 'fact-records']);
    expect(two.checkpoint).toBe(one.checkpoint);
    expect(one.rows.audit_trail.length).toBeGreaterThan(1000);
    expect(two.rows).toEqual(one.rows);
    expect(tablesIn(trailsFile(parallel))).toEqual(expect.arrayContaining(['audit_trail__g1', 'fact_records__g1']));
    expect(tablesIn(readStoreFile(parallel))).not.toContain('audit_trail__g1');
  });

  it('given the worker cannot rebuild, then the error says why', async () => {
    const broken = loadConfig({ ...process.env, DATA_DIR: join(dir, 'broken') });
    mkdirSync(broken.dataDir, { recursive: true });
    writeFileSync(eventStoreFile(broken), 'not a database '.repeat(500));
    const reads = openReadStore(broken);
    try {
      const trails = ALL_PROJECTIONS.filter((p) => p.trail);
      await expect(rebuildAlongside(broken, reads)!.rebuild(trails, 1n, () => undefined, new AbortController().signal)).rejects.toThrow(
        'file is not a database',
      );
    } finally {
      await reads.dispose();
    }
  });
});
