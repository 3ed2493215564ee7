import { GraphQLError, GraphQLScalarType, Kind, ValueNode } from 'graphql';
import { isValidDay, shanghaiTimeOf } from '../business-day';
import { InvalidMoneyError, formatYuan, parseYuan } from '../money';

function stringLiteral(ast: ValueNode, scalar: string): string {
  if (ast.kind !== Kind.STRING) throw new GraphQLError(`${scalar} must be given as a string`);
  return ast.value;
}

function parseMoney(value: unknown): number {
  if (typeof value !== 'string') throw new GraphQLError('Money must be a string of yuan, e.g. "12345.67"');
  try {
    return parseYuan(value);
  } catch (e) {
    throw new GraphQLError(e instanceof InvalidMoneyError ? e.message : String(e));
  }
}

/** Yuan as a decimal string at the edge, integer fen inside: ¥50M cases overflow GraphQL Int. */
export const MoneyScalar = new GraphQLScalarType<number, string>({
  name: 'Money',
  description: 'An amount in yuan as a decimal string with at most two decimals, e.g. "12345.67"',
  serialize: (fen) => formatYuan(fen as number),
  parseValue: parseMoney,
  parseLiteral: (ast) => parseMoney(stringLiteral(ast, 'Money')),
});

function parseDay(value: unknown): string {
  if (typeof value !== 'string' || !isValidDay(value)) {
    throw new GraphQLError(`${JSON.stringify(value)} is not a calendar day: use YYYY-MM-DD, e.g. "2026-04-17"`);
  }
  return value;
}

/** A business day in Asia/Shanghai, YYYY-MM-DD. */
export const DayScalar = new GraphQLScalarType<string, string>({
  name: 'Day',
  description: 'A business day (Asia/Shanghai) as YYYY-MM-DD',
  serialize: (day) => day as string,
  parseValue: parseDay,
  parseLiteral: (ast) => parseDay(stringLiteral(ast, 'Day')),
});

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function parseInstant(value: unknown): string {
  if (typeof value !== 'string' || !INSTANT.test(value) || Number.isNaN(Date.parse(value))) {
    throw new GraphQLError(`${JSON.stringify(value)} is not an instant: use ISO 8601 with a time zone, e.g. "2026-04-17T09:30:00+08:00"`);
  }
  return new Date(value).toISOString();
}

/** An instant with an explicit offset, so no one guesses the zone of a business time. */
export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  description:
    'An instant in ISO 8601 with an offset, e.g. "2026-04-17T09:30:00+08:00"; returned in Asia/Shanghai time (+08:00), as officers read it',
  serialize: (instant) => shanghaiTimeOf(instant as string),
  parseValue: parseInstant,
  parseLiteral: (ast) => parseInstant(stringLiteral(ast, 'DateTime')),
});
