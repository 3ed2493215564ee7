/**
 * Pages of one table read apart (one per unit, one per scope: each an index's run in order) as
 * one page, newest first: what one `in` or `or` query would have the store sort whole. A row
 * found in several pages is kept once, by `idOf`; rows of one position keep a steady order.
 */
export function newestFirst<T extends { position: number }>(pages: T[][], limit: number, idOf: (row: T) => string | number): T[] {
  const byId = new Map(pages.flat().map((row) => [idOf(row), row]));
  return [...byId.values()].sort((a, b) => b.position - a.position || String(idOf(a)).localeCompare(String(idOf(b)))).slice(0, limit);
}
