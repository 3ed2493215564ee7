import { Condition, FindOptions, TableSpec } from './read-store.port';

/** How a `where` constrains one column: one value (null included), a list of values, or a range. */
export type Constraint = 'equal' | 'in' | 'range';

/** What an index needs to know of a query: its values left out, so one shape stands for every call of a query. */
export interface QueryShape {
  where: Record<string, Constraint>;
  orderBy: Array<[column: string, direction: 'asc' | 'desc']>;
  limited: boolean;
}

const OPERATORS = ['in', 'gt', 'gte', 'lt', 'lte'];

/**
 * The shape of a `find`. A condition whose operands are all undefined (`{ gte: undefined }`, an open
 * period bound) is left out: both adapters drop it, so it narrows nothing and no index can use it.
 */
export function shapeOf(options: FindOptions = {}): QueryShape {
  const where: Record<string, Constraint> = {};
  for (const [column, condition] of Object.entries(options.where ?? {})) {
    const constraint = constraintOf(condition);
    if (constraint) where[column] = constraint;
  }
  return { where, orderBy: options.orderBy ?? [], limited: options.limit !== undefined };
}

/** A table's indexes: its key in key order (SQLite's primary key, MongoDB's key index), then the declared ones. */
export function indexesOf(spec: TableSpec): string[][] {
  return [spec.key, ...(spec.indexes ?? [])];
}

/**
 * The first index that serves a query of this shape, or undefined when none does. A query is
 * served when one index (SQLite and MongoDB each use one per query) satisfies both:
 *
 * (a) the `where` is empty, or it constrains the index's first column: the server then reads a
 *     range of the index instead of every row. An empty `where` is a deliberate whole-table read.
 * (b) with a `limit` and an `orderBy`, the ordered columns, all in one direction, are the index's
 *     columns right after those its leading columns that `where` fixes to one value: the server
 *     then reads the page in order and stops at the limit, instead of sorting all it matched. An
 *     `in` fixes nothing here: SQLite sorts the union of its runs in a temporary b-tree.
 *     Without a limit every match is returned anyway, so sorting them in memory costs no more
 *     than reading them.
 *
 * One refinement of that rule: an ordered column that `where` fixes to one value is dropped from
 * the order before matching, as sorting by a constant orders nothing (`where unitId = u order by
 * unitId, position` reads index (unitId, position) in order all the same).
 */
export function servingIndex(indexes: string[][], shape: QueryShape): string[] | undefined {
  return indexes.find((index) => bounded(index, shape) && ordered(index, shape));
}

/** "where unitId in, day range; order by position desc; limit": a shape as one line. */
export function describeShape(shape: QueryShape): string {
  const where = Object.entries(shape.where).map(([column, constraint]) => `${column} ${constraint === 'equal' ? '=' : constraint}`);
  const parts = [where.length ? `where ${where.join(', ')}` : 'no where'];
  if (shape.orderBy.length) parts.push(`order by ${shape.orderBy.map(([column, direction]) => `${column} ${direction}`).join(', ')}`);
  if (shape.limited) parts.push('limit');
  return parts.join('; ');
}

function bounded(index: string[], shape: QueryShape): boolean {
  const columns = Object.keys(shape.where);
  return columns.length === 0 || columns.includes(index[0]);
}

function ordered(index: string[], shape: QueryShape): boolean {
  if (!shape.limited) return true;
  const order = shape.orderBy.filter(([column]) => shape.where[column] !== 'equal');
  if (!order.length) return true;
  if (order.some(([, direction]) => direction !== order[0][1])) return false;
  let fixed = 0;
  while (fixed < index.length && shape.where[index[fixed]] === 'equal') fixed++;
  return order.every(([column], i) => index[fixed + i] === column);
}

function constraintOf(condition: Condition): Constraint | undefined {
  if (typeof condition !== 'object' || condition === null || Array.isArray(condition)) return 'equal';
  const entries = Object.entries(condition);
  // Any other object is a value to compare with, as the adapters read it.
  if (!entries.length || !entries.every(([operator]) => OPERATORS.includes(operator))) return 'equal';
  const given = entries.filter(([, operand]) => operand !== undefined);
  if (!given.length) return undefined;
  return given.some(([operator]) => operator === 'in') ? 'in' : 'range';
}
