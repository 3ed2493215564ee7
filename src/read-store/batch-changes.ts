import { Change } from './read-store.port';

/**
 * What a projection batch changed: the tables, and per table the business days (`day` column) of
 * the rows changed when every change to it named one. A cache keyed on periods can then keep what
 * the batch's days leave alone; a table with a change naming no day counts as changed everywhere.
 */
export class BatchChanges {
  private readonly days = new Map<string, Set<string> | null>();

  /** Rebuilt from `entries()`, e.g. in another process. */
  static fromEntries(entries: BatchChangeEntry[]): BatchChanges {
    const changes = new BatchChanges();
    for (const [table, days] of entries) changes.days.set(table, days && new Set(days));
    return changes;
  }

  add(change: Change): void {
    const day = change.op === 'insert' ? change.row.day : (change.key.day ?? (change.op === 'upsert' ? change.values.day : undefined));
    const known = this.days.get(change.table);
    if (typeof day !== 'string') this.days.set(change.table, null);
    else if (known) known.add(day);
    else if (known === undefined) this.days.set(change.table, new Set([day]));
  }

  /** Every row of the table may have changed (a follower knows no more than that). */
  addTable(table: string): void {
    this.days.set(table, null);
  }

  get tables(): string[] {
    return [...this.days.keys()];
  }

  /** The days of the table's changed rows; null when unknown, i.e. any day. */
  daysOf(table: string): ReadonlySet<string> | null {
    return this.days.get(table) ?? null;
  }

  /** Plain data, to send to another process. */
  entries(): BatchChangeEntry[] {
    return [...this.days].map(([table, days]) => [table, days && [...days]]);
  }
}

/** A changed table and its changed days (null: any day). */
export type BatchChangeEntry = [table: string, days: string[] | null];
