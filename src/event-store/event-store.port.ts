/**
 * The event store port. Adapters: embedded SQLite (default) and KurrentDB.
 * Positions are bigint inside the process; convert to strings only at the edges (JSON, GraphQL).
 */
export type ExpectedVersion = 'no_stream' | 'stream_exists' | 'any' | bigint;

/** Who acted, from the verified token: events recorded before tokens carry subject and role only. */
export interface Actor {
  subject: string;
  role: string;
  name?: string;
  /** The units the acting token serves (empty: city-wide). */
  units?: string[];
  kind?: 'PERSON' | 'SYSTEM';
}

/** Metadata every event carries. `recordedAt` is stamped by the command side, not by the client. */
export interface EventMetadata {
  occurredAt: string;
  recordedAt: string;
  unitId: string;
  actor: Actor;
  source: string;
  correlationId: string;
  causationId: string;
  idempotencyKey: string;
  /**
   * A digest of what the client sent with the idempotency key: a resend must match it, or it is
   * a different fact reusing the key. Absent on events recorded before resends were compared.
   */
  requestDigest?: string;
  /** A fact received long after it happened: why, and how many days late (LATE_ENTRY_DAYS). */
  lateEntry?: LateEntry;
}

export interface LateEntry {
  reason: string;
  daysLate: number;
}

export interface NewEvent<T = unknown> {
  type: string;
  data: T;
  metadata: EventMetadata;
}

export interface StoredEvent<T = unknown> extends NewEvent<T> {
  /** Deterministic from the idempotency key, so every adapter derives the same id for a resend. */
  id: string;
  streamId: string;
  /** 0-based position of the event inside its stream. */
  streamVersion: bigint;
  /** 1-based position in the whole store; strictly increasing in append order. */
  position: bigint;
}

export interface AppendResult {
  /** Version of the last event now in the stream (the expected version for the next append). */
  nextExpectedVersion: bigint;
  /** Global position of the last event of this append (or of the originals, for a resend). */
  lastPosition: bigint;
  events: StoredEvent[];
  /** True when every event was a resend of one already stored: nothing was appended. */
  duplicate: boolean;
}

export interface SubscriptionHandlers {
  /** Called with batches in position order; the next batch waits for the returned promise. */
  onEvents(batch: StoredEvent[]): Promise<void>;
  /** Called once when the subscription has read everything stored when it started. */
  onCaughtUp?(position: bigint): void;
  onError?(error: Error): void;
}

export interface Subscription {
  stop(): Promise<void>;
}

/** One stream's part of an append to several streams. */
export interface StreamAppend {
  streamId: string;
  events: NewEvent[];
  expected: ExpectedVersion;
}

export abstract class EventStore {
  /** Appends atomically; checks the expected version; a full resend returns the originals. */
  abstract append(streamId: string, events: NewEvent[], expected: ExpectedVersion): Promise<AppendResult>;
  /**
   * Appends to several streams, each as `append` would, with results in the same order: what an
   * import or a system's batch records at once. A store with transactions across streams (SQLite)
   * appends all or none; one without (KurrentDB) appends stream after stream, so a failure leaves
   * the streams before it appended, and their idempotency keys make a retry of the whole safe.
   */
  async appendMany(appends: StreamAppend[]): Promise<AppendResult[]> {
    const results: AppendResult[] = [];
    for (const { streamId, events, expected } of appends) results.push(await this.append(streamId, events, expected));
    return results;
  }
  /** Events of one stream in order; a missing stream reads as empty. */
  abstract readStream(streamId: string): Promise<StoredEvent[]>;
  /**
   * The events at these global positions, in position order; positions holding no event are
   * skipped. Read models keep positions, not copies of events, and fetch the events when asked.
   */
  abstract readPositions(positions: bigint[]): Promise<StoredEvent[]>;
  /** Every event with a global position strictly after `after` (0n = from the start), in batches. */
  abstract readAll(after: bigint, batchSize?: number): AsyncIterable<StoredEvent[]>;
  /** Catch-up from `after` (exclusive), then tails live appends until stopped. */
  abstract subscribe(after: bigint, handlers: SubscriptionHandlers, options?: { batchSize?: number }): Subscription;
  /** Global position of the last stored event (0n when empty). */
  abstract headPosition(): Promise<bigint>;
  /**
   * How many events come after `after`, counting no further than `limit`: how far a reader at
   * `after` trails the log, in events on every store (KurrentDB's positions are byte offsets, so a
   * difference of positions would mean something else there).
   */
  abstract countAfter(after: bigint, limit: number): Promise<number>;
  abstract dispose(): Promise<void>;
}
