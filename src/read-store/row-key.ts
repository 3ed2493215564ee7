import { Row } from './read-store.port';

/** A row's identity as one string; keeps 1 and '1' apart; in key-column order when known, so the same row always reads the same. */
export function keyString(key: Row, columns: readonly string[] = Object.keys(key).sort()): string {
  let result = '';
  for (const column of columns) result += `${typeof key[column]}:${String(key[column])}\u0000`;
  return result;
}
