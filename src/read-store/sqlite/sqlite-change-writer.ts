import { FoldedChanges } from '../folded-changes';
import { Change, ProjectionBatch } from '../read-store.port';
import { SqliteGeneration } from './sqlite-generation';

/**
 * Writes a batch's changes in order, except that each row's `upsert`s, `inc`s and `push`es are
 * folded into one `patch`, one statement (FoldedChanges): a replay hits the same (area, day) rows
 * over and over. A batch a rebuild folded already is written as it is. A run of inserts into one
 * table shares multi-row statements.
 */
export function writeChanges(generation: SqliteGeneration, batch: ProjectionBatch): void {
  const items = batch.folded ? batch.changes : fold(generation, batch.changes);
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const table = generation.table(item.table);
    if (item.op === 'patch') table.patch(item);
    else if (item.op === 'insert') {
      const rows = [item.row];
      for (let next = items[i + 1]; next?.op === 'insert' && next.table === item.table; next = items[i + 1]) {
        rows.push(next.row);
        i++;
      }
      table.insert(rows);
    } else if (item.op === 'delete') table.delete(item.key);
    else throw new Error(`Unexpected ${item.op} change after folding`);
  }
}

function fold(generation: SqliteGeneration, changes: Change[]): Change[] {
  const folded = FoldedChanges.of(generation.specs);
  for (const change of changes) folded.add(change);
  return folded.drain();
}
