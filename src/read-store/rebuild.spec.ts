import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NewEvent } from '../event-store/event-store.port';
import { DelegatingEventStore } from '../event-store/delegating-event-store.spec-helpers';
import { SqliteEventStore } from '../event-store/sqlite/sqlite-event-store';
import { Projection } from './projection';
import { TableSpec } from './read-store.port';
import { RebuildAlongside, rebuildProjection, rebuildProjections } from './rebuild';
import { SqliteReadStore } from './sqlite/sqlite-read-store';

const tables: TableSpec[] = [{ name: 'totals', columns: { type: 'text', n: 'integer' }, key: ['type'] }];
const totals = (version: number, failOn?: string): Projection => ({
  name: 'totals',
  version,
  tables,
  project: (event) => {
    if (event.type === failOn) throw new Error('no mapping');
    return [{ op: 'inc', table: 'totals', key: { type: event.type }, values: { n: 1 } }];
  },
});

/** The log with positions spread as KurrentDB's byte offsets are: 137 apart. */
class ByteOffsets extends DelegatingEventStore {
  async *readAll(after: bigint, batchSize?: number) {
    for await (const batch of this.inner.readAll(after / 137n, batchSize)) yield batch.map((e) => ({ ...e, position: e.position * 137n }));
  }
  async headPosition() {
    return (await this.inner.headPosition()) * 137n;
  }
}

/** Counts only the events of `type`, which it declares as the one type it maps. */
const only = (type: string): Projection => ({
  name: `only-${type}`,
  version: 1,
  tables: [{ name: `only_${type}`, columns: { type: 'text', n: 'integer' }, key: ['type'] }],
  eventTypes: [type],
  project: (event) => {
    if (event.type !== type) throw new Error(`handed a ${event.type}`);
    return [{ op: 'inc', table: `only_${type}`, key: { type }, values: { n: 1 } }];
  },
});

function events(count: number, type = 'Counted'): NewEvent[] {
  return Array.from({ length: count }, () => {
    const key = `key-${Math.random()}`;
    const at = '2024-03-01T08:00:00.000Z';
    const actor = { subject: 'tester', role: 'ADMIN' };
    const metadata = {
      occurredAt: at,
      recordedAt: at,
      unitId: 'u',
      actor,
      source: 'test',
      correlationId: key,
      causationId: key,
      idempotencyKey: key,
    };
    return { type, data: {}, metadata };
  });
}

