import { AnyBulkWriteOperation, Document, MongoBulkWriteError } from 'mongodb';
import { Change, ProjectionBatch, Row } from '../read-store.port';
import { MongoGeneration } from './mongo-generation';
import { foldChanges, RowEffect } from './mongo-row-effect';
import { MongoTable, RowDocument } from './mongo-table';

interface TouchedRow {
  key: Row;
  changes: Change[];
}

/** What a row's document says before the batch: the last position applied and whether it is a tombstone. */
interface StoredRow {
  position: bigint;
  gone: boolean;
}

/**
 * Writes a batch's changes without a transaction, so that a batch cut short by a crash and then
 * redelivered, even with other boundaries, counts every event once:
 * - every row document keeps `_pos`, the position of the last event applied to it, and a row only
 *   ever takes its changes in position order, so it holds exactly the effects of the events up to
 *   `_pos`;
 * - the batch reads the touched rows' `_pos` first (one `$in` per table), keeps only the changes
 *   after it, and folds them into one write per row: a single-document write is atomic, so a row
 *   has taken either all of its changes from the batch or none;
 * - each write is guarded by the `_pos` it was planned from (`insertOne` for a row that did not
 *   exist, whose `_id` is unique): if another writer moved the row in between, the write is not
 *   made and the batch fails instead of counting twice;
 * - a deleted row stays as a tombstone (`_gone`, with its `_pos`) until the checkpoint covers the
 *   delete, so a redelivered earlier change cannot bring it back.
 * Returns the ids of the tombstones written, for the caller to purge once the checkpoint is stored.
 */
export async function writeChanges(generation: MongoGeneration, batch: ProjectionBatch): Promise<Map<MongoTable, string[]>> {
  const tombstones = new Map<MongoTable, string[]>();
  for (const [table, rows] of groupByRow(generation, batch.changes)) {
    const stored = await storedRows(table, [...rows.keys()]);
    const operations: AnyBulkWriteOperation<RowDocument>[] = [];
    const gone: string[] = [];
    for (const [id, { key, changes }] of rows) {
      const before = stored.get(id);
      const after = changes.filter((change) => positionOf(change, batch) > (before?.position ?? -1n));
      if (!after.length) continue;
      const last = after.map((change) => positionOf(change, batch)).reduce((max, position) => (position > max ? position : max));
      const operation = rowWrite(table, id, before, foldChanges(table, key, before !== undefined && !before.gone, after), last);
      if (!operation) continue;
      operations.push(operation);
      if ('replaceOne' in operation && operation.replaceOne.replacement._gone) gone.push(id);
    }
    await bulkWrite(table, operations);
    if (gone.length) tombstones.set(table, gone);
  }
  return tombstones;
}

/** The one write that takes a row from `before` to `effect`, guarded by the `_pos` read; none when nothing changes. */
function rowWrite(
  table: MongoTable,
  id: string,
  before: StoredRow | undefined,
  effect: RowEffect,
  _pos: bigint,
): AnyBulkWriteOperation<RowDocument> | undefined {
  if (!before) {
    // Only a whole row can follow a missing one; its unique `_id` guards the insert.
    if (effect.kind !== 'whole' || !effect.row) return undefined;
    return { insertOne: { document: { ...table.fields(effect.row), _id: id, _pos } } };
  }
  const filter = { _id: id, _pos: before.position };
  if (effect.kind === 'patch') {
    const { inc, push, set } = effect;
    if (!Object.keys(inc).length && !Object.keys(push).length && !Object.keys(set).length) return undefined;
    const update: Document = {
      $set: { ...table.fields(set), _pos },
      ...(Object.keys(inc).length ? { $inc: table.fields(inc) } : {}),
      ...(Object.keys(push).length
        ? { $push: Object.fromEntries(Object.entries(push).map(([column, items]) => [column, { $each: items }])) }
        : {}),
    };
    return { updateOne: { filter, update } };
  }
  if (effect.row) return { replaceOne: { filter, replacement: { ...table.fields(effect.row), _id: id, _pos } } };
  // Nothing to delete unless the row is live: an absent row replays to the same absence.
  return before.gone ? undefined : { replaceOne: { filter, replacement: { _id: id, _pos, _gone: true } } };
}

/** Checks every change before anything is written, so a bad change fails the batch with no row touched. */
function groupByRow(generation: MongoGeneration, changes: Change[]): Map<MongoTable, Map<string, TouchedRow>> {
  const touched = new Map<MongoTable, Map<string, TouchedRow>>();
  for (const change of changes) {
    const table = generation.table(change.table);
    const key = change.op === 'insert' ? change.row : change.key;
    assertColumns(table, change);
    const id = table.idOf(key);
    let rows = touched.get(table);
    if (!rows) touched.set(table, (rows = new Map()));
    const row = rows.get(id);
    if (row) row.changes.push(change);
    else rows.set(id, { key, changes: [change] });
  }
  return touched;
}

/** A change's columns exist, numeric where it adds and lists where it appends. */
function assertColumns(table: MongoTable, change: Change): void {
  if (change.op === 'inc') Object.keys(change.values).forEach((column) => table.assertNumeric(column));
  else if (change.op === 'push') table.assertList(change.column);
  else if (change.op === 'patch') {
    Object.keys(change.set).forEach((column) => table.type(column));
    Object.keys(change.inc).forEach((column) => table.assertNumeric(column));
    Object.keys(change.push).forEach((column) => table.assertList(column));
  } else if (change.op !== 'delete')
    Object.keys(change.op === 'insert' ? change.row : change.values).forEach((column) => table.type(column));
}

async function storedRows(table: MongoTable, ids: string[]): Promise<Map<string, StoredRow>> {
  const documents = await table.collection.find({ _id: { $in: ids } }, { projection: { _pos: 1, _gone: 1 }, useBigInt64: true }).toArray();
  return new Map(documents.map((document) => [document._id, { position: document._pos as bigint, gone: document._gone === true }]));
}

async function bulkWrite(table: MongoTable, operations: AnyBulkWriteOperation<RowDocument>[]): Promise<void> {
  if (!operations.length) return;
  const guarded = operations.filter((operation) => !('insertOne' in operation)).length;
  let matched: number;
  try {
    matched = (await table.collection.bulkWrite(operations, { ordered: false })).matchedCount;
  } catch (error) {
    if (!(error instanceof MongoBulkWriteError) || error.code !== 11000) throw error;
    matched = -1;
  }
  if (matched !== guarded) {
    throw new Error(
      `Rows of table "${table.spec.name}" changed while this batch was written: is another instance applying the projection without its lease?`,
    );
  }
}

function positionOf(change: Change, batch: ProjectionBatch): bigint {
  return change.position ?? batch.checkpoint;
}
