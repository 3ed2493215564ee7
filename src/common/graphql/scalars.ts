import { bilingual } from '../bilingual';
import { GraphQLError, GraphQLScalarType, Kind, ValueNode } from 'graphql';
import { isValidDay, shanghaiTimeOf } from '../business-day';
import { InvalidMoneyError, formatYuan, parseYuan } from '../money';

/** The scalars as officers name them. */
const SCALAR_NAMES = { Money: '金额', Day: '日期', DateTime: '时间' } as const;

function stringLiteral(ast: ValueNode, scalar: keyof typeof SCALAR_NAMES): string {
  if (ast.kind !== Kind.STRING) {
    throw new GraphQLError(bilingual(`${SCALAR_NAMES[scalar]}（${scalar}）须以字符串填写`, `${scalar} must be given as a string`));
  }
  return ast.value;
}

function parseMoney(value: unknown): number {
  if (typeof value !== 'string') {
    throw new GraphQLError(bilingual('金额须为以元计的字符串，例如 "12345.67"', 'Money must be a string of yuan, e.g. "12345.67"'));
  }
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
    throw new GraphQLError(
      bilingual(
        `日期 ${JSON.stringify(value)} 有误：须为 YYYY-MM-DD 格式，例如 "2026-04-17"`,
        `${JSON.stringify(value)} is not a calendar day: use YYYY-MM-DD, e.g. "2026-04-17"`,
      ),
    );
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

/** The instant in UTC ISO form (one spelling per instant), or an error saying what form it must take. */
export function parseInstant(value: unknown): string {
  if (typeof value !== 'string' || !INSTANT.test(value) || Number.isNaN(Date.parse(value))) {
    throw new GraphQLError(
      bilingual(
        `时间 ${JSON.stringify(value)} 有误：须为带时区的 ISO 8601 格式，例如 "2026-04-17T09:30:00+08:00"`,
        `${JSON.stringify(value)} is not an instant: use ISO 8601 with a time zone, e.g. "2026-04-17T09:30:00+08:00"`,
      ),
    );
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
