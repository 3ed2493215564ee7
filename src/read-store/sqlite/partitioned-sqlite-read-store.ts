import { IndexCheckOptions } from '../index-check';
import { FindOptions, ProjectionBatch, ReadStore, RebuildTarget, Row, StoredVersion, TableSpec } from '../read-store.port';
import { SqliteReadStore } from './sqlite-read-store';

/** Projections whose tables live in a file of their own. */
export interface ReadStorePartition {
  file: string;
  projections: readonly string[];
}

/**
 * The read store in several SQLite files: the projections a partition names keep their tables in
 * its file, every other projection in the main file (with the leases). SQLite lets one connection
 * at a time write a file, so a rebuild can fill two files from two threads at once (see
 * app/rebuild-alongside.ts); each file is a whole read store of its own, so a batch and its
 * checkpoint still commit together. A projection moved into or out of a partition loses its old
 * tables when the store opens, and is rebuilt where it now lives.
 */
export class PartitionedSqliteReadStore extends ReadStore {
  private readonly main: SqliteReadStore;
  private readonly partitions: Array<{ file: string; projections: ReadonlySet<string>; store: SqliteReadStore }>;

  constructor(options: { file: string; partitions: readonly ReadStorePartition[] } & IndexCheckOptions) {
    super();
    const { file, partitions, ...indexCheck } = options;
    this.main = new SqliteReadStore({ file, ...indexCheck });
    this.partitions = partitions.map((partition) => ({
      file: partition.file,
      projections: new Set(partition.projections),
      store: new SqliteReadStore({ file: partition.file, ...indexCheck }),
    }));
    for (const store of this.stores()) {
      for (const projection of store.projections()) if (this.storeOf(projection) !== store) store.forget(projection);
    }
  }

  /** The file of the partition that names this projection; undefined when it lives in the main file. */
  partitionFile(projection: string): string | undefined {
    return this.partitions.find(({ projections }) => projections.has(projection))?.file;
  }

  /** Reads the active generations of a partition again, once another thread has rebuilt some of them. */
  reloadPartition(file: string): void {
    this.partitions.find((partition) => partition.file === file)?.store.reload();
  }

  async ensureTables(projection: string, tables: TableSpec[], version: number): Promise<void> {
    this.checkOwnership(projection, tables);
    return this.storeOf(projection).ensureTables(projection, tables, version);
  }

  storedVersion(projection: string): Promise<StoredVersion | undefined> {
    return this.storeOf(projection).storedVersion(projection);
  }

  apply(batch: ProjectionBatch): Promise<void> {
    return this.storeOf(batch.projection).apply(batch);
  }

  checkpoint(projection: string): Promise<bigint> {
    return this.storeOf(projection).checkpoint(projection);
  }

  find<T extends Row = Row>(table: string, options?: FindOptions): Promise<T[]> {
    return this.storeOfTable(table).find<T>(table, options);
  }

  findOne<T extends Row = Row>(table: string, key: Row): Promise<T | undefined> {
    return this.storeOfTable(table).findOne<T>(table, key);
  }

  acquireLease(name: string, owner: string, ttlMs: number): Promise<boolean> {
    return this.main.acquireLease(name, owner, ttlMs);
  }

  releaseLease(name: string, owner: string): Promise<void> {
    return this.main.releaseLease(name, owner);
  }

  leaseHolder(name: string): Promise<string | undefined> {
    return this.main.leaseHolder(name);
  }

  async beginRebuild(projection: string, tables: TableSpec[], version: number): Promise<RebuildTarget> {
    this.checkOwnership(projection, tables);
    return this.storeOf(projection).beginRebuild(projection, tables, version);
  }

  async dispose(): Promise<void> {
    await Promise.all(this.stores().map((store) => store.dispose()));
  }

  private stores(): SqliteReadStore[] {
    return [this.main, ...this.partitions.map(({ store }) => store)];
  }

  private storeOf(projection: string): SqliteReadStore {
    return this.partitions.find(({ projections }) => projections.has(projection))?.store ?? this.main;
  }

  /** Unknown tables go to the main file, which names them in its error. */
  private storeOfTable(table: string): SqliteReadStore {
    return this.partitions.find(({ store }) => store.ownerOf(table) !== undefined)?.store ?? this.main;
  }

  /** Table names are global across the files too. */
  private checkOwnership(projection: string, tables: TableSpec[]): void {
    for (const store of this.stores()) {
      if (store === this.storeOf(projection)) continue;
      for (const { name } of tables) {
        const owner = store.ownerOf(name);
        if (owner !== undefined) throw new Error(`Table "${name}" already belongs to projection "${owner}"`);
      }
    }
  }
}
