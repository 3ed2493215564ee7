/**
 * The read-store port: named tables of flat rows described by a TableSpec, changed only through
 * projection batches and read through simple filters. Kept this small on purpose so a document
 * store (MongoDB) and SQLite implement it with the same meaning:
 * - a batch of changes and the projection's checkpoint are applied together (SQLite: one
 *   transaction; MongoDB: every row remembers the last position applied to it);
 * - `inc` adds to numeric columns (creating the row with zeros), `upsert` sets columns,
 *   `delete` removes a row by key, `insert` adds a row that must not exist yet (ignored when it does,
 *   so a replayed batch never duplicates it), `push` appends items to a list column (creating the
 *   row with empty lists; MongoDB: `$push` with `$each`).
 * List columns read back as arrays in push order. They let a projection keep, say, the events
 * behind a day's figures in that day's row: one write per row and batch instead of one per event.
 */
export type ColumnType = 'text' | 'integer' | 'real' | 'json' | 'list';

export interface TableSpec {
  name: string;
  columns: Record<string, ColumnType>;
  /** Columns forming the unique key of a row. */
  key: string[];
  /** Extra indexes for the queries run against this table. */
  indexes?: string[][];
}

export type Row = Record<string, unknown>;

export type Change = {
  /**
   * Global position of the event that produced the change, set by the projection runner. An
   * adapter without transactions (MongoDB) guards each row by the last position applied to it, so
   * a batch redelivered with other boundaries after a crash never counts an event twice. When
   * missing, the batch's checkpoint stands in.
   */
  position?: bigint;
} & (
  | { op: 'inc'; table: string; key: Row; values: Record<string, number> }
  | { op: 'upsert'; table: string; key: Row; values: Row }
  | { op: 'delete'; table: string; key: Row }
  | { op: 'insert'; table: string; row: Row }
  | { op: 'push'; table: string; key: Row; column: string; items: unknown[] }
  /**
   * Sets, then adds to, then appends to one row, creating it (zeros, empty lists) when missing:
   * what a row's `upsert`s, `inc`s and `push`es fold into (FoldedChanges), written as one.
   */
  | { op: 'patch'; table: string; key: Row; set: Row; inc: Record<string, number>; push: Record<string, unknown[]> }
);

export type Condition = unknown | { in: unknown[] } | { gte?: unknown; lte?: unknown; gt?: unknown; lt?: unknown };

export interface FindOptions {
  where?: Record<string, Condition>;
  /** Only these columns (default: all); leaves large list columns out of hot queries. */
  columns?: string[];
  orderBy?: Array<[column: string, direction: 'asc' | 'desc']>;
  limit?: number;
}

export interface ProjectionBatch {
  projection: string;
  changes: Change[];
  /** Global position of the last event covered by this batch. */
  checkpoint: bigint;
  /**
   * The changes come from FoldedChanges.drain (a rebuild folds them across its commits): each row
   * appears once, as one `patch`, so a store need not fold them again.
   */
  folded?: boolean;
}

/** What the active generation of a projection was built with; compared at start-up to decide on a rebuild. */
export interface StoredVersion {
  version: number;
  /** `tablesFingerprint` of the specs the tables were created from. */
  fingerprint: string;
}

export abstract class ReadStore {
  /**
   * Creates the first generation of a projection's tables when the projection is unknown; a known
   * projection is left as it is (idempotent), even when `tables` or `version` differ: the caller
   * compares `storedVersion` and rebuilds.
   */
  abstract ensureTables(projection: string, tables: TableSpec[], version: number): Promise<void>;
  /** Undefined for a projection whose tables were never created. */
  abstract storedVersion(projection: string): Promise<StoredVersion | undefined>;
  /** Skipped when `batch.checkpoint` is not after the stored checkpoint, so a redelivered batch counts once. */
  abstract apply(batch: ProjectionBatch): Promise<void>;
  /** 0n for a projection that has applied nothing (or is unknown). */
  abstract checkpoint(projection: string): Promise<bigint>;
  abstract find<T extends Row = Row>(table: string, options?: FindOptions): Promise<T[]>;
  abstract findOne<T extends Row = Row>(table: string, key: Row): Promise<T | undefined>;
  /**
   * Starts a new generation of a projection's tables from `tables`, empty, with checkpoint 0; reads
   * keep using the old one. `version` is recorded when the target is activated. One rebuild per
   * projection at a time: starting one discards a previous unfinished one.
   */
  abstract beginRebuild(projection: string, tables: TableSpec[], version: number): Promise<RebuildTarget>;
  /**
   * Takes or renews the lease on `name` for `owner` until now + ttlMs; true when `owner` holds it.
   * Service instances sharing a read store run each projection only while holding its lease.
   */
  abstract acquireLease(name: string, owner: string, ttlMs: number): Promise<boolean>;
  /** Gives the lease up at once (on shutdown) when `owner` holds it, so another instance takes over. */
  abstract releaseLease(name: string, owner: string): Promise<void>;
  /** Who holds the lease on `name` now; undefined when nobody does or it has expired. */
  abstract leaseHolder(name: string): Promise<string | undefined>;
  abstract dispose(): Promise<void>;
}

/** Writes into the next generation of a projection until `activate` switches reads to it (and drops the old one). */
export interface RebuildTarget {
  apply(batch: ProjectionBatch): Promise<void>;
  checkpoint(): Promise<bigint>;
  activate(): Promise<void>;
  abandon(): Promise<void>;
}
