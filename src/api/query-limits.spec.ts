import { buildSchema, parse } from 'graphql';
import { MAX_QUERY_COMPLEXITY, QueryTooComplexError, asQueryTooDeep, limitComplexity, queryComplexity } from './query-limits';

const schema = buildSchema(`
  type Item { id: ID! tags: [String!]! children: [Item!]! }
  type Query { items(first: Int): [Item!]! item: Item }
`);
const cost = (query: string, variables?: Record<string, unknown>) => queryComplexity(schema, parse(query), variables);
const refusal = (query: string, variables?: Record<string, unknown>, operationName?: string) => {
  try {
    limitComplexity(schema, parse(query), { reply: { request: { body: { operationName } } } }, variables);
  } catch (error) {
    return error as QueryTooComplexError;
  }
  return undefined;
};

describe('query complexity', () => {
  it('counts each field once and a list as ten rows, or as many as `first` asks for', () => {
    expect(cost('{ item { id } }')).toBe(2);
    expect(cost('{ items { id } }')).toBe(20);
    expect(cost('{ items(first: 3) { id tags } }')).toBe(3 * (1 + 1 + 10));
    expect(cost('query($n: Int) { items(first: $n) { id } }', { n: 50 })).toBe(100);
  });

  it('costs introspection as one large screen, whatever it selects', () => {
    expect(cost('{ __schema { types { name fields { name type { name ofType { name } } } } } }')).toBe(1000);
    expect(cost('{ __typename item { __typename } }')).toBe(3);
  });

  it('refuses a query above the limit, naming the limit and its complexity', () => {
    const nested = '{ items { children { children { children { children { id } } } } } }';
    expect(cost(nested)).toBe(211_110);
    const error = refusal(nested);
    expect(error).toBeInstanceOf(QueryTooComplexError);
    expect(error?.statusCode).toBe(400);
    expect(error?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', complexity: cost(nested), limit: MAX_QUERY_COMPLEXITY });
    expect(error?.message).toBe(
      `查询过于复杂:复杂度 ${cost(nested)} 超过上限 50000 / Query too complex: complexity ${cost(nested)} exceeds the limit of 50000`,
    );
    expect(refusal('{ items { children { children { children { id } } } } }')).toBeUndefined();
  });

  it('costs the operation asked for, and again when a row count comes in a variable', () => {
    const document = parse('query Few($n: Int) { items(first: $n) { id } } query Many { items(first: 50000) { id } }');
    const check = (operationName: string, variables?: Record<string, unknown>) => () =>
      limitComplexity(schema, document, { reply: { request: { body: { operationName } } } }, variables);
    expect(check('Few', { n: 5 })).not.toThrow();
    expect(check('Few', { n: 25_001 })).toThrow(QueryTooComplexError);
    expect(check('Many')).toThrow(QueryTooComplexError);
  });

  it('refuses a query with too many fields to cost', () => {
    const wide = `{ ${Array.from({ length: 10_001 }, (_, i) => `a${i}: item { id }`).join(' ')} }`;
    expect(refusal(wide)?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', complexity: `> ${MAX_QUERY_COMPLEXITY}` });
  });
});

describe('query depth', () => {
  it('words Mercurius\'s refusal of a deep query with the limit and the depth, and leaves other errors be', () => {
    const mercurius = Object.assign(new Error('`Deep query depth (17) exceeds the query depth limit of 15`'), { code: 'MER_ERR_GQL_QUERY_DEPTH' });
    expect(asQueryTooDeep(mercurius)).toMatchObject({
      message: '查询嵌套过深:深度 17 超过上限 15 / Query too deep: depth 17 exceeds the limit of 15',
      extensions: { code: 'QUERY_TOO_DEEP', depth: 17, limit: 15 },
      statusCode: 400,
    });
    const other = new Error('Cannot query field "x" on type "Query".');
    expect(asQueryTooDeep(other)).toBe(other);
  });
});
