import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedDemoCity } from '../src/cli/demo/seed-demo-city';
import { SqliteEventStore } from '../src/event-store/sqlite/sqlite-event-store';
import { caseStream } from '../src/facts/losses/events/loss.events';
import { ProjectionRunner } from '../src/read-store/projection-runner';
import { ReadStore } from '../src/read-store/read-store.port';
import { rebuildProjection } from '../src/read-store/rebuild';
import { SqliteReadStore } from '../src/read-store/sqlite/sqlite-read-store';
import { ALL_PROJECTIONS } from '../src/app/projections';

const quiet = { log: () => undefined, error: (m: string) => console.error(m) };

/** Every row of every projection table, in key order: two stores hold the same state iff equal. */
async function snapshot(store: ReadStore) {
  const tables: Record<string, unknown[]> = {};
  for (const projection of ALL_PROJECTIONS) {
    for (const table of projection.tables) {
      tables[table.name] = await store.find(table.name, { orderBy: table.key.map((k) => [k, 'asc'] as [string, 'asc']) });
    }
  }
  return tables;
}

describe('projection replay over the demo city (Jan–Feb 2025)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'replay-'));
  const events = new SqliteEventStore({ file: join(dir, 'events.sqlite') });
  const live = new SqliteReadStore({ file: join(dir, 'live.sqlite') });
  const runner = new ProjectionRunner(events, live, ALL_PROJECTIONS, { logger: quiet });

  beforeAll(async () => {
    await seedDemoCity(events, { until: '2025-02-28' });
    await runner.start();
    expect(await runner.waitFor(await events.headPosition(), 30_000)).toBe(true);
  });
  afterAll(async () => {
    await runner.stop();
    await events.dispose();
    await live.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('projects the demo events into daily indicators', async () => {
    const rows = await live.find<{ warningsReceived: number }>('daily_indicators', { where: { day: '2025-01-15' } });
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.reduce((s, r) => s + r.warningsReceived, 0)).toBeGreaterThan(20);
  });

  it('gives identical tables when the live projection, a rebuild, and a second full replay are compared', async () => {
    const first = await snapshot(live);
    const replayed = new SqliteReadStore({ file: join(dir, 'replayed.sqlite') });
    try {
      for (const p of ALL_PROJECTIONS) await replayed.ensureTables(p.name, p.tables, p.version);
      for (const p of ALL_PROJECTIONS) await rebuildProjection(events, replayed, p);
      expect(await snapshot(replayed)).toEqual(first);
      // The same events once more: a second rebuild from scratch must not drift either.
      for (const p of ALL_PROJECTIONS) await rebuildProjection(events, replayed, p);
      expect(await snapshot(replayed)).toEqual(first);
    } finally {
      await replayed.dispose();
    }
  });

  it('ignores a batch delivered again after it was applied', async () => {
    const before = await snapshot(live);
    const daily = ALL_PROJECTIONS.find((p) => p.name === 'daily-indicators')!;
    const checkpoint = await live.checkpoint(daily.name);
    const changes = [];
    for await (const batch of events.readAll(0n, 10_000)) for (const e of batch) changes.push(...daily.project(e));
    await live.apply({ projection: daily.name, changes, checkpoint });
    expect(await snapshot(live)).toEqual(before);
  });

  it('puts a late loss correction on the day the case was filed', async () => {
    const [filed] = await live.find<{ caseId: string; areaId: string; day: string; lossFen: number }>('case_losses', {
      orderBy: [['caseId', 'asc']],
      limit: 1,
    });
    const dayRow = async (day: string) =>
      (await live.findOne<{ lossFen: number }>('daily_indicators', { areaId: filed.areaId, day }))?.lossFen ?? 0;
    const lossBefore = await dayRow(filed.day);
    const stream = await events.readStream(caseStream(filed.caseId));
    const caseFiledAt = stream[0].metadata.occurredAt;
    const result = await events.append(
      caseStream(filed.caseId),
      [
        {
          type: 'CaseLossAmended',
          data: { caseId: filed.caseId, lossFen: filed.lossFen + 123_45, previousLossFen: filed.lossFen, caseFiledAt, reason: '补充' },
          metadata: { ...stream[0].metadata, occurredAt: '2025-06-01T02:00:00.000Z', idempotencyKey: `late-amend-${filed.caseId}` },
        },
      ],
      BigInt(stream.length - 1),
    );
    expect(await runner.waitFor(result.lastPosition, 10_000)).toBe(true);
    expect(await dayRow(filed.day)).toBe(lossBefore + 123_45);
    expect(await dayRow('2025-06-01')).toBe(0);
  });
});
