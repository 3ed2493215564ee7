/**
 * What a GraphQL request body must look like before anything parses, caches or runs it. Parsing
 * and the response cache's key recurse: a body nested thousands deep would overflow the stack, so
 * it is refused here with a message naming the problem.
 */

/** Deeper than any variables a screen sends (a period inside an input inside a list is 4). */
export const MAX_VARIABLES_DEPTH = 32;

/** Brackets of a query text: the depth limit (15) plus arguments nested in the deepest field, with room. */
export const MAX_QUERY_NESTING = 64;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** How deep a JSON value nests, counted without recursion; stops counting past `limit`. */
export function nestingOf(value: unknown, limit: number): number {
  let deepest = 0;
  const pending: Array<[unknown, number]> = [[value, 0]];
  while (pending.length) {
    const [next, depth] = pending.pop()!;
    if (typeof next !== 'object' || next === null) continue;
    if (depth + 1 > deepest) deepest = depth + 1;
    if (deepest > limit) return deepest;
    for (const child of Array.isArray(next) ? next : Object.values(next)) pending.push([child, depth + 1]);
  }
  return deepest;
}

/** The deepest nesting of {, [ and ( in a GraphQL text, outside strings and comments; stops counting past `limit`. */
export function bracketNestingOf(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '"') {
      const block = text.startsWith('"""', i);
      const close = block ? '"""' : '"';
      i += close.length;
      while (i < text.length && !text.startsWith(close, i)) i += text[i] === '\\' ? 2 : 1;
      i += close.length - 1;
    } else if (c === '{' || c === '[' || c === '(') {
      if (++depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (c === '}' || c === ']' || c === ')') {
      depth--;
    }
  }
  return deepest;
}

/** A GET request carries its variables as JSON text; GraphQL refuses text that does not parse. */
function parsedVariables(variables: unknown): unknown {
  if (typeof variables !== 'string') return variables;
  try {
    return JSON.parse(variables);
  } catch {
    return undefined;
  }
}

/** The problem with a GraphQL request's parameters, in Chinese and English, or undefined when it has none. */
export function requestProblem(params: unknown): string | undefined {
  if (!isObject(params)) return '请求体须为 JSON 对象 / the request must be a JSON object';
  const { query, variables, operationName } = params;
  if (query !== undefined && typeof query !== 'string') return '"query" 须为字符串 / "query" must be a string';
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') {
    return '"operationName" 须为字符串 / "operationName" must be a string';
  }
  if (variables !== undefined && variables !== null && !isObject(variables) && typeof variables !== 'string') {
    return '"variables" 须为对象 / "variables" must be an object';
  }
  if (nestingOf(parsedVariables(variables), MAX_VARIABLES_DEPTH + 1) > MAX_VARIABLES_DEPTH + 1) {
    return `变量嵌套过深，超过 ${MAX_VARIABLES_DEPTH} 层 / variables nested deeper than ${MAX_VARIABLES_DEPTH}`;
  }
  if (typeof query === 'string' && bracketNestingOf(query, MAX_QUERY_NESTING) > MAX_QUERY_NESTING) {
    return `查询嵌套过深：括号超过 ${MAX_QUERY_NESTING} 层 / query nested deeper than ${MAX_QUERY_NESTING} brackets`;
  }
  return undefined;
}
