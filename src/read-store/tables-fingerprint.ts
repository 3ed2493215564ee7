import { createHash } from 'node:crypto';
import { TableSpec } from './read-store.port';

/**
 * Identifies a set of table specs independently of the order tables, columns and indexes are
 * declared in, so reordering a declaration does not trigger a rebuild but any real change does.
 * Key column order is kept: it is the order of the primary key.
 */
export function tablesFingerprint(tables: TableSpec[]): string {
  const canonical = [...tables]
    .sort((a, b) => compare(a.name, b.name))
    .map((table) => ({
      name: table.name,
      columns: Object.entries(table.columns).sort(([a], [b]) => compare(a, b)),
      key: table.key,
      indexes: (table.indexes ?? []).map((index) => index.join(',')).sort(compare),
    }));
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
