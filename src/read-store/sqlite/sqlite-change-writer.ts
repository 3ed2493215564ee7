import { Change } from '../read-store.port';
import { SqliteGeneration } from './sqlite-generation';
import { SqliteTable } from './sqlite-table';

interface PendingInc {
  key: Record<string, unknown>;
  values: Record<string, number>;
}

/**
 * Writes a batch's changes in order, except that `inc`s are summed per row first: a replay hits
 * the same (area, day) rows over and over, and one write per row is most of the speed-up. Any
 * other change to a table writes that table's pending sums first, since it may touch the same row.
 */
export function writeChanges(generation: SqliteGeneration, changes: Change[]): void {
  const pending = new Map<SqliteTable, Map<string, PendingInc>>();
  for (const change of changes) {
    const table = generation.table(change.table);
    if (change.op === 'inc') {
      addInc(pending, table, change.key, change.values);
      continue;
    }
    const waiting = pending.get(table);
    if (waiting) {
      writeIncs(table, waiting);
      pending.delete(table);
    }
    if (change.op === 'upsert') table.upsert(change.key, change.values);
    else if (change.op === 'insert') table.insert(change.row);
    else table.delete(change.key);
  }
  for (const [table, incs] of pending) writeIncs(table, incs);
}

function addInc(
  pending: Map<SqliteTable, Map<string, PendingInc>>,
  table: SqliteTable,
  key: Record<string, unknown>,
  values: Record<string, number>,
): void {
  let rows = pending.get(table);
  if (!rows) {
    rows = new Map();
    pending.set(table, rows);
  }
  const rowKey = table.keyString(key);
  const row = rows.get(rowKey);
  if (!row) {
    rows.set(rowKey, { key, values: { ...values } });
    return;
  }
  for (const column in values) row.values[column] = (row.values[column] ?? 0) + values[column];
}

function writeIncs(table: SqliteTable, incs: Map<string, PendingInc>): void {
  for (const { key, values } of incs.values()) table.inc(key, values);
}
