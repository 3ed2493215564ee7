import { foldChange } from '../folded-changes';
import { Change, Row } from '../read-store.port';
import { MongoTable } from './mongo-table';

/**
 * What one batch does to one row, folded into a single write. While the stored document is live
 * and its content unknown, the changes fold into a patch (`$inc`, `$push`, `$set`); once the row is
 * known absent (never written, deleted as a tombstone, or deleted earlier in the batch) they fold
 * into the whole new row, or into nothing. A later change to a column wins over an earlier one,
 * as SQLite's statements in order would.
 */
export type RowEffect =
  { kind: 'patch'; inc: Record<string, number>; push: Record<string, unknown[]>; set: Row } | { kind: 'whole'; row: Row | undefined };

export function foldChanges(table: MongoTable, key: Row, live: boolean, changes: Change[]): RowEffect {
  let effect: RowEffect = live ? { kind: 'patch', inc: {}, push: {}, set: {} } : { kind: 'whole', row: undefined };
  for (const change of changes) {
    if (change.op === 'delete') {
      effect = { kind: 'whole', row: undefined };
    } else if (effect.kind === 'whole') {
      if (change.op === 'insert') effect.row ??= { ...table.emptyRow(key), ...values(table, change.row) };
      else foldInto((effect.row ??= table.emptyRow(key)), table, change);
    } else if (change.op !== 'insert') {
      patch(effect, table, change);
    }
  }
  return effect;
}

function foldInto(row: Row, table: MongoTable, change: Change): void {
  if (change.op === 'inc') {
    for (const column in change.values) row[column] = Number(row[column] ?? 0) + change.values[column];
  } else if (change.op === 'push') {
    (row[change.column] as unknown[]).push(...change.items);
  } else if (change.op === 'upsert') {
    Object.assign(row, values(table, change.values));
  } else if (change.op === 'patch') {
    Object.assign(row, values(table, change.set));
    for (const column in change.inc) row[column] = Number(row[column] ?? 0) + change.inc[column];
    for (const column in change.push) (row[column] as unknown[]).push(...change.push[column]);
  }
}

/** `$inc`, `$push` and `$set` may not share a column: a column set in this batch takes later changes in JS. */
function patch(effect: Extract<RowEffect, { kind: 'patch' }>, table: MongoTable, change: Change): void {
  if (change.op === 'upsert') foldChange(effect, { ...change, values: values(table, change.values) });
  else if (change.op === 'patch') foldChange(effect, { ...change, set: values(table, change.set) });
  else if (change.op === 'inc' || change.op === 'push') foldChange(effect, change);
}

function values(table: MongoTable, row: Row): Row {
  return Object.fromEntries(Object.entries(row).map(([column, value]) => [column, table.value(column, value)]));
}
