import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WrongExpectedVersionError } from '../event-store.errors';
import { NewEvent, StoredEvent } from '../event-store.port';
import { SqliteEventStore } from './sqlite-event-store';
import { PeerHub } from '../../common/peer-hub.spec-helpers';

/** Behaviour of the SQLite file itself; the port's behaviour is covered by the contract suite. */
describe('SqliteEventStore', () => {
  let dir: string;
  const stores: SqliteEventStore[] = [];
  const track = (store: SqliteEventStore) => {
    stores.push(store);
    return store;
  };
  const open = (file: string) => track(new SqliteEventStore({ file }));

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sqlite-event-store-'));
  });

  afterEach(async () => {
    for (const store of stores.splice(0)) await store.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates a missing directory and the file, in WAL mode', async () => {
    const file = join(dir, 'a', 'b', 'events.sqlite');
    await open(file).append('s', [newEvent()], 'no_stream');

    const db = new Database(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('keeps the events when reopened, and continues the positions', async () => {
    const file = join(dir, 'events.sqlite');
    const first = open(file);
    const stored = (await first.append('s', [newEvent(), newEvent()], 'no_stream')).events;
    await first.dispose();

    const second = open(file);
    expect(await second.readStream('s')).toEqual(stored);
    const next = await second.append('t', [newEvent()], 'no_stream');
    expect(next.lastPosition).toBe(stored[1].position + 1n);
  });

  it('works in memory', async () => {
    const store = open(':memory:');
    await store.append('s', [newEvent()], 'no_stream');
    expect(await store.headPosition()).toBe(1n);
  });

  it('hands an append to live subscriptions at once, without waiting for the next poll', async () => {
    const store = open(join(dir, 'events.sqlite'));
    const seen: StoredEvent[] = [];
    let caughtUp = false;
    store.subscribe(0n, { onEvents: async (batch) => void seen.push(...batch), onCaughtUp: () => (caughtUp = true) });
    await waitFor(() => caughtUp);

    await store.append('s', [newEvent()], 'no_stream');
    await new Promise(setImmediate);

    expect(seen).toHaveLength(1);
  });

  it('sees appends made through another connection to the same file', async () => {
    const file = join(dir, 'events.sqlite');
    const writer = open(file);
    const reader = open(file);
    const seen: StoredEvent[] = [];
    let caughtUp = false;
    reader.subscribe(0n, { onEvents: async (batch) => void seen.push(...batch), onCaughtUp: () => (caughtUp = true) });
    await waitFor(() => caughtUp);

    // Nothing signals the reader's subscription of this append: only its polling can find it.
    await writer.append('s', [newEvent()], 'no_stream');
    await waitFor(() => seen.length === 1);
    await reader.append('s', [newEvent()], 0n);

    await expect(writer.append('s', [newEvent()], 0n)).rejects.toBeInstanceOf(WrongExpectedVersionError);
    expect(await writer.readStream('s')).toHaveLength(2);
  });

  it('wakes the subscriptions of its peers (other processes on the file) at once, not at their next poll', async () => {
    const file = join(dir, 'events.sqlite');
    const hub = new PeerHub<string>();
    const writer = track(new SqliteEventStore({ file, peers: hub.member() }));
    const reader = track(new SqliteEventStore({ file, peers: hub.member() }));
    const seen: StoredEvent[] = [];
    let caughtUp = false;
    reader.subscribe(0n, { onEvents: async (batch) => void seen.push(...batch), onCaughtUp: () => (caughtUp = true) });
    await waitFor(() => caughtUp);

    await writer.append('s', [newEvent()], 'no_stream');
    for (let turn = 0; turn < 3; turn++) await new Promise(setImmediate);

    expect(seen).toHaveLength(1);
  });

  it('copies appends into the database file within about a second, bounding what a power loss can take', async () => {
    const file = join(dir, 'events.sqlite');
    const event = newEvent();
    await open(file).append('s', [event], 'no_stream');
    const inDatabaseFile = () => readFileSync(file).includes(event.metadata.idempotencyKey);

    expect(inDatabaseFile()).toBe(false);
    await waitFor(inDatabaseFile, 3000);
  });

  it('stops its subscriptions when disposed', async () => {
    const store = new SqliteEventStore({ file: join(dir, 'events.sqlite') });
    const errors: Error[] = [];
    let caughtUp = false;
    const subscription = store.subscribe(0n, {
      onEvents: async () => undefined,
      onCaughtUp: () => (caughtUp = true),
      onError: (e) => errors.push(e),
    });
    await waitFor(() => caughtUp);

    await store.dispose();

    await expect(subscription.stop()).resolves.toBeUndefined();
    expect(errors).toEqual([]);
  });
});

function newEvent(): NewEvent {
  const now = new Date().toISOString();
  return {
    type: 'Happened',
    data: { value: 1 },
    metadata: {
      occurredAt: now,
      recordedAt: now,
      unitId: 'unit-1',
      actor: { subject: 'officer-1', role: 'recorder' },
      source: 'spec',
      correlationId: randomUUID(),
      causationId: randomUUID(),
      idempotencyKey: randomUUID(),
    },
  };
}

async function waitFor(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
