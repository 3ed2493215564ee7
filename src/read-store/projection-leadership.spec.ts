import { mkdtempSync, rmSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '../event-store/sqlite/sqlite-event-store';
import { Projection } from './projection';
import { PeerBatch, ProjectionRunner } from './projection-runner';
import { PeerHub } from '../common/peer-hub.spec-helpers';
import { SqliteReadStore } from './sqlite/sqlite-read-store';

const counting: Projection = {
  name: 'counting',
  version: 1,
  tables: [{ name: 'counts', columns: { type: 'text', n: 'integer' }, key: ['type'] }],
  project: (event) => [{ op: 'inc', table: 'counts', key: { type: event.type }, values: { n: 1 } }],
};

/** Rows keyed by business day, so a batch knows the days it changed. */
const daily: Projection = {
  name: 'daily',
  version: 1,
  tables: [{ name: 'daily', columns: { day: 'text', n: 'integer' }, key: ['day'] }],
  project: (event) => [{ op: 'inc', table: 'daily', key: { day: event.metadata.occurredAt.slice(0, 10) }, values: { n: 1 } }],
};

const quiet = { log: () => undefined, error: () => undefined };
let n = 0;
const append = (store: SqliteEventStore) => {
  const key = `lead-${++n}`;
  const at = '2026-04-17T02:00:00.000Z';
  return store.append(
    key,
    [
      {
        type: 'Counted',
        data: {},
        metadata: {
          occurredAt: at,
          recordedAt: at,
          unitId: 'u',
          actor: { subject: 't', role: 'T' },
          source: 't',
          correlationId: key,
          causationId: key,
          idempotencyKey: key,
        },
      },
    ],
    'no_stream',
  );
};

describe('projection leadership: one instance runs the projections, the others follow', () => {
  let dir: string;
  let events: SqliteEventStore;
  const stores: SqliteReadStore[] = [];
  const readStore = () => {
    const store = new SqliteReadStore({ file: join(dir, 'read.sqlite') });
    stores.push(store);
    return store;
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'leadership-'));
    events = new SqliteEventStore({ file: join(dir, 'events.sqlite') });
  });
  afterEach(async () => {
    for (const store of stores.splice(0)) await store.dispose();
    await events.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lets a follower read its writes through the leader, and take over when the leader stops', async () => {
    const leader = new ProjectionRunner(events, readStore(), [counting], { instanceId: 'a', leaseTtlMs: 300, logger: quiet });
    await leader.start();
    const followerStore = readStore();
    const follower = new ProjectionRunner(events, followerStore, [counting], { instanceId: 'b', leaseTtlMs: 300, logger: quiet });
    await follower.start();
    expect((await leader.status()).state).toMatch(/running|caughtUp/);
    expect((await follower.status()).state).toBe('following');

    const invalidated: bigint[] = [];
    follower.onApplied(({ position }) => invalidated.push(position));
    const keys: unknown[] = [];
    follower.onApplied((batch) => keys.push(batch.keysOf!('counts')));
    const first = await append(events);
    expect(await follower.waitFor(first.lastPosition, 2_000)).toBe(true);
    expect(invalidated).toContain(first.lastPosition);
    // A checkpoint that moved says which tables changed, not which rows.
    expect(keys).toEqual([null]);
    expect(await followerStore.findOne('counts', { type: 'Counted' })).toMatchObject({ n: 1 });

    await leader.stop();
    const second = await append(events);
    expect(await follower.waitFor(second.lastPosition, 2_000)).toBe(true);
    expect((await follower.status()).state).toMatch(/running|caughtUp/);
    expect(await followerStore.findOne('counts', { type: 'Counted' })).toMatchObject({ n: 2 });
    await follower.stop();
  });

  it('takes the lease at once from a holder that stopped on this machine, and says nobody projects while none holds it', async () => {
    const store = readStore();
    // A process killed with SIGKILL leaves its lease; no process of this machine has this pid.
    await store.acquireLease('projection-runner', `${hostname()}:2000000000:dead`, 60_000);
    const runner = new ProjectionRunner(events, store, [counting], { instanceId: `${hostname()}:${process.pid}:new`, logger: quiet });
    await runner.start();
    expect((await runner.status()).state).toMatch(/running|caughtUp/);
    await runner.stop();

    await store.acquireLease('projection-runner', `${hostname()}:${process.ppid}:alive`, 300);
    const follower = new ProjectionRunner(events, store, [counting], {
      instanceId: `${hostname()}:${process.pid}:f`,
      leaseTtlMs: 60_000,
      logger: quiet,
    });
    await follower.start();
    expect(await follower.status()).toMatchObject({ state: 'following', leader: `${hostname()}:${process.ppid}:alive` });
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(await follower.status()).toMatchObject({ state: 'following', leader: undefined });
    await follower.stop();
  });

  it('with peers, tells followers each batch as the leader applies it, with the days and rows it changed', async () => {
    const hub = new PeerHub<PeerBatch>();
    const leader = new ProjectionRunner(events, readStore(), [daily], { instanceId: 'a', logger: quiet, peers: hub.member() });
    await leader.start();
    const follower = new ProjectionRunner(events, readStore(), [daily], { instanceId: 'b', logger: quiet, peers: hub.member() });
    await follower.start();
    const applied: Array<{ position: bigint; days: string[] | null }> = [];
    follower.onApplied((batch) => applied.push({ position: batch.position, days: batch.daysOf('daily') && [...batch.daysOf('daily')!] }));
    const keys: unknown[] = [];
    follower.onApplied((batch) => keys.push(batch.keysOf!('daily')));

    const appended = await append(events);
    // The follower's own polling reads checkpoints every two seconds with peers: this is the leader's message.
    expect(await follower.waitFor(appended.lastPosition, 1_000)).toBe(true);
    expect(applied).toEqual([{ position: appended.lastPosition, days: ['2026-04-17'] }]);
    expect(keys).toEqual([[{ day: '2026-04-17' }]]);
    await follower.stop();
    await leader.stop();
  });

  it('with peers, answers a wait on the leader only once every follower has heard of the batch', async () => {
    const hub = new PeerHub<PeerBatch>();
    const leader = new ProjectionRunner(events, readStore(), [daily], { instanceId: 'a', logger: quiet, peers: hub.member() });
    await leader.start();
    const followers = ['b', 'c'].map(
      (instanceId) => new ProjectionRunner(events, readStore(), [daily], { instanceId, logger: quiet, peers: hub.member() }),
    );
    for (const follower of followers) await follower.start();

    for (let i = 0; i < 5; i++) {
      const appended = await append(events);
      expect(await leader.waitFor(appended.lastPosition, 1_000)).toBe(true);
      // What a client sees next through another worker: that worker already holds the batch.
      expect(followers.map((follower) => follower.position)).toEqual([appended.lastPosition, appended.lastPosition]);
    }
    for (const runner of [...followers, leader]) await runner.stop();
  });
});
