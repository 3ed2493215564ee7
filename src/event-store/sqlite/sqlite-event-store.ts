import { assertDistinctIdempotencyKeys } from '../event-store.errors';
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { eventIdFor } from '../../common/ids';
import { IdempotencyKeyReusedError, PartialDuplicateAppendError, WrongExpectedVersionError } from '../event-store.errors';
import {
  AppendResult,
  EventStore,
  ExpectedVersion,
  NewEvent,
  StoredEvent,
  StreamAppend,
  Subscription,
  SubscriptionHandlers,
} from '../event-store.port';
import { EVENT_COLUMNS, EVENTS_SCHEMA, EventRow, toStoredEvent } from './sqlite-events-table';
import { SqliteSubscription } from './sqlite-subscription';
import { PeerChannel } from '../../common/peer-channel';

const DEFAULT_BATCH_SIZE = 1000;
const BUSY_TIMEOUT_MS = 5000;
/**
 * Four times SQLite's default (the WAL file grows to about 32 MB): pages that many appends rewrite
 * are copied back once per checkpoint, not every few hundred appends (about 15% more single appends).
 */
const WAL_CHECKPOINT_PAGES = 8000;
/** When appends trickle in, the WAL would rarely reach WAL_CHECKPOINT_PAGES; a timer checkpoints it. */
const IDLE_CHECKPOINT_MS = 1000;

export interface SqliteEventStoreOptions {
  /** Path of the database file (its directory is created if missing), or ':memory:'. */
  file: string;
  /**
   * The other processes appending to the same file (cluster workers): each append is announced to
   * them, and theirs wake this store's subscriptions at once instead of at the next poll.
   */
  peers?: PeerChannel<string>;
}

type StreamHeadRow = [version: number, position: number];

/** An event ready to insert: id derived and JSON serialized outside the transaction. */
interface PendingRow {
  event: NewEvent;
  id: string;
  data: string;
  metadata: string;
}

/** The embedded event store: one SQLite file, shareable by several processes on the same machine. */
export class SqliteEventStore extends EventStore {
  private readonly db: Database.Database;
  private readonly subscriptions = new Set<SqliteSubscription>();
  private checkpointTimer: NodeJS.Timeout | undefined;
  private readonly peers: PeerChannel<string> | undefined;
  private readonly unsubscribePeers: (() => void) | undefined;
  private readonly selectByIdempotencyKey: Database.Statement<[string], EventRow>;
  private readonly selectStreamHead: Database.Statement<[string], StreamHeadRow>;
  private readonly selectStream: Database.Statement<[string], EventRow>;
  private readonly selectAfter: Database.Statement<[bigint, number], EventRow>;
  private readonly selectPositions: Database.Statement<[string], EventRow>;
  private readonly selectHeadPosition: Database.Statement<[], number | null>;
  private readonly countEventsAfter: Database.Statement<[bigint, number], number>;
  private readonly insertEvent: Database.Statement<[string, string, number, string, string, string, string]>;
  private readonly appendTransaction: Database.Transaction<
    (streamId: string, rows: PendingRow[], expected: ExpectedVersion) => AppendResult
  >;
  private readonly appendManyTransaction: Database.Transaction<
    (appends: Array<{ streamId: string; rows: PendingRow[]; expected: ExpectedVersion }>) => AppendResult[]
  >;

