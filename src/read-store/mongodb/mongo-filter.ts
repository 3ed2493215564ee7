import { Document } from 'mongodb';
import { Condition } from '../read-store.port';

const OPERATORS: Record<string, string> = { in: '$in', gt: '$gt', gte: '$gte', lt: '$lt', lte: '$lte' };

/**
 * Translates a port `where` into a MongoDB filter. Values always go behind an operator (`$eq` for
 * equality), so a value that looks like a query (`{ $ne: null }`) is compared, never run.
 * `$eq: null` matches a missing field too, as SQL's `IS NULL` matches a column never set.
 * Deleted rows kept as tombstones are left out.
 */
export function mongoFilter(where: Record<string, Condition>, checkColumn: (column: string) => void): Document {
  const filter: Document = { _gone: { $ne: true } };
  for (const [column, condition] of Object.entries(where)) {
    checkColumn(column);
    if (!isOperatorObject(condition)) {
      filter[column] = { $eq: condition ?? null };
      continue;
    }
    const operators: Document = {};
    for (const [operator, operand] of Object.entries(condition)) {
      if (operand !== undefined) operators[OPERATORS[operator]] = operand;
    }
    if (Object.keys(operators).length) filter[column] = operators;
  }
  return filter;
}

function isOperatorObject(condition: Condition): condition is Record<string, unknown> {
  if (typeof condition !== 'object' || condition === null || Array.isArray(condition)) return false;
  const keys = Object.keys(condition);
  return keys.length > 0 && keys.every((key) => Object.hasOwn(OPERATORS, key));
}
