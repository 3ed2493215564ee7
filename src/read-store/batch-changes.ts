import { Change } from './read-store.port';

/**
 * What a projection batch changed: the tables, and per table the business days (`day` column) of
 * the rows changed when every change to it named one. A cache keyed on periods can then keep what
 * the batch's days leave alone; a table with a change naming no day counts as changed everywhere.
 */
export class BatchChanges {
  private readonly days = new Map<string, Set<string> | null>();

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
}
