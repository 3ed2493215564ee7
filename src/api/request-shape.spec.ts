import { MAX_QUERY_NESTING, MAX_VARIABLES_DEPTH, bracketNestingOf, nestingOf, requestProblem } from './request-shape';

/** A list inside a list… `depth` deep, built without recursion. */
function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

describe('the shape of a GraphQL request', () => {
  it('measures nesting without recursion, so a value thousands deep is measured, not overflowed', () => {
    expect(nestingOf({ input: { period: { kind: 'DAY' } } }, 10)).toBe(3);
    expect(nestingOf(1, 10)).toBe(0);
    expect(nestingOf(nested(100_000), 40)).toBe(41);
  });

  it('counts brackets outside strings, block strings and comments', () => {
    expect(bracketNestingOf('{ a(b: [1]) { c } }', 99)).toBe(3);
    expect(bracketNestingOf('{ a(s: "{{[[", t: """ ((( \\""" ]]] """) # {{{{\n }', 99)).toBe(2);
    expect(bracketNestingOf(`{ a(l: ${'['.repeat(60_000)}1${']'.repeat(60_000)}) }`, MAX_QUERY_NESTING)).toBe(MAX_QUERY_NESTING + 1);
  });

  it('passes what the screens send', () => {
    expect(requestProblem({ query: '{ units { unitId } }' })).toBeUndefined();
    expect(
      requestProblem({ query: 'query Q($p: PeriodInput!) { x(p: $p) }', variables: { p: { kind: 'DAY' } }, operationName: 'Q' }),
    ).toBeUndefined();
    expect(requestProblem({ query: '{ a }', variables: '{"p":[1]}', operationName: null })).toBeUndefined();
  });

  it.each([
    [42, '请求体须为 JSON 对象 / the request must be a JSON object'],
    [{ query: 42 }, '"query" 须为字符串 / "query" must be a string'],
    [{ query: '{ a }', operationName: 7 }, '"operationName" 须为字符串 / "operationName" must be a string'],
    [{ query: '{ a }', variables: [1] }, '"variables" 须为对象 / "variables" must be an object'],
    [
      { query: '{ a }', variables: { d: nested(MAX_VARIABLES_DEPTH + 1) } },
      `变量嵌套过深，超过 ${MAX_VARIABLES_DEPTH} 层 / variables nested deeper than ${MAX_VARIABLES_DEPTH}`,
    ],
    [
      { query: '{ a }', variables: `{"d":${'['.repeat(20_000)}1${']'.repeat(20_000)}}` },
      `变量嵌套过深，超过 ${MAX_VARIABLES_DEPTH} 层 / variables nested deeper than ${MAX_VARIABLES_DEPTH}`,
    ],
    [
      { query: `{ a(l: ${'['.repeat(65)}1${']'.repeat(65)}) }` },
      `查询嵌套过深：括号超过 ${MAX_QUERY_NESTING} 层 / query nested deeper than ${MAX_QUERY_NESTING} brackets`,
    ],
  ])('refuses a request with a problem: %#', (params, problem) => {
    expect(requestProblem(params)).toBe(problem);
  });

  it('lets variables nest as deep as the limit', () => {
    expect(requestProblem({ query: '{ a }', variables: { d: nested(MAX_VARIABLES_DEPTH) } })).toBeUndefined();
  });
});
