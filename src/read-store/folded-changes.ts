import { Change, Row, TableSpec } from './read-store.port';

/** What several `upsert`s, `inc`s and `push`es do to one row, as one write: set, then add, then append. */
export type RowPatch = Extract<Change, { op: 'patch' }>;

/**
 * Changes in arrival order, except that a row's `upsert`s, `inc`s and `push`es fold into one
 * patch, written with the table's other patches in key order: a replay touches the same (area,
 * day) rows over and over, and one write per row, made where the previous one left the b-tree,
 * is most of its speed. An `insert` or `delete` writes its table's patches first, since it may
 * touch the same row. A later change to a column wins over an earlier one, as statements applied
 * in order would.
 */
export class FoldedChanges {
  private ordered: Change[] = [];
  private readonly patches = new Map<string, PatchLevel>();
  private patchCount = 0;

  /** `keyColumns` of each table; a table not listed keys its rows by all the columns it names. */
  constructor(private readonly keyColumns: ReadonlyMap<string, readonly string[]> = new Map()) {}

  static of(tables: readonly TableSpec[]): FoldedChanges {
    return new FoldedChanges(new Map(tables.map((table) => [table.name, table.key])));
  }

  /** Writes waiting: changes kept as they are plus folded rows. */
  get size(): number {
    return this.ordered.length + this.patchCount;
  }

  add(change: Change): void {
    if (change.op === 'insert' || change.op === 'delete') {
      this.flushTable(change.table);
      this.ordered.push(change);
      return;
    }
    const patch = this.patchOf(change.table, change.key);
    patch.position = change.position;
    foldChange(patch, change);
  }

  /** Everything added since the last drain: inserts and deletes as they came, each other row as one `patch`. */
  drain(): Change[] {
    for (const table of [...this.patches.keys()]) this.flushTable(table);
    const items = this.ordered;
    this.ordered = [];
    return items;
  }

  /** Nested maps, one level per key column: a row found by its values, with no key string built per change. */
  private patchOf(table: string, key: Row): RowPatch {
    let rows = this.patches.get(table);
    if (!rows) this.patches.set(table, (rows = new Map()));
    const columns = this.keyColumns.get(table) ?? Object.keys(key).sort();
    let level = rows;
    for (let i = 0; i < columns.length - 1; i++) {
      const value = key[columns[i]];
      let next = level.get(value) as PatchLevel | undefined;
      if (!next) level.set(value, (next = new Map()));
      level = next;
    }
    const last = key[columns[columns.length - 1]];
    let patch = level.get(last) as RowPatch | undefined;
    if (!patch) {
      level.set(last, (patch = { op: 'patch', table, key, set: {}, inc: {}, push: {} }));
      this.patchCount++;
    }
    return patch;
  }

  private flushTable(table: string): void {
    const rows = this.patches.get(table);
    if (!rows) return;
    this.patches.delete(table);
    this.patchCount -= this.pushInKeyOrder(rows);
  }

  private pushInKeyOrder(level: PatchLevel): number {
    let count = 0;
    for (const value of [...level.keys()].sort(compareValues)) {
      const next = level.get(value)!;
      if (next instanceof Map) count += this.pushInKeyOrder(next);
      else {
        this.ordered.push(next);
        count++;
      }
    }
    return count;
  }
}

/** A table's patches by their first key column's value, then the next column's, down to the patch. */
type PatchLevel = Map<unknown, PatchLevel | RowPatch>;

/** A row's pending set, adds and appends, as one write makes them. */
export type RowFold = Pick<RowPatch, 'set' | 'inc' | 'push'>;

/**
 * Folds a change into what is pending for its row: a column set takes later adds and appends
 * itself, and a set drops earlier adds and appends to its columns, as statements in order would.
 */
export function foldChange(patch: RowFold, change: Extract<Change, { op: 'inc' | 'push' | 'upsert' | 'patch' }>): void {
  if (change.op === 'inc') foldInc(patch, change.values);
  else if (change.op === 'push') foldPush(patch, change.column, change.items);
  else if (change.op === 'upsert') foldSet(patch, change.values);
  else {
    foldSet(patch, change.set);
    foldInc(patch, change.inc);
    for (const column in change.push) foldPush(patch, column, change.push[column]);
  }
}

function foldInc(patch: RowFold, values: Record<string, number>): void {
  for (const column in values) {
    if (Object.hasOwn(patch.set, column)) patch.set[column] = Number(patch.set[column] ?? 0) + values[column];
    else patch.inc[column] = (patch.inc[column] ?? 0) + values[column];
  }
}

function foldPush(patch: RowFold, column: string, items: unknown[]): void {
  const list = Object.hasOwn(patch.set, column) ? (patch.set[column] as unknown[]) : (patch.push[column] ??= []);
  for (const item of items) list.push(item);
}

function foldSet(patch: RowFold, values: Row): void {
  for (const column in values) {
    delete patch.inc[column];
    delete patch.push[column];
    const value = values[column];
    // A list set here may grow by later pushes: the projection's own array stays as it was.
    patch.set[column] = Array.isArray(value) ? [...(value as unknown[])] : value;
  }
}

/** Numbers in numeric order and text in code-unit order, as SQLite and MongoDB order keys (numbers before text). */
function compareValues(a: unknown, b: unknown): number {
  if (typeof a !== typeof b) return typeof a === 'number' ? -1 : typeof b === 'number' ? 1 : String(typeof a) < String(typeof b) ? -1 : 1;
  return (a as string) < (b as string) ? -1 : (a as string) > (b as string) ? 1 : 0;
}
