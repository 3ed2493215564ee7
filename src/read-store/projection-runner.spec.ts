import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventStore, NewEvent, StoredEvent, Subscription, SubscriptionHandlers } from '../event-store/event-store.port';
import { DelegatingEventStore } from '../event-store/delegating-event-store.spec-helpers';
import { SqliteEventStore } from '../event-store/sqlite/sqlite-event-store';
import { Projection } from './projection';
import { AppliedBatch, ProjectionRunner, RunnerLogger } from './projection-runner';
import { ReadStore, TableSpec } from './read-store.port';
import { rebuildProjection } from './rebuild';
import { SqliteReadStore } from './sqlite/sqlite-read-store';

const TYPE_COUNTS: TableSpec = { name: 'type_counts', columns: { type: 'text', n: 'integer', amount: 'integer' }, key: ['type'] };
const SEEN: TableSpec = { name: 'seen', columns: { eventId: 'text', position: 'integer', type: 'text' }, key: ['eventId'] };

/** Counts events per type (times `weight`) and lists every event seen. */
function counting(options: { version?: number; weight?: number; name?: string; tables?: TableSpec[] } = {}): Projection {
  const { version = 1, weight = 1, name = 'counting', tables = [TYPE_COUNTS, SEEN] } = options;
  return {
    name,
    version,
    tables,
    project: (event) => [
      {
        op: 'inc',
        table: tables[0].name,
        key: { type: event.type },
        values: { n: weight, amount: (event.data as { amount: number }).amount },
      },
      { op: 'insert', table: tables[1].name, row: { eventId: event.id, position: Number(event.position), type: event.type } },
    ],
  };
}

let keys = 0;
function event(type: string, amount = 1): NewEvent {
  const key = `key-${++keys}`;
  const at = '2024-03-01T08:00:00.000Z';
  return {
    type,
    data: { amount },
    metadata: {
      occurredAt: at,
      recordedAt: at,
      unitId: 'unit-1',
      actor: { subject: 'tester', role: 'ADMIN' },
      source: 'test',
      correlationId: key,
      causationId: key,
      idempotencyKey: key,
    },
  };
}

/** Collects what the runner logs, and keeps test output quiet. */
class MemoryLogger implements RunnerLogger {
  readonly lines: string[] = [];
  readonly errors: string[] = [];
  log(message: string) {
    this.lines.push(message);
  }
  error(message: string) {
    this.errors.push(message);
  }
}

/** The real store, counting the reads of the whole log. */
class CountingEventStore extends DelegatingEventStore {
  readAlls = 0;
  readAll(after: bigint, batchSize?: number) {
    this.readAlls++;
    return this.inner.readAll(after, batchSize);
  }
}

/** The real store, delivering every batch twice as an at-least-once subscription may after a reconnect. */
class RedeliveringEventStore extends DelegatingEventStore {
  subscribe(after: bigint, handlers: SubscriptionHandlers, options?: { batchSize?: number }): Subscription {
    return this.inner.subscribe(
      after,
      {
        ...handlers,
        onEvents: async (batch: StoredEvent[]) => {
          await handlers.onEvents(batch);
          await handlers.onEvents(batch);
        },
      },
      options,
    );
  }
}

