import {
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLSchema,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  getNamedType,
  getNullableType,
  getOperationAST,
  isListType,
  print,
} from 'graphql';
import { ComplexityEstimatorArgs, getComplexity } from 'graphql-query-complexity';
import { ErrorWithProps } from 'mercurius';

/**
 * The introspection query GraphiQL sends is 15 deep (its type references nest nine times); the
 * application's own queries are at most 6 deep. Deeper nesting is possible only down the unit tree
 * (Unit.children), which the complexity limit bounds as each level multiplies.
 */
export const MAX_QUERY_DEPTH = 15;

/**
 * About the number of values an answer computes. The whole organisation tree with its chiefs
 * (units, children, children, chiefs) costs 22,220; a listing with its reviews, their conditions
 * and periods 7,351; the bench's 120-row ranking 173. Fifty thousand passes those with room and
 * refuses the tree one level deeper (222,220), or 300 aliased rankings, before anything runs.
 */
export const MAX_QUERY_COMPLEXITY = 50_000;

/**
 * Each root field is a computation of its own (a whole ranking): a thousand aliases of distinct
 * rankings cost little by the count of fields but much in time. The screens ask for at most a few.
 */
export const MAX_ROOT_FIELDS = 20;

/** The rows a list is taken to hold when no `first`/`last`/`limit` argument says. */
const LIST_SIZE = 10;

/**
 * Introspection reads only the schema in memory, whatever is selected (and the depth limit bounds
 * that): one costs as much as a large screen, so a query can hold a few but not hundreds of them.
 */
const INTROSPECTION_COST = 1_000;

/** Enough for any legitimate query; a larger one is refused before it is costed in full. */
const MAX_QUERY_NODES = 10_000;

export class QueryTooDeepError extends ErrorWithProps {
  constructor(depth: number) {
    super(
      `查询嵌套过深：深度 ${depth} 超过上限 ${MAX_QUERY_DEPTH} / Query too deep: depth ${depth} exceeds the limit of ${MAX_QUERY_DEPTH}`,
      { code: 'QUERY_TOO_DEEP', depth, limit: MAX_QUERY_DEPTH },
      400,
    );
  }
}

export class QueryTooComplexError extends ErrorWithProps {
  constructor(complexity: number | string) {
    super(
      `查询过于复杂：复杂度 ${complexity} 超过上限 ${MAX_QUERY_COMPLEXITY} / Query too complex: complexity ${complexity} exceeds the limit of ${MAX_QUERY_COMPLEXITY}`,
      { code: 'QUERY_TOO_COMPLEX', complexity, limit: MAX_QUERY_COMPLEXITY },
      400,
    );
  }
}

export class TooManyRootFieldsError extends ErrorWithProps {
  constructor(count: number) {
    super(
      `查询的根字段过多：${count} 个，超过上限 ${MAX_ROOT_FIELDS} / Too many root fields: ${count} exceeds the limit of ${MAX_ROOT_FIELDS}`,
      { code: 'TOO_MANY_ROOT_FIELDS', rootFields: count, limit: MAX_ROOT_FIELDS },
      400,
    );
  }
}

export class UnknownOperationError extends ErrorWithProps {
  constructor(operationName: string | undefined) {
    super(
      operationName
        ? `查询中没有名为 "${operationName}" 的操作 / the document holds no operation named "${operationName}" (operationName)`
        : '查询含多个操作，须以 operationName 指明其一 / the document holds several operations: name one in operationName',
      { code: 'BAD_REQUEST', field: 'operationName' },
      400,
    );
  }
}

/** The root fields an operation selects, aliases and those in fragments at the root included. */
export function rootFieldCount(document: DocumentNode, operation: OperationDefinitionNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const seen = new Set<string>();
  const count = (set: SelectionSetNode): number =>
    set.selections.reduce((sum, s) => {
      if (s.kind === Kind.FIELD) return sum + 1;
      if (s.kind === Kind.INLINE_FRAGMENT) return sum + count(s.selectionSet);
      const fragment = fragments.get(s.name.value);
      // A fragment spread twice selects its fields once; a cycle is refused by validation.
      if (!fragment || seen.has(s.name.value)) return sum;
      seen.add(s.name.value);
      return sum + count(fragment.selectionSet);
    }, 0);
  return count(operation.selectionSet);
}

/** Mercurius's own refusal of a deep query, "`Q query depth (16) exceeds the query depth limit of 15`", in our words. */
export function asQueryTooDeep(error: Error & { code?: unknown }): Error {
  const depth = error.code === 'MER_ERR_GQL_QUERY_DEPTH' && /query depth \((\d+)\)/.exec(error.message)?.[1];
  return depth ? new QueryTooDeepError(Number(depth)) : error;
}

/** Each field costs one plus its selection; a list multiplies that by the rows it may hold. */
function estimate({ field, args, childComplexity }: ComplexityEstimatorArgs): number {
  if (getNamedType(field.type).name.startsWith('__')) return INTROSPECTION_COST;
  const cost = 1 + childComplexity;
  if (!isListType(getNullableType(field.type))) return cost;
  const rows = [args.first, args.last, args.limit].find((n) => Number.isInteger(n) && n > 0) as number | undefined;
  return cost * (rows ?? LIST_SIZE);
}

export function queryComplexity(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables?: Record<string, unknown>,
  operationName?: string,
): number {
  try {
    return getComplexity({ schema, query: document, variables, operationName, estimators: [estimate], maxQueryNodes: MAX_QUERY_NODES });
  } catch {
    // Bad variables were refused before; what is left is a query with too many fields to cost.
    throw new QueryTooComplexError(`> ${MAX_QUERY_COMPLEXITY}`);
  }
}

/** Only Int variables (row counts) and Boolean ones (@include, @skip) change a document's cost. */
const costIsFixed = (document: DocumentNode) =>
  document.definitions.every(
    (d) => d.kind !== Kind.OPERATION_DEFINITION || !d.variableDefinitions?.some((v) => /^(Int|Boolean)!?$/.test(print(v.type))),
  );

/** Mercurius's context of an HTTP request (a query sent with GET carries its operation name in the query string). */
interface RequestContext {
  reply?: { request: { body?: unknown; query?: unknown } };
}

/** Mercurius hands every request for a query text the same parsed document: its fixed cost is kept with it. */
const fixedCosts = new WeakMap<DocumentNode, Map<string, number>>();

/**
 * preExecution hook: refuses a query whose complexity exceeds the limit, or with more root fields
 * than the limit, or naming an operation the document lacks, before anything runs.
 * Mercurius checks the depth itself (queryDepth), as it validates.
 */
export function limitComplexity(
  schema: GraphQLSchema,
  document: DocumentNode,
  context: RequestContext,
  variables?: Record<string, unknown>,
) {
  const request = context.reply?.request;
  const name = ((request?.body ?? request?.query) as { operationName?: unknown } | undefined)?.operationName;
  const operationName = typeof name === 'string' ? name : undefined;
  const operation = getOperationAST(document, operationName);
  if (!operation) throw new UnknownOperationError(operationName);
  let costs = fixedCosts.get(document);
  let complexity = costs?.get(operationName ?? '');
  if (complexity === undefined) {
    complexity = queryComplexity(schema, document, variables, operationName);
    if (costIsFixed(document)) fixedCosts.set(document, (costs ??= new Map()).set(operationName ?? '', complexity));
  }
  if (complexity > MAX_QUERY_COMPLEXITY) throw new QueryTooComplexError(complexity);
  const rootFields = rootFieldCount(document, operation);
  if (rootFields > MAX_ROOT_FIELDS) throw new TooManyRootFieldsError(rootFields);
}
