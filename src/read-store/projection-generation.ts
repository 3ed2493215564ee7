import { TableSpec } from './read-store.port';
import { tablesFingerprint } from './tables-fingerprint';

/**
 * The tables of one projection built from one set of specs; a rebuild fills the next generation.
 * Each adapter supplies its own table type.
 */
export abstract class ProjectionGeneration<Table> {
  readonly fingerprint: string;
  readonly tables = new Map<string, Table>();

  constructor(
    readonly projection: string,
    readonly number: number,
    readonly version: number,
    readonly specs: TableSpec[],
    makeTable: (spec: TableSpec) => Table,
  ) {
    this.fingerprint = tablesFingerprint(specs);
    for (const spec of specs) {
      if (this.tables.has(spec.name)) throw new Error(`Projection "${projection}" declares table "${spec.name}" twice`);
      this.tables.set(spec.name, makeTable(spec));
    }
  }

  table(name: string): Table {
    const table = this.tables.get(name);
    if (!table) throw new Error(`Table "${name}" is not part of projection "${this.projection}"`);
    return table;
  }
}
