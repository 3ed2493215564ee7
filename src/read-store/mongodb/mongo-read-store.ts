import { Db, MongoClient } from 'mongodb';
import { IndexCheck } from '../index-check';
import { FindOptions, ProjectionBatch, ReadStore, RebuildTarget, Row, StoredVersion, TableSpec } from '../read-store.port';
import { MongoCatalog } from './mongo-catalog';
import { writeChanges } from './mongo-change-writer';
import { connectMongo, MongoReadStoreOptions } from './mongo-connect';
import { MongoGeneration } from './mongo-generation';
import { MongoLeases } from './mongo-leases';
import { MongoTable } from './mongo-table';

/**
 * Read store in a MongoDB database, shared by any number of service instances. Each projection's
 * tables are collections in generations (`daily_indicators__g1`, `__g2`, ...): reads and live
 * batches use the active one while a rebuild fills the next, and activation switches them with one
 * single-document update. No multi-document transaction is used: rows guard themselves by the last
 * position applied to them (see `writeChanges`), and the checkpoint is written after the rows.
 * Table names are global: a logical table belongs to exactly one projection.
 *
 * Nothing but a generation's specs is cached, so every instance reads what the last activation
 * chose. A read racing another instance's activation can still find the replaced collections just
 * dropped and come back empty that once.
 */
export class MongoReadStore extends ReadStore {
  private readonly catalog: MongoCatalog;
  private readonly leases: MongoLeases;

  private constructor(
    private readonly client: MongoClient,
    private readonly db: Db,
    private readonly indexCheck: IndexCheck,
  ) {
    super();
    this.catalog = new MongoCatalog(db);
    this.leases = new MongoLeases(db);
  }

  /** Rejects with a one-line message naming MONGODB_URI when the server cannot be reached. */
  static async connect(options: MongoReadStoreOptions): Promise<MongoReadStore> {
    const { client, db } = await connectMongo(options);
    return new MongoReadStore(client, db, new IndexCheck(options));
  }

  async ensureTables(projection: string, tables: TableSpec[], version: number): Promise<void> {
    const active = await this.catalog.active(projection);
    // A generation created before tables got their key index gets it here, at the next start-up,
    // rather than only when its specs next change.
    if (active) return active.completeIndexes();
    // Unlike a rebuild, this leaves other generations alone: instances starting together may all get
    // here, each with its own generation; the first activation wins and the others drop theirs.
    const generation = await this.newGeneration(projection, tables, version);
    await this.catalog.create(generation);
    if (!(await this.catalog.activate(generation, true))) await this.catalog.drop(generation);
  }

  async storedVersion(projection: string): Promise<StoredVersion | undefined> {
    const generation = await this.catalog.active(projection);
    return generation && { version: generation.version, fingerprint: generation.fingerprint };
  }

  async apply(batch: ProjectionBatch): Promise<void> {
    const generation = await this.catalog.active(batch.projection);
    if (!generation) throw new Error(`Unknown projection "${batch.projection}": ensure its tables first`);
    await this.applyTo(generation, batch);
  }

  async checkpoint(projection: string): Promise<bigint> {
    const generation = await this.catalog.active(projection);
    return generation ? this.catalog.checkpoint(generation) : 0n;
  }

  async find<T extends Row = Row>(table: string, options?: FindOptions): Promise<T[]> {
    const found = await this.table(table);
    this.indexCheck.check(found.spec, options);
    return found.find(options) as Promise<T[]>;
  }

  async findOne<T extends Row = Row>(table: string, key: Row): Promise<T | undefined> {
    const found = await this.table(table);
    this.indexCheck.check(found.spec, { where: key, limit: 1 });
    return found.findOne(key) as Promise<T | undefined>;
  }

  acquireLease(name: string, owner: string, ttlMs: number): Promise<boolean> {
    return this.leases.acquire(name, owner, ttlMs);
  }

  releaseLease(name: string, owner: string): Promise<void> {
    return this.leases.release(name, owner);
  }

  leaseHolder(name: string): Promise<string | undefined> {
    return this.leases.holder(name);
  }

  async beginRebuild(projection: string, tables: TableSpec[], version: number): Promise<RebuildTarget> {
    const generation = await this.newGeneration(projection, tables, version);
    for (const stale of await this.catalog.inactive(projection)) await this.catalog.drop(stale);
    await this.catalog.create(generation);
    let finished = false;
    const open = () => {
      if (finished) throw new Error(`Rebuild of projection "${projection}" was already activated or abandoned`);
    };
    return {
      apply: async (batch) => {
        open();
        await this.applyTo(generation, batch);
      },
      checkpoint: () => this.catalog.checkpoint(generation),
      activate: async () => {
        open();
        // Throws when a newer rebuild has discarded this one, which must then not become active.
        await this.catalog.checkpoint(generation);
        const replaced = await this.catalog.active(projection);
        await this.catalog.activate(generation);
        finished = true;
        if (replaced) await this.catalog.drop(replaced);
      },
      abandon: async () => {
        open();
        finished = true;
        await this.catalog.drop(generation);
      },
    };
  }

  async dispose(): Promise<void> {
    await this.client.close();
  }

  /** Under a number never used before, so a discarded generation's target or cache cannot reach it. */
  private async newGeneration(projection: string, tables: TableSpec[], version: number): Promise<MongoGeneration> {
    const generation = new MongoGeneration(this.db, projection, await this.catalog.nextNumber(projection), version, tables);
    await this.catalog.checkOwnership(generation);
    return generation;
  }

  /**
   * Rows first, checkpoint after: a crash in between leaves rows ahead of the checkpoint, which their
   * `_pos` makes the redelivered batch skip. Tombstones go once the checkpoint covers their deletes,
   * since no change at or before the checkpoint is ever applied again.
   */
  private async applyTo(generation: MongoGeneration, batch: ProjectionBatch): Promise<void> {
    if (batch.checkpoint <= (await this.catalog.checkpoint(generation))) return;
    const tombstones = await writeChanges(generation, batch);
    await this.catalog.setCheckpoint(generation, batch.checkpoint);
    for (const [table, ids] of tombstones) await table.collection.deleteMany({ _id: { $in: ids }, _gone: true });
  }

  private async table(name: string): Promise<MongoTable> {
    const generation = await this.catalog.activeWithTable(name);
    if (!generation) throw new Error(`Unknown read-model table "${name}"`);
    return generation.table(name);
  }
}