describe('ProjectionRunner', () => {
  let dir: string;
  let files = 0;
  let eventStore: SqliteEventStore;
  let readStore: SqliteReadStore;
  const runners: ProjectionRunner[] = [];
  const stores: ReadStore[] = [];

  const newReadStore = () => {
    const store = new SqliteReadStore({ file: join(dir, `read-${++files}.sqlite`) });
    stores.push(store);
    return store;
  };
  const newRunner = (
    projections: Projection[],
    options: { store?: ReadStore; events?: EventStore; batchSize?: number; logger?: RunnerLogger } = {},
  ) => {
    const runner = new ProjectionRunner(options.events ?? eventStore, options.store ?? readStore, projections, {
      batchSize: options.batchSize,
      logger: options.logger ?? new MemoryLogger(),
    });
    runners.push(runner);
    return runner;
  };
  const appendAll = async (stream: string, events: NewEvent[]) => (await eventStore.append(stream, events, 'any')).lastPosition;
  const snapshot = async (store: ReadStore) => ({
    counts: await store.find('type_counts', { orderBy: [['type', 'asc']] }),
    seen: await store.find('seen', { orderBy: [['position', 'asc']] }),
  });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'projection-runner-'));
    eventStore = new SqliteEventStore({ file: join(dir, 'events.sqlite') });
    readStore = newReadStore();
  });

  afterEach(async () => {
    for (const runner of runners.splice(0)) await runner.stop();
    for (const store of stores.splice(0)) await store.dispose();
    await eventStore.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('applies stored and live events, and waitFor serves read-your-writes', async () => {
    await appendAll('s-1', [event('Opened', 5), event('Noted', 1)]);
    const runner = newRunner([counting()]);
    await runner.start();

    const position = await appendAll('s-1', [event('Noted', 2)]);
    expect(await runner.waitFor(position, 5000)).toBe(true);

    expect(await readStore.findOne('type_counts', { type: 'Noted' })).toEqual({ type: 'Noted', n: 2, amount: 3 });
    expect(runner.position).toBe(position);
    expect(await runner.status()).toEqual({
      state: 'caughtUp',
      instanceId: expect.any(String),
      checkpoint: position,
      head: position,
      lag: 0,
      projections: [{ name: 'counting', checkpoint: position }],
    });
  });

  it('stalls while the disk is full, says so, and resumes by itself once space is freed', async () => {
    const position = await appendAll('s-1', [event('Opened', 5)]);
    const full = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    let diskFull = true;
    const apply = readStore.apply.bind(readStore);
    jest.spyOn(readStore, 'apply').mockImplementation(async (batch) => {
      if (diskFull) throw full;
      return apply(batch);
    });
    const runner = new ProjectionRunner(eventStore, readStore, [counting()], { logger: new MemoryLogger(), storageRetryMs: 30 });
    runners.push(runner);
    await runner.start();
    expect(await runner.waitFor(position, 200)).toBe(false);
    expect(await runner.status()).toMatchObject({
      state: 'stalled',
      message: expect.stringMatching(/^存储空间已满，投影暂停/),
      lag: 1,
    });

    diskFull = false;
    expect(await runner.waitFor(position, 5000)).toBe(true);
    expect((await runner.status()).state).toMatch(/running|caughtUp/);
    expect(await readStore.findOne('type_counts', { type: 'Opened' })).toEqual({ type: 'Opened', n: 1, amount: 5 });
  });

  it('waitFor answers false when the position is not reached in time', async () => {
    const runner = newRunner([counting()]);
    await runner.start();
    expect(await runner.waitFor(99n, 30)).toBe(false);
  });

  it('replaying the same log gives identical tables, whatever the batch size or path', async () => {
    for (let stream = 0; stream < 30; stream++) {
      await appendAll(
        `s-${stream}`,
        Array.from({ length: 40 }, (_, i) => event(`Type${(stream + i) % 7}`, i)),
      );
    }
    const head = await eventStore.headPosition();

    const first = newRunner([counting()], { batchSize: 1000 });
    await first.start();
    expect(await first.waitFor(head, 10000)).toBe(true);

    const otherStore = newReadStore();
    const second = newRunner([counting()], { store: otherStore, batchSize: 7 });
    await second.start();
    expect(await second.waitFor(head, 10000)).toBe(true);

    const expected = await snapshot(readStore);
    expect(expected.seen).toHaveLength(1200);
    expect(await snapshot(otherStore)).toEqual(expected);

    await first.stop();
    await rebuildProjection(eventStore, readStore, counting(), { batchSize: 333 });
    expect(await snapshot(readStore)).toEqual(expected);
  });

  it('counts a redelivered batch once', async () => {
    await appendAll('s-1', [event('Opened', 5), event('Noted', 1)]);
    const runner = newRunner([counting()], { events: new RedeliveringEventStore(eventStore) });
    await runner.start();
    const position = await appendAll('s-1', [event('Noted', 2)]);
    expect(await runner.waitFor(position, 5000)).toBe(true);

    expect(await readStore.find('type_counts', { orderBy: [['type', 'asc']] })).toEqual([
      { type: 'Noted', n: 2, amount: 3 },
      { type: 'Opened', n: 1, amount: 5 },
    ]);
  });

  it('feeds a new projection from the start without replaying into those already ahead', async () => {
    const head = await appendAll('s-1', [event('Opened', 5), event('Noted', 1), event('Noted', 1)]);
    const first = newRunner([counting()]);
    await first.start();
    expect(await first.waitFor(head, 5000)).toBe(true);
    await first.stop();

    const added = counting({
      name: 'added',
      tables: [
        { ...TYPE_COUNTS, name: 'added_counts' },
        { ...SEEN, name: 'added_seen' },
      ],
    });
    const second = newRunner([counting(), added]);
    await second.start();
    const position = await appendAll('s-1', [event('Noted', 1)]);
    expect(await second.waitFor(position, 5000)).toBe(true);

    expect(await readStore.findOne('type_counts', { type: 'Noted' })).toMatchObject({ n: 3 });
    expect(await readStore.findOne('added_counts', { type: 'Noted' })).toMatchObject({ n: 3 });
    expect(await readStore.find('added_seen')).toHaveLength(4);
  });

  it('rebuilds at start a projection whose version changed, and carries on from there', async () => {
    const head = await appendAll('s-1', [event('Opened', 5), event('Noted', 1)]);
    const first = newRunner([counting({ version: 1, weight: 1 })]);
    await first.start();
    expect(await first.waitFor(head, 5000)).toBe(true);
    await first.stop();

    const logger = new MemoryLogger();
    const second = newRunner([counting({ version: 2, weight: 10 })], { logger });
    await second.start();

    expect(await readStore.storedVersion('counting')).toMatchObject({ version: 2 });
    expect(await readStore.findOne('type_counts', { type: 'Opened' })).toMatchObject({ n: 10 });
    expect(logger.lines[0]).toMatch(/Rebuilding projection "counting" \(version 1 -> 2\)/);

    const position = await appendAll('s-1', [event('Noted', 1)]);
    expect(await second.waitFor(position, 5000)).toBe(true);
    expect(await readStore.findOne('type_counts', { type: 'Noted' })).toMatchObject({ n: 20 });
  });

  it('rebuilds at start when the tables changed without a version bump', async () => {
    await appendAll('s-1', [event('Opened', 5)]);
    const first = newRunner([counting()]);
    await first.start();
    await first.stop();

    const logger = new MemoryLogger();
    const widened = { ...TYPE_COUNTS, columns: { ...TYPE_COUNTS.columns, note: 'text' as const } };
    await newRunner([counting({ tables: [widened, SEEN] })], { logger }).start();

    expect(logger.lines[0]).toMatch(/its tables changed/);
    expect(await readStore.findOne('type_counts', { type: 'Opened' })).toEqual({ type: 'Opened', n: 1, amount: 5, note: null });
  });

  it('stops on a projection error and names the event', async () => {
    const failing: Projection = {
      ...counting(),
      project: (e) => {
        if (e.type === 'Boom') throw new Error('cannot map this');
        return counting().project(e);
      },
    };
    await appendAll('s-1', [event('Opened'), event('Noted')]);
    const [boom] = (await eventStore.append('s-1', [event('Boom'), event('Noted')], 'any')).events;
    const logger = new MemoryLogger();
    const runner = newRunner([failing], { logger });
    await runner.start();

    expect(await runner.waitFor(4n, 5000)).toBe(false);
    const status = await runner.status();
    expect(status).toMatchObject({ state: 'failed', checkpoint: 0n, head: 4n, lag: 4 });
    expect((await runner.status(3)).lag).toBe(3);
    expect(status.message).toContain(`event ${boom.id} (Boom) at position 3: cannot map this`);
    expect(logger.errors).toEqual([expect.stringContaining(boom.id)]);
    expect(await runner.waitFor(1n, 5000)).toBe(false);
  });

  it('stops when the store rejects a change, naming the event and applying those before it', async () => {
    const rejected: Projection = {
      ...counting(),
      project: (e) =>
        e.type === 'Bad' ? [{ op: 'inc', table: 'type_counts', key: { type: 'Bad' }, values: { missing: 1 } }] : counting().project(e),
    };
    await appendAll('s-1', [event('Opened'), event('Noted')]);
    const [bad] = (await eventStore.append('s-1', [event('Bad'), event('Noted')], 'any')).events;
    const runner = newRunner([rejected]);
    await runner.start();

    expect(await runner.waitFor(4n, 5000)).toBe(false);
    const status = await runner.status();
    expect(status).toMatchObject({ state: 'failed', checkpoint: 2n });
    expect(status.message).toContain(`failed to apply event ${bad.id} (Bad)`);
    expect(await readStore.checkpoint('counting')).toBe(2n);
    expect(await readStore.find('seen')).toHaveLength(2);
  });

  it('tells listeners which tables each batch changed', async () => {
    const runner = newRunner([counting()]);
    const applied: AppliedBatch[] = [];
    const unsubscribe = runner.onApplied((batch) => applied.push(batch));
    await runner.start();

    const position = await appendAll('s-1', [event('Opened')]);
    expect(await runner.waitFor(position, 5000)).toBe(true);
    expect(applied).toEqual([{ position, tables: ['type_counts', 'seen'], daysOf: expect.any(Function), keysOf: expect.any(Function) }]);
    // The test projection's rows have no day column: any day of theirs may have changed.
    expect(applied[0].daysOf('seen')).toBeNull();

    unsubscribe();
    expect(await runner.waitFor(await appendAll('s-1', [event('Noted')]), 5000)).toBe(true);
    expect(applied).toHaveLength(1);
  });

  it('tells listeners the keys of the rows each batch changed, each row once', async () => {
    const runner = newRunner([counting()]);
    const applied: AppliedBatch[] = [];
    runner.onApplied((batch) => applied.push(batch));
    await runner.start();

    const { events, lastPosition } = await eventStore.append('s-1', [event('Noted'), event('Noted')], 'any');
    expect(await runner.waitFor(lastPosition, 5000)).toBe(true);
    const keysOf = (table: string) => applied.flatMap((batch): unknown[] => [...(batch.keysOf!(table) ?? ['unknown'])]);
    expect(keysOf('type_counts')).toEqual([{ type: 'Noted' }]);
    // Inserted rows are named by their key columns alone.
    expect(keysOf('seen')).toEqual(events.map((e) => ({ eventId: e.id })));
    expect(keysOf('untouched')).toEqual([]);
  });

  it('rebuilds every stale projection at start from one read of the log', async () => {
    const head = await appendAll('s-1', [event('Opened', 5), event('Noted', 1)]);
    const other = (version: number, weight: number) =>
      counting({
        name: 'other',
        version,
        weight,
        tables: [
          { ...TYPE_COUNTS, name: 'other_counts' },
          { ...SEEN, name: 'other_seen' },
        ],
      });
    const first = newRunner([counting({ version: 1 }), other(1, 1)]);
    await first.start();
    expect(await first.waitFor(head, 5000)).toBe(true);
    await first.stop();

    const events = new CountingEventStore(eventStore);
    const logger = new MemoryLogger();
    await newRunner([counting({ version: 2, weight: 10 }), other(2, 100)], { events, logger }).start();

    expect(events.readAlls).toBe(1);
    expect(logger.lines.slice(0, 2)).toEqual([
      expect.stringMatching(/Rebuilding projection "counting" \(version 1 -> 2\)/),
      expect.stringMatching(/Rebuilding projection "other" \(version 1 -> 2\)/),
    ]);
    expect(await readStore.findOne('type_counts', { type: 'Opened' })).toMatchObject({ n: 10 });
    expect(await readStore.findOne('other_counts', { type: 'Opened' })).toMatchObject({ n: 100 });
    expect(await readStore.storedVersion('other')).toMatchObject({ version: 2 });
  });

  it('reports stopped after stop, and no longer waits', async () => {
    const runner = newRunner([counting()]);
    await runner.start();
    await runner.stop();
    expect((await runner.status()).state).toBe('stopped');
    expect(await runner.waitFor(1n, 5000)).toBe(false);
  });
});
