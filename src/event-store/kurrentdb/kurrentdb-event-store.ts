import { BACKWARDS, END, Filter, KurrentDBClient, UnavailableError } from '@kurrent/kurrentdb-client';
import { AppendResult, EventStore, ExpectedVersion, NewEvent, StoredEvent, Subscription, SubscriptionHandlers } from '../event-store.port';
import { eventFilterFor, eventsAfter, readPositionAt, toStoredEvent } from './kurrentdb-events';
import { appendIdempotently } from './kurrentdb-idempotent-append';
import { withPermissionNamed } from './kurrentdb-permissions';
import { KurrentDbStreams } from './kurrentdb-streams';
import { KurrentDbSubscription, SubscriptionLogger } from './kurrentdb-subscription';

const DEFAULT_BATCH_SIZE = 1000;
/** readPositions reads each position on its own; this many at a time. */
const POSITION_READS_IN_FLIGHT = 16;

export interface KurrentDbEventStoreOptions {
  /**
   * The event types this service handles: reads of $all and subscriptions ask the server for these
   * only. Empty: every event but the system ones ($-prefixed types).
   */
  eventTypes: string[];
  logger?: SubscriptionLogger;
}

/** The event store on a KurrentDB server (or cluster), shared with other services. */
export class KurrentDbEventStore extends EventStore {
  private readonly client: KurrentDBClient;
  private readonly filter: Filter;
  private readonly logger: SubscriptionLogger;
  private readonly subscriptions = new Set<KurrentDbSubscription>();
  private readonly streams: KurrentDbStreams;

  /** Connects lazily: the first call finds an unreachable server. connect() checks up front. */
  constructor(connectionString: string, options: KurrentDbEventStoreOptions) {
    super();
    this.client = KurrentDBClient.connectionString(connectionString);
    this.streams = new KurrentDbStreams(this.client);
    this.filter = eventFilterFor(options.eventTypes);
    this.logger = options.logger ?? console;
  }

  /** A store whose server has answered a read, so a wrong KURRENTDB_URL stops start-up with a clear message. */
  static async connect(connectionString: string, options: KurrentDbEventStoreOptions): Promise<KurrentDbEventStore> {
    let store: KurrentDbEventStore | undefined;
    try {
      store = new KurrentDbEventStore(connectionString, options);
      await store.headPosition();
      return store;
    } catch (error) {
      await store?.dispose();
      const where = connectionString.replace(/\/\/[^@/]*@/, '//***@');
      throw new Error(
        `Cannot use the KurrentDB event store at KURRENTDB_URL=${where}: ${describeCause(withPermissionNamed(error, 'read $all'))}`,
      );
    }
  }

  append(streamId: string, events: NewEvent[], expected: ExpectedVersion): Promise<AppendResult> {
    return appendIdempotently(this.streams, streamId, events, expected);
  }

  readStream(streamId: string): Promise<StoredEvent[]> {
    return this.streams.read(streamId);
  }

  /** Each position is read on its own (KurrentDB has no lookup by position), a few at a time. */
  async readPositions(positions: bigint[]): Promise<StoredEvent[]> {
    const wanted = [...new Set(positions)].filter((p) => p > 0n).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const found: StoredEvent[] = [];
    for (let i = 0; i < wanted.length; i += POSITION_READS_IN_FLIGHT) {
      const slice = wanted.slice(i, i + POSITION_READS_IN_FLIGHT);
      const firsts = await Promise.all(slice.map(async (position) => (await this.readAllFrom(position, 1))[0]));
      for (const [j, event] of firsts.entries()) if (event?.position === slice[j]) found.push(event);
    }
    return found;
  }

  async *readAll(after: bigint, batchSize = DEFAULT_BATCH_SIZE): AsyncGenerator<StoredEvent[]> {
    if (!(batchSize >= 1)) throw new RangeError(`batchSize must be at least 1, got ${batchSize}`);
    let cursor = after;
    for (;;) {
      // One more than asked: a read from a position includes the event at that position.
      const read = await this.readAllFrom(cursor, batchSize + 1);
      const batch = eventsAfter(read, cursor).slice(0, batchSize);
      if (batch.length > 0) yield batch;
      if (read.length <= batchSize) return;
      cursor = batch[batch.length - 1].position;
    }
  }

  subscribe(after: bigint, handlers: SubscriptionHandlers, options?: { batchSize?: number }): Subscription {
    const batchSize = options?.batchSize ?? DEFAULT_BATCH_SIZE;
    const subscription: KurrentDbSubscription = new KurrentDbSubscription(after, handlers, {
      open: (position) =>
        this.client.subscribeToAll({ fromPosition: readPositionAt(position), filter: this.filter }, { highWaterMark: batchSize }),
      batchSize,
      logger: this.logger,
      onFinished: () => this.subscriptions.delete(subscription),
    });
    this.subscriptions.add(subscription);
    return subscription;
  }

  /**
   * The position of the last of our events, not of whatever system event came after it; from the
   * leader, since callers compare it with what was just written (a bulletin's or an appeal's as-of).
   */
  async headPosition(): Promise<bigint> {
    try {
      for await (const resolved of this.client.readAll({
        direction: BACKWARDS,
        fromPosition: END,
        maxCount: 1,
        filter: this.filter,
        requiresLeader: true,
      })) {
        return toStoredEvent(resolved).position;
      }
    } catch (error) {
      throw withPermissionNamed(error, 'read $all');
    }
    return 0n;
  }

  /** Read, since KurrentDB keeps no count; only while a reader trails, and never beyond `limit`. */
  async countAfter(after: bigint, limit: number): Promise<number> {
    if (limit <= 0) return 0;
    let count = 0;
    for await (const batch of this.readAll(after, Math.min(limit, DEFAULT_BATCH_SIZE))) {
      count += batch.length;
      if (count >= limit) return limit;
    }
    return count;
  }

  async dispose(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
    await this.client.dispose();
  }

  /** Our events from `position` on, inclusive; from the start for 0n. */
  private async readAllFrom(position: bigint, count: number): Promise<StoredEvent[]> {
    const events: StoredEvent[] = [];
    try {
      for await (const resolved of this.client.readAll({ fromPosition: readPositionAt(position), maxCount: count, filter: this.filter })) {
        events.push(toStoredEvent(resolved));
      }
    } catch (error) {
      throw withPermissionNamed(error, 'read $all');
    }
    return events;
  }
}

/** One line. Errors from the client's native reader carry no more than their class name as message. */
function describeCause(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const cause = error instanceof UnavailableError ? `no server answered (${message})` : message;
  return cause.replace(/\s+/g, ' ');
}
