import Database from 'better-sqlite3';
import { TableSpec } from '../read-store.port';
import { ProjectionGeneration } from '../projection-generation';
import { SqliteTable } from './sqlite-table';

/** The tables of one projection's generation, in SQLite. */
export class SqliteGeneration extends ProjectionGeneration<SqliteTable> {
  constructor(db: Database.Database, projection: string, number: number, version: number, specs: TableSpec[]) {
    super(projection, number, version, specs, (spec) => new SqliteTable(db, spec, number));
  }

  create(options?: { indexes?: boolean }): void {
    for (const table of this.tables.values()) table.create(options);
  }

  createIndexes(): void {
    for (const table of this.tables.values()) table.createIndexes();
  }

  drop(): void {
    for (const table of this.tables.values()) table.drop();
  }
}
