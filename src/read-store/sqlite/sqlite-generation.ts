import Database from 'better-sqlite3';
import { TableSpec } from '../read-store.port';
import { tablesFingerprint } from '../tables-fingerprint';
import { SqliteTable } from './sqlite-table';

/** The tables of one projection built from one set of specs; a rebuild fills the next generation. */
export class SqliteGeneration {
  readonly fingerprint: string;
  readonly tables = new Map<string, SqliteTable>();

  constructor(
    db: Database.Database,
    readonly projection: string,
    readonly number: number,
    readonly version: number,
    readonly specs: TableSpec[],
  ) {
    this.fingerprint = tablesFingerprint(specs);
    for (const spec of specs) {
      if (this.tables.has(spec.name)) throw new Error(`Projection "${projection}" declares table "${spec.name}" twice`);
      this.tables.set(spec.name, new SqliteTable(db, spec, number));
    }
  }

  table(name: string): SqliteTable {
    const table = this.tables.get(name);
    if (!table) throw new Error(`Table "${name}" is not part of projection "${this.projection}"`);
    return table;
  }

  create(): void {
    for (const table of this.tables.values()) table.create();
  }

  drop(): void {
    for (const table of this.tables.values()) table.drop();
  }
}
