import { Change, Row } from '../read-store.port';
import { SqliteGeneration } from './sqlite-generation';
import { SqliteTable } from './sqlite-table';

interface PendingRow {
  key: Row;
  incs: Record<string, number>;
  pushes: Record<string, unknown[]>;
}

/**
 * Writes a batch's changes in order, except that `inc`s are summed and `push`es gathered per row
 * first: a replay hits the same (area, day) rows over and over, and one write per row is most of
 * the speed-up. Any other change to a table writes that table's pending rows first, since it may
 * touch the same row.
 */
export function writeChanges(generation: SqliteGeneration, changes: Change[]): void {
  const pending = new Map<SqliteTable, Map<string, PendingRow>>();
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i];
    const table = generation.table(change.table);
    if (change.op === 'inc') {
      const row = pendingRow(pending, table, change.key);
      for (const column in change.values) row.incs[column] = (row.incs[column] ?? 0) + change.values[column];
      continue;
    }
    if (change.op === 'push') {
      const row = pendingRow(pending, table, change.key);
      (row.pushes[change.column] ??= []).push(...change.items);
      continue;
    }
    const waiting = pending.get(table);
    if (waiting) {
      writePending(table, waiting);
      pending.delete(table);
    }
    if (change.op === 'insert') {
      const rows = [change.row];
      for (let next = changes[i + 1]; next?.op === 'insert' && next.table === change.table; next = changes[i + 1]) {
        rows.push(next.row);
        i++;
      }
      table.insert(rows);
    } else if (change.op === 'upsert') table.upsert(change.key, change.values);
    else table.delete(change.key);
  }
  for (const [table, rows] of pending) writePending(table, rows);
}

function pendingRow(pending: Map<SqliteTable, Map<string, PendingRow>>, table: SqliteTable, key: Row): PendingRow {
  let rows = pending.get(table);
  if (!rows) {
    rows = new Map();
    pending.set(table, rows);
  }
  const rowKey = table.keyString(key);
  let row = rows.get(rowKey);
  if (!row) {
    row = { key, incs: {}, pushes: {} };
    rows.set(rowKey, row);
  }
  return row;
}

function writePending(table: SqliteTable, rows: Map<string, PendingRow>): void {
  for (const { key, incs, pushes } of rows.values()) table.accumulate(key, incs, pushes);
}
