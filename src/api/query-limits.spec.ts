import { buildSchema, parse } from 'graphql';
import {
  MAX_QUERY_COMPLEXITY,
  MAX_ROOT_FIELDS,
  QueryTooComplexError,
  TooManyRootFieldsError,
  UnknownOperationError,
  asQueryTooDeep,
  limitComplexity,
  queryComplexity,
} from './query-limits';

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
      `查询过于复杂：复杂度 ${cost(nested)} 超过上限 50000 / Query too complex: complexity ${cost(nested)} exceeds the limit of 50000`,
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

describe('root fields and operations', () => {
  const aliases = (n: number) => Array.from({ length: n }, (_, i) => `a${i}: item { id }`).join(' ');

  it('refuses more root fields than the limit, counting aliases and fragments at the root', () => {
    expect(refusal(`{ ${aliases(MAX_ROOT_FIELDS)} }`)).toBeUndefined();
    expect(refusal(`{ ${aliases(MAX_ROOT_FIELDS + 1)} }`)).toBeInstanceOf(TooManyRootFieldsError);
    const viaFragments = `{ ...F ... on Query { ${aliases(2)} } } fragment F on Query { ${aliases(MAX_ROOT_FIELDS - 1)} }`;
    expect(refusal(viaFragments)?.extensions).toEqual({
      code: 'TOO_MANY_ROOT_FIELDS',
      rootFields: MAX_ROOT_FIELDS + 1,
      limit: MAX_ROOT_FIELDS,
    });
  });

  it('names an operation the document lacks instead of calling it too complex', () => {
    const error = refusal('query A { item { id } }', undefined, 'B');
    expect(error).toBeInstanceOf(UnknownOperationError);
    expect(error?.statusCode).toBe(400);
    expect(error?.message).toBe('查询中没有名为 "B" 的操作 / the document holds no operation named "B" (operationName)');
    expect(refusal('query A { item { id } } query C { item { id } }')?.message).toMatch(/^查询含多个操作，须以 operationName 指明其一/);
  });
});

describe('query depth', () => {
  it("words Mercurius's refusal of a deep query with the limit and the depth, and leaves other errors be", () => {
    const mercurius = Object.assign(new Error('`Deep query depth (17) exceeds the query depth limit of 15`'), {
      code: 'MER_ERR_GQL_QUERY_DEPTH',
    });
    expect(asQueryTooDeep(mercurius)).toMatchObject({
      message: '查询嵌套过深：深度 17 超过上限 15 / Query too deep: depth 17 exceeds the limit of 15',
      extensions: { code: 'QUERY_TOO_DEEP', depth: 17, limit: 15 },
      statusCode: 400,
    });
    const other = new Error('Cannot query field "x" on type "Query".');
    expect(asQueryTooDeep(other)).toBe(other);
  });
});
