import { Db } from 'mongodb';
import { TableSpec } from '../read-store.port';
import { tablesFingerprint } from '../tables-fingerprint';
import { MongoTable } from './mongo-table';

/** The collections of one projection built from one set of specs; a rebuild fills the next generation. */
export class MongoGeneration {
  readonly fingerprint: string;
  readonly tables = new Map<string, MongoTable>();

  constructor(
    db: Db,
    readonly projection: string,
    readonly number: number,
    readonly version: number,
    readonly specs: TableSpec[],
  ) {
    this.fingerprint = tablesFingerprint(specs);
    for (const spec of specs) {
      if (this.tables.has(spec.name)) throw new Error(`Projection "${projection}" declares table "${spec.name}" twice`);
      this.tables.set(spec.name, new MongoTable(db, spec, number));
    }
  }

  /** The `_id` of its document in `projection_generations`. */
  get id(): string {
    return `${this.projection}#${this.number}`;
  }

  table(name: string): MongoTable {
    const table = this.tables.get(name);
    if (!table) throw new Error(`Table "${name}" is not part of projection "${this.projection}"`);
    return table;
  }

  async create(): Promise<void> {
    for (const table of this.tables.values()) await table.create();
  }

  async drop(): Promise<void> {
    for (const table of this.tables.values()) await table.drop();
  }
}