describe('rebuildProjection', () => {
  let dir: string;
  let eventStore: SqliteEventStore;
  let readStore: SqliteReadStore;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rebuild-'));
    eventStore = new SqliteEventStore({ file: join(dir, 'events.sqlite') });
    readStore = new SqliteReadStore({ file: join(dir, 'read.sqlite') });
    await readStore.ensureTables('totals', tables, 1);
    await readStore.apply({
      projection: 'totals',
      changes: [{ op: 'inc', table: 'totals', key: { type: 'Stale' }, values: { n: 1 } }],
      checkpoint: 1n,
    });
  });

  afterEach(async () => {
    await eventStore.dispose();
    await readStore.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('replays the whole log into a new generation, reporting progress, then switches to it', async () => {
    await eventStore.append('s-1', events(25), 'any');
    const progress: Array<[number, number]> = [];

    const checkpoint = await rebuildProjection(eventStore, readStore, totals(2), {
      batchSize: 10,
      onProgress: (done, total) => progress.push([done, total]),
    });

    expect(checkpoint).toBe(25n);
    expect(progress).toEqual([
      [10, 25],
      [20, 25],
      [25, 25],
    ]);
    expect(await readStore.find('totals')).toEqual([{ type: 'Counted', n: 25 }]);
    expect(await readStore.checkpoint('totals')).toBe(25n);
    expect(await readStore.storedVersion('totals')).toMatchObject({ version: 2 });
  });

  it('counts progress in events where positions are byte offsets, estimating the total from the share of the log read', async () => {
    await eventStore.append('s-1', events(30), 'any');
    const progress: Array<[number, number]> = [];

    await rebuildProjection(new ByteOffsets(eventStore), readStore, totals(2), {
      batchSize: 10,
      onProgress: (done, total) => progress.push([done, total]),
    });

    expect(progress).toEqual([
      [10, 30],
      [20, 30],
      [30, 30],
    ]);
  });

  it('activates an empty generation for an empty log', async () => {
    expect(await rebuildProjection(eventStore, readStore, totals(2))).toBe(0n);
    expect(await readStore.find('totals')).toEqual([]);
  });

  it('keeps the old generation when the replay fails, and names the event', async () => {
    await eventStore.append('s-1', [...events(3), ...events(1, 'Broken')], 'any');

    await expect(rebuildProjection(eventStore, readStore, totals(2, 'Broken'), { batchSize: 2 })).rejects.toThrow(
      /\(Broken\) at position 4: no mapping/,
    );

    expect(await readStore.find('totals')).toEqual([{ type: 'Stale', n: 1 }]);
    expect(await readStore.storedVersion('totals')).toMatchObject({ version: 1 });
    expect(await readStore.checkpoint('totals')).toBe(1n);
  });

  it('feeds every projection from one read of the log, each only the events of its types, and switches to them all', async () => {
    await eventStore.append('s-1', [...events(3, 'Rare'), ...events(20)], 'any');
    const readAll = jest.spyOn(eventStore, 'readAll');
    const progress: number[] = [];

    const checkpoint = await rebuildProjections(eventStore, readStore, [totals(2), only('Rare')], {
      batchSize: 10,
      onProgress: (done) => progress.push(done),
    });

    expect(readAll).toHaveBeenCalledTimes(1);
    expect(checkpoint).toBe(23n);
    expect(progress).toEqual([10, 20, 23]);
    expect(await readStore.find('totals', { orderBy: [['type', 'asc']] })).toEqual([
      { type: 'Counted', n: 20 },
      { type: 'Rare', n: 3 },
    ]);
    expect(await readStore.find('only_Rare')).toEqual([{ type: 'Rare', n: 3 }]);
    // Past its last event too, so a runner starting from the lowest checkpoint does not read the log again.
    expect(await readStore.checkpoint('only-Rare')).toBe(23n);
    expect(await readStore.storedVersion('totals')).toMatchObject({ version: 2 });
  });

  it('keeps every old generation when one projection fails', async () => {
    const rare = only('Rare');
    await readStore.ensureTables(rare.name, rare.tables, 1);
    await readStore.apply({
      projection: rare.name,
      changes: [{ op: 'inc', table: 'only_Rare', key: { type: 'Old' }, values: { n: 1 } }],
      checkpoint: 1n,
    });
    await eventStore.append('s-1', [...events(3, 'Rare'), ...events(1, 'Broken')], 'any');

    await expect(rebuildProjections(eventStore, readStore, [{ ...rare, version: 2 }, totals(2, 'Broken')])).rejects.toThrow(
      /\(Broken\) at position 4/,
    );

    expect(await readStore.find('only_Rare')).toEqual([{ type: 'Old', n: 1 }]);
    expect(await readStore.storedVersion(rare.name)).toMatchObject({ version: 1 });
    expect(await readStore.find('totals')).toEqual([{ type: 'Stale', n: 1 }]);
  });

  it('names the event whose changes the store rejects', async () => {
    const [, bad] = (await eventStore.append('s-1', [...events(1), ...events(1, 'Bad'), ...events(1)], 'any')).events;
    const rejected: Projection = {
      ...totals(2),
      project: (event) => [
        { op: 'inc', table: 'totals', key: { type: event.type }, values: { [event.type === 'Bad' ? 'missing' : 'n']: 1 } },
      ],
    };

    await expect(rebuildProjections(eventStore, readStore, [rejected])).rejects.toThrow(
      `failed to apply event ${bad.id} (Bad) at position 2`,
    );
    expect(await readStore.find('totals')).toEqual([{ type: 'Stale', n: 1 }]);
  });
  describe('with a rebuild alongside', () => {
    /** Takes the projections named `Rare`; `outcome` decides how its rebuild ends. */
    const alongside = (outcome: (signal: AbortSignal) => Promise<void>) => {
      const calls: Array<{ names: string[]; until: bigint; signal: AbortSignal }> = [];
      const rebuildAlongside: RebuildAlongside = {
        share: (projections) => projections.filter((p) => p.name === 'only-Rare'),
        rebuild: async (projections, until, _progress, signal) => {
          calls.push({ names: projections.map((p) => p.name), until, signal });
          await outcome(signal);
        },
      };
      return { rebuildAlongside, calls };
    };

    it('hands it the projections it shares, up to the head found at the start, and rebuilds the others here', async () => {
      await eventStore.append('s-1', [...events(3, 'Rare'), ...events(5)], 'any');
      const { rebuildAlongside, calls } = alongside(async () => undefined);
      const reported: Array<[number, number]> = [];
      const reportingAlongside: RebuildAlongside = {
        ...rebuildAlongside,
        rebuild: async (projections, until, onProgress, signal) => {
          await rebuildAlongside.rebuild(projections, until, onProgress, signal);
          onProgress(4, 8);
          onProgress(8, 8);
        },
      };

      const checkpoint = await rebuildProjections(eventStore, readStore, [totals(2), only('Rare')], {
        alongside: reportingAlongside,
        batchSize: 4,
        onProgress: (done, total) => reported.push([done, total]),
      });

      expect(calls.map(({ names, until }) => ({ names, until }))).toEqual([{ names: ['only-Rare'], until: 8n }]);
      // The mean of both threads' counts: growing, and whole only once both have read the log.
      expect(reported).toEqual([
        [2, 8],
        [4, 8],
        [6, 8],
        [8, 8],
      ]);
      expect(checkpoint).toBe(8n);
      expect(await readStore.find('totals', { orderBy: [['type', 'asc']] })).toEqual([
        { type: 'Counted', n: 5 },
        { type: 'Rare', n: 3 },
      ]);
      expect(await readStore.storedVersion('only-Rare')).toBeUndefined();
    });

    it('given it fails, then the rebuild fails with its error, and the projections rebuilt here are switched to, whole', async () => {
      await eventStore.append('s-1', events(4), 'any');
      const { rebuildAlongside } = alongside(() => Promise.reject(new Error('worker gone')));

      await expect(rebuildProjections(eventStore, readStore, [totals(2), only('Rare')], { alongside: rebuildAlongside })).rejects.toThrow(
        'worker gone',
      );
      expect(await readStore.find('totals')).toEqual([{ type: 'Counted', n: 4 }]);
      expect(await readStore.storedVersion('totals')).toMatchObject({ version: 2 });
      expect(await readStore.checkpoint('totals')).toBe(4n);
    });

    it('given this side fails, then it is told to stop and awaited', async () => {
      await eventStore.append('s-1', [...events(2), ...events(1, 'Broken')], 'any');
      let stopped = false;
      const { rebuildAlongside, calls } = alongside(
        (signal) => new Promise((_, reject) => signal.addEventListener('abort', () => ((stopped = true), reject(new Error('stopped'))))),
      );

      await expect(
        rebuildProjections(eventStore, readStore, [totals(2, 'Broken'), only('Rare')], { alongside: rebuildAlongside }),
      ).rejects.toThrow(/\(Broken\) at position 3/);
      expect(calls[0].signal.aborted).toBe(true);
      expect(stopped).toBe(true);
    });
  });
});
