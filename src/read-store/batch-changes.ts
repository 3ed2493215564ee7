import { Change, Row, TableSpec } from './read-store.port';

/** A table's changed days and row keys; null where any may have changed. */
interface TableChanges {
  days: Set<string> | null;
  /** By `keyString`, so a row changed by several events of the batch is listed once. */
  keys: Map<string, Row> | null;
}

/**
 * What a projection batch changed: the tables, and per table the business days (`day` column) and
 * the keys of the rows changed. A cache keyed on periods can then keep what the batch's days leave
 * alone, and an index of rows reload exactly the rows named. A table with a change naming no day
 * counts as changed on every day; one known only by name (from a checkpoint) in every row.
 */
export class BatchChanges {
  private readonly changes = new Map<string, TableChanges>();

  /** `keyColumns` of each table, to find the key of an inserted row (other changes name it). */
  constructor(private readonly keyColumns: ReadonlyMap<string, readonly string[]> = new Map()) {}

  /** Rebuilt from `entries()`, e.g. in another process. */
  static fromEntries(entries: BatchChangeEntry[]): BatchChanges {
    const changes = new BatchChanges();
    for (const [table, days, keys] of entries) {
      changes.changes.set(table, { days: days && new Set(days), keys: keys && new Map(keys.map((key) => [keyString(key), key])) });
    }
    return changes;
  }

  add(change: Change): void {
    let changed = this.changes.get(change.table);
    if (!changed) this.changes.set(change.table, (changed = { days: new Set(), keys: new Map() }));
    const day = dayOf(change);
    if (typeof day !== 'string') changed.days = null;
    else changed.days?.add(day);
    const key = change.op === 'insert' ? this.keyOfRow(change.table, change.row) : change.key;
    if (!key) changed.keys = null;
    else changed.keys?.set(keyString(key, this.keyColumns.get(change.table)), key);
  }

  /** Every row of the table may have changed (a follower reading checkpoints knows no more than that). */
  addTable(table: string): void {
    this.changes.set(table, { days: null, keys: null });
  }

  get tables(): string[] {
    return [...this.changes.keys()];
  }

  /** The days of the table's changed rows; null when unknown, i.e. any day. */
  daysOf(table: string): ReadonlySet<string> | null {
    return this.changes.get(table)?.days ?? null;
  }

  /** The keys of the table's changed rows (key columns only); null when unknown, empty for a table the batch left alone. */
  keysOf(table: string): readonly Row[] | null {
    const changed = this.changes.get(table);
    if (!changed) return [];
    return changed.keys && [...changed.keys.values()];
  }

  /** Plain data, to send to another process. */
  entries(): BatchChangeEntry[] {
    return [...this.changes].map(([table, { days, keys }]) => [table, days && [...days], keys && [...keys.values()]]);
  }

  private keyOfRow(table: string, row: Row): Row | undefined {
    const columns = this.keyColumns.get(table);
    if (!columns) return undefined;
    const key: Row = {};
    for (const column of columns) key[column] = row[column];
    return key;
  }
}

/** The key columns of every table of these projections, for `new BatchChanges(…)`. */
export function keyColumnsOf(projections: ReadonlyArray<{ tables: TableSpec[] }>): Map<string, readonly string[]> {
  return new Map(projections.flatMap((projection) => projection.tables.map((table) => [table.name, table.key] as const)));
}

/** A changed table, its changed days and the keys of its changed rows (null: any). */
export type BatchChangeEntry = [table: string, days: string[] | null, keys: Row[] | null];

/** Keeps 1 and '1' apart; in key-column order when known, so the same row always reads the same. */
function keyString(key: Row, columns: readonly string[] = Object.keys(key).sort()): string {
  let result = '';
  for (const column of columns) result += `${typeof key[column]}:${String(key[column])}\u0000`;
  return result;
}

/** The business day of the changed row: its key's, or the one the change writes. */
function dayOf(change: Change): unknown {
  if (change.op === 'insert') return change.row.day;
  if (change.key.day !== undefined) return change.key.day;
  if (change.op === 'upsert') return change.values.day;
  return change.op === 'patch' ? change.set.day : undefined;
}
