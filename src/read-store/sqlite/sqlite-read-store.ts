import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { IndexCheck, IndexCheckOptions } from '../index-check';
import { FindOptions, ProjectionBatch, ReadStore, RebuildTarget, Row, StoredVersion, TableSpec } from '../read-store.port';
import { writeChanges } from './sqlite-change-writer';
import { SqliteGeneration } from './sqlite-generation';
import { SqliteTable } from './sqlite-table';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS projections (
    name TEXT PRIMARY KEY,
    active_generation INTEGER NOT NULL
  );
  CREATE TABLE IF NOT EXISTS projection_generations (
    projection TEXT NOT NULL,
    generation INTEGER NOT NULL,
    version INTEGER NOT NULL,
    tables TEXT NOT NULL,
    checkpoint INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (projection, generation)
  );
  CREATE TABLE IF NOT EXISTS leases (
    name TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    expires_at INTEGER NOT NULL
  );
`;

interface GenerationRow {
  projection: string;
  generation: number;
  version: number;
  tables: string;
}

/**
 * Read store in one SQLite file. Each projection's tables exist in generations
 * (`daily_indicators__g1`, `__g2`, ...): reads and live batches use the active one while a rebuild
 * fills the next, and activation swaps them in one transaction. Table names are global: a logical
 * table belongs to exactly one projection.
 *
 * The active generations are cached in memory, so a rebuild must run through this instance or while
 * no other process has the file open.
 */
export class SqliteReadStore extends ReadStore {
  private readonly db: Database.Database;
  private readonly active = new Map<string, SqliteGeneration>();
  private readonly tables = new Map<string, SqliteTable>();
  private readonly sql: ReturnType<typeof prepareMeta>;
  private readonly applyTransaction: (generation: SqliteGeneration, batch: ProjectionBatch) => void;
  private readonly indexCheck: IndexCheck;

  constructor(options: { file: string } & IndexCheckOptions) {
    super();
    this.indexCheck = new IndexCheck(options);
    mkdirSync(dirname(options.file), { recursive: true });
    this.db = new Database(options.file);
    this.db.pragma('journal_mode = WAL');
    // WAL + NORMAL survives a process crash; a power cut may lose the last batches, which the
    // checkpoint makes the runner replay.
    this.db.pragma('synchronous = NORMAL');
    // A CLI reading the file while the server writes waits for the write lock instead of failing.
    this.db.pragma('busy_timeout = 5000');
    // Replays touch rows all over the key space: a larger page cache keeps them in memory, and
    // checkpointing the WAL every ~40 MB instead of 4 MB copies a page rewritten by many batches once.
    this.db.pragma('cache_size = -65536');
    this.db.pragma('wal_autocheckpoint = 10000');
    this.db.exec(SCHEMA);
    this.sql = prepareMeta(this.db);
    this.applyTransaction = this.db.transaction((generation: SqliteGeneration, batch: ProjectionBatch) => {
      if (batch.checkpoint <= this.readCheckpoint(generation)) return;
      writeChanges(generation, batch);
      this.sql.setCheckpoint.run(batch.checkpoint, generation.projection, generation.number);
    });
    this.reload();
  }

  /** Reads the active generations again: another connection (a rebuild in another thread) may have switched some. */
  reload(): void {
    this.active.clear();
    this.tables.clear();
    for (const row of this.sql.activeGenerations.all() as GenerationRow[]) this.activate(this.generationFrom(row));
  }

  /** The projection whose active tables include this one, if any. */
  ownerOf(table: string): string | undefined {
    // A loop, not a copy of the map: the partitioned store asks this on every read.
    for (const generation of this.active.values()) if (generation.tables.has(table)) return generation.projection;
    return undefined;
  }

  /** Every projection with tables in this file, active or left by an interrupted rebuild. */
  projections(): string[] {
    return this.sql.knownProjections.all() as string[];
  }

  /** Drops every generation of a projection kept elsewhere now, so its old tables do not linger here. */
  forget(projection: string): void {
    this.db
      .transaction(() => {
        this.discardInactive(projection);
        const generation = this.active.get(projection);
        if (generation) this.dropGeneration(generation);
        this.sql.deleteProjection.run(projection);
      })
      .immediate();
    const generation = this.active.get(projection);
    if (generation) for (const name of generation.tables.keys()) this.tables.delete(name);
    this.active.delete(projection);
  }

  async ensureTables(projection: string, tables: TableSpec[], version: number): Promise<void> {
    if (this.active.has(projection)) return;
    const generation = new SqliteGeneration(this.db, projection, 1, version, tables);
    this.checkOwnership(generation);
    this.db.transaction(() => {
      this.discardInactive(projection);
      this.createGeneration(generation);
      this.sql.setActive.run(projection, generation.number);
    })();
    this.activate(generation);
  }

  async storedVersion(projection: string): Promise<StoredVersion | undefined> {
    const generation = this.active.get(projection);
    return generation && { version: generation.version, fingerprint: generation.fingerprint };
  }

  async apply(batch: ProjectionBatch): Promise<void> {
    const generation = this.active.get(batch.projection);
    if (!generation) throw new Error(`Unknown projection "${batch.projection}": ensure its tables first`);
    this.applyTransaction(generation, batch);
  }

  async checkpoint(projection: string): Promise<bigint> {
    const generation = this.active.get(projection);
    return generation ? this.readCheckpoint(generation) : 0n;
  }

  async find<T extends Row = Row>(table: string, options?: FindOptions): Promise<T[]> {
    const found = this.table(table);
    this.indexCheck.check(found.spec, options);
    return found.find(options) as T[];
  }

  async findOne<T extends Row = Row>(table: string, key: Row): Promise<T | undefined> {
    const found = this.table(table);
    const options = { where: key, limit: 1 };
    this.indexCheck.check(found.spec, options);
    return found.find(options)[0] as T | undefined;
  }

  async acquireLease(name: string, owner: string, ttlMs: number): Promise<boolean> {
    const now = Date.now();
    return this.sql.takeLease.run(name, owner, now + ttlMs, now).changes > 0;
  }

  async releaseLease(name: string, owner: string): Promise<void> {
    this.sql.releaseLease.run(name, owner);
  }

  async leaseHolder(name: string): Promise<string | undefined> {
    return this.sql.leaseHolder.get(name, Date.now()) as string | undefined;
  }

  async beginRebuild(projection: string, tables: TableSpec[], version: number): Promise<RebuildTarget> {
    const previous = this.active.get(projection);
    const generation = new SqliteGeneration(this.db, projection, (previous?.number ?? 0) + 1, version, tables);
    this.checkOwnership(generation);
    // Secondary indexes are built once the generation is filled: maintaining them row by row (the
    // audit trail's five, one on random event ids) was most of a rebuild's time.
    this.db.transaction(() => {
      this.discardInactive(projection);
      this.createGeneration(generation, { indexes: false });
    })();
    let finished = false;
    const open = () => {
      if (finished) throw new Error(`Rebuild of projection "${projection}" was already activated or abandoned`);
    };
    return {
      apply: async (batch) => {
        open();
        this.applyTransaction(generation, batch);
      },
      checkpoint: async () => this.readCheckpoint(generation),
      activate: async () => {
        open();
        const replaced = this.active.get(projection);
        this.db.transaction(() => {
          generation.createIndexes();
          this.sql.setActive.run(projection, generation.number);
          if (replaced) this.dropGeneration(replaced);
        })();
        finished = true;
        if (replaced) for (const name of replaced.tables.keys()) this.tables.delete(name);
        this.activate(generation);
      },
      abandon: async () => {
        open();
        finished = true;
        this.db.transaction(() => this.dropGeneration(generation))();
      },
    };
  }

  async dispose(): Promise<void> {
    this.db.close();
  }

  private table(name: string): SqliteTable {
    const table = this.tables.get(name);
    if (!table) throw new Error(`Unknown read-model table "${name}"`);
    return table;
  }

  private readCheckpoint(generation: SqliteGeneration): bigint {
    return this.sql.checkpoint.get(generation.projection, generation.number) as bigint;
  }

  private activate(generation: SqliteGeneration): void {
    this.active.set(generation.projection, generation);
    for (const [name, table] of generation.tables) this.tables.set(name, table);
  }

  private checkOwnership(generation: SqliteGeneration): void {
    for (const name of generation.tables.keys()) {
      const owner = this.ownerOf(name);
      if (owner !== undefined && owner !== generation.projection)
        throw new Error(`Table "${name}" already belongs to projection "${owner}"`);
    }
  }

  private createGeneration(generation: SqliteGeneration, options?: { indexes?: boolean }): void {
    generation.create(options);
    this.sql.insertGeneration.run(generation.projection, generation.number, generation.version, JSON.stringify(generation.specs));
  }

  private dropGeneration(generation: SqliteGeneration): void {
    generation.drop();
    this.sql.deleteGeneration.run(generation.projection, generation.number);
  }

  /** Drops what an interrupted rebuild left behind. */
  private discardInactive(projection: string): void {
    for (const row of this.sql.inactiveGenerations.all(projection) as GenerationRow[]) {
      this.dropGeneration(this.generationFrom(row));
    }
  }

  private generationFrom(row: GenerationRow): SqliteGeneration {
    return new SqliteGeneration(this.db, row.projection, row.generation, row.version, JSON.parse(row.tables) as TableSpec[]);
  }
}

function prepareMeta(db: Database.Database) {
  const columns = 'g.projection, g.generation, g.version, g.tables';
  return {
    activeGenerations: db.prepare(
      `SELECT ${columns} FROM projection_generations g JOIN projections p ON p.name = g.projection AND p.active_generation = g.generation`,
    ),
    inactiveGenerations: db.prepare(
      `SELECT ${columns} FROM projection_generations g LEFT JOIN projections p ON p.name = g.projection
       WHERE g.projection = ? AND (p.active_generation IS NULL OR p.active_generation <> g.generation)`,
    ),
    checkpoint: db.prepare('SELECT checkpoint FROM projection_generations WHERE projection = ? AND generation = ?').pluck().safeIntegers(),
    setCheckpoint: db.prepare('UPDATE projection_generations SET checkpoint = ? WHERE projection = ? AND generation = ?'),
    insertGeneration: db.prepare('INSERT INTO projection_generations (projection, generation, version, tables) VALUES (?, ?, ?, ?)'),
    deleteGeneration: db.prepare('DELETE FROM projection_generations WHERE projection = ? AND generation = ?'),
    knownProjections: db.prepare('SELECT name FROM projections UNION SELECT projection FROM projection_generations').pluck(),
    deleteProjection: db.prepare('DELETE FROM projections WHERE name = ?'),
    // One statement decides, so two processes on the same file cannot both win.
    takeLease: db.prepare(
      `INSERT INTO leases (name, owner, expires_at) VALUES (?, ?, ?)
       ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
       WHERE leases.owner = excluded.owner OR leases.expires_at <= ?`,
    ),
    releaseLease: db.prepare('DELETE FROM leases WHERE name = ? AND owner = ?'),
    leaseHolder: db.prepare('SELECT owner FROM leases WHERE name = ? AND expires_at > ?').pluck(),
    setActive: db.prepare(
      `INSERT INTO projections (name, active_generation) VALUES (?, ?)
       ON CONFLICT (name) DO UPDATE SET active_generation = excluded.active_generation`,
    ),
  };
}