  constructor({ file, peers }: SqliteEventStoreOptions) {
    super();
    this.peers = peers;
    this.unsubscribePeers = peers?.subscribe(() => this.wakeSubscriptions());
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    // NORMAL syncs the WAL at checkpoints, not at every commit: a committed append survives a crash
    // of the process, but a power loss or OS crash may lose the appends since the last checkpoint,
    // about a second's worth at most (see scheduleCheckpoint). FULL would cap single appends at the
    // disk's fsync rate.
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma(`wal_autocheckpoint = ${WAL_CHECKPOINT_PAGES}`);
    // Another process on the same file holds the write lock only briefly; wait for it rather than fail.
    this.db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    this.db.exec(EVENTS_SCHEMA);

    this.selectByIdempotencyKey = this.db
      .prepare<[string], EventRow>(`SELECT ${EVENT_COLUMNS} FROM events WHERE idempotency_key = ?`)
      .raw();
    this.selectStreamHead = this.db
      .prepare<[string], StreamHeadRow>(
        'SELECT stream_version, position FROM events WHERE stream_id = ? ORDER BY stream_version DESC LIMIT 1',
      )
      .raw();
    this.selectStream = this.db
      .prepare<[string], EventRow>(`SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = ? ORDER BY stream_version`)
      .raw();
    this.selectAfter = this.db
      .prepare<[bigint, number], EventRow>(`SELECT ${EVENT_COLUMNS} FROM events WHERE position > ? ORDER BY position LIMIT ?`)
      .raw();
    // One parameter for the whole list keeps one cached statement whatever the list length.
    this.selectPositions = this.db
      .prepare<[string], EventRow>(
        `SELECT ${EVENT_COLUMNS} FROM events WHERE position IN (SELECT value FROM json_each(?)) ORDER BY position`,
      )
      .raw();
    this.selectHeadPosition = this.db.prepare<[], number | null>('SELECT MAX(position) FROM events').pluck();
    this.countEventsAfter = this.db
      .prepare<[bigint, number], number>('SELECT COUNT(*) FROM (SELECT 1 FROM events WHERE position > ? LIMIT ?)')
      .pluck();
    this.insertEvent = this.db.prepare(
      `INSERT INTO events (id, stream_id, stream_version, type, data, metadata, idempotency_key)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    this.appendTransaction = this.db.transaction((streamId, rows, expected) => this.appendInTransaction(streamId, rows, expected));
    this.appendManyTransaction = this.db.transaction((appends) =>
      appends.map(({ streamId, rows, expected }) => this.appendInTransaction(streamId, rows, expected)),
    );
  }

  async append(streamId: string, events: NewEvent[], expected: ExpectedVersion): Promise<AppendResult> {
    const rows = pendingRows(streamId, events);
    // IMMEDIATE takes the write lock before the version check: a deferred transaction that read first
    // could not upgrade once another process had written, and would fail instead of waiting.
    const result = this.appendTransaction.immediate(streamId, rows, expected);
    this.announce([result]);
    return result;
  }

  /** All or none, in one transaction. */
  async appendMany(appends: StreamAppend[]): Promise<AppendResult[]> {
    const prepared = appends.map(({ streamId, events, expected }) => ({ streamId, rows: pendingRows(streamId, events), expected }));
    const results = this.appendManyTransaction.immediate(prepared);
    this.announce(results);
    return results;
  }

  async readStream(streamId: string): Promise<StoredEvent[]> {
    return this.selectStream.all(streamId).map(toStoredEvent);
  }

  async readPositions(positions: bigint[]): Promise<StoredEvent[]> {
    if (positions.length === 0) return [];
    return this.selectPositions.all(JSON.stringify(positions.map(Number))).map(toStoredEvent);
  }

  async *readAll(after: bigint, batchSize = DEFAULT_BATCH_SIZE): AsyncGenerator<StoredEvent[]> {
    if (!(batchSize >= 1)) throw new RangeError(`batchSize must be at least 1, got ${batchSize}`);
    let position = after;
    for (;;) {
      const batch = this.readAfter(position, batchSize);
      if (batch.length > 0) yield batch;
      if (batch.length < batchSize) return;
      position = batch[batch.length - 1].position;
    }
  }

  subscribe(after: bigint, handlers: SubscriptionHandlers, options?: { batchSize?: number }): Subscription {
    const subscription: SqliteSubscription = new SqliteSubscription(
      { readAfter: (position, limit) => this.readAfter(position, limit), headPosition: () => this.head() },
      after,
      handlers,
      options?.batchSize ?? DEFAULT_BATCH_SIZE,
      () => this.subscriptions.delete(subscription),
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  async headPosition(): Promise<bigint> {
    return this.head();
  }

  async countAfter(after: bigint, limit: number): Promise<number> {
    return this.countEventsAfter.get(after, limit) ?? 0;
  }

  async dispose(): Promise<void> {
    this.unsubscribePeers?.();
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
    clearTimeout(this.checkpointTimer);
    if (this.db.open) this.db.close();
  }

  private announce(results: AppendResult[]): void {
    let last = 0n;
    for (const result of results)
      if (result.events.length > 0 && !result.duplicate && result.lastPosition > last) last = result.lastPosition;
    if (last === 0n) return;
    this.wakeSubscriptions();
    this.peers?.publish(String(last));
    this.scheduleCheckpoint();
  }

  private wakeSubscriptions(): void {
    for (const subscription of this.subscriptions) subscription.notify();
  }

  /** Bounds how long a committed append stays only in the unsynced WAL (see synchronous = NORMAL). */
  private scheduleCheckpoint(): void {
    if (this.checkpointTimer) return;
    this.checkpointTimer = setTimeout(() => {
      this.checkpointTimer = undefined;
      this.db.pragma('wal_checkpoint(PASSIVE)');
    }, IDLE_CHECKPOINT_MS).unref();
  }

  private appendInTransaction(streamId: string, rows: PendingRow[], expected: ExpectedVersion): AppendResult {
    const originals = this.findOriginals(streamId, rows);
    const head = this.selectStreamHead.get(streamId);
    const currentVersion = head ? head[0] : -1;
    if (originals) {
      return {
        nextExpectedVersion: BigInt(currentVersion),
        lastPosition: originals.reduce((last, event) => (event.position > last ? event.position : last), 0n),
        events: originals,
        duplicate: true,
      };
    }
    assertExpectedVersion(streamId, expected, currentVersion);
    let version = currentVersion;
    // An empty append reports the stream's last event, so waiting for it still reads your writes.
    let position = head ? head[1] : 0;
    const stored = rows.map(({ event, id, data, metadata }): StoredEvent => {
      version += 1;
      const { lastInsertRowid } = this.insertEvent.run(id, streamId, version, event.type, data, metadata, event.metadata.idempotencyKey);
      position = Number(lastInsertRowid);
      return {
        id,
        streamId,
        streamVersion: BigInt(version),
        position: BigInt(position),
        type: event.type,
        data: event.data,
        metadata: event.metadata,
      };
    });
    return { nextExpectedVersion: BigInt(version), lastPosition: BigInt(position), events: stored, duplicate: false };
  }

  /**
   * The events already stored under the append's idempotency keys: all of them for a resend,
   * undefined when none is stored. Anything in between is a client bug and throws.
   */
  private findOriginals(streamId: string, rows: PendingRow[]): StoredEvent[] | undefined {
    const originals: StoredEvent[] = [];
    for (const { event } of rows) {
      const key = event.metadata.idempotencyKey;
      const row = this.selectByIdempotencyKey.get(key);
      if (!row) continue;
      if (row[2] !== streamId || row[4] !== event.type) throw new IdempotencyKeyReusedError(key, row[2]);
      originals.push(toStoredEvent(row));
    }
    if (originals.length === 0) return undefined;
    if (originals.length < rows.length) {
      throw new PartialDuplicateAppendError(
        streamId,
        originals.map((event) => event.metadata.idempotencyKey),
      );
    }
    return originals;
  }

  private readAfter(position: bigint, limit: number): StoredEvent[] {
    return this.selectAfter.all(position, limit).map(toStoredEvent);
  }

  private head(): bigint {
    return BigInt(this.selectHeadPosition.get() ?? 0);
  }
}

/** Checked, and serialized before taking the write lock, which other processes may be waiting for. */
function pendingRows(streamId: string, events: NewEvent[]): PendingRow[] {
  assertDistinctIdempotencyKeys(streamId, events);
  return events.map((event) => ({
    event,
    id: eventIdFor(event.metadata.idempotencyKey),
    data: JSON.stringify(event.data),
    metadata: JSON.stringify(event.metadata),
  }));
}

function assertExpectedVersion(streamId: string, expected: ExpectedVersion, currentVersion: number): void {
  let matches: boolean;
  switch (expected) {
    case 'any':
      matches = true;
      break;
    case 'no_stream':
      matches = currentVersion < 0;
      break;
    case 'stream_exists':
      matches = currentVersion >= 0;
      break;
    default:
      matches = BigInt(currentVersion) === expected;
  }
  if (!matches) throw new WrongExpectedVersionError(streamId, expected, BigInt(currentVersion));
}
