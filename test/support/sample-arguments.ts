import {
  GraphQLField,
  GraphQLInputType,
  GraphQLSchema,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  getNamedType,
} from 'graphql';

/**
 * A value GraphQL accepts for each scalar, built-in or ours. A scalar without one fails the
 * authorization matrix: generated arguments must pass GraphQL's own checks, or the request would
 * be refused before the authorization guard decides anything.
 */
export const SCALAR_SAMPLES: Record<string, unknown> = {
  String: 'sample',
  ID: 'sample-id',
  Int: 1,
  Float: 1,
  Boolean: false,
  Day: '2026-05-15',
  DateTime: '2026-05-15T10:00:00+08:00',
  Money: '100.00',
};

/** The schema's scalars that have no sample: each must get one in SCALAR_SAMPLES. */
export const scalarsWithoutSample = (schema: GraphQLSchema): string[] =>
  Object.values(schema.getTypeMap())
    .filter((type) => isScalarType(type) && !type.name.startsWith('__') && !(type.name in SCALAR_SAMPLES))
    .map((type) => type.name);

/**
 * Arguments for a root field: its required arguments and, inside input objects, their required
 * fields; enums take their first value, scalars their sample. `placed` puts values at dotted
 * paths ("input.unitId", "filter.countyId"), creating the optional objects on the way.
 */
export function sampleArguments(field: GraphQLField<unknown, unknown>, placed: Record<string, unknown> = {}): Record<string, unknown> {
  const chosen = (name: string, required: boolean) =>
    required || Object.keys(placed).some((path) => path === name || path.startsWith(`${name}.`));
  return Object.fromEntries(
    field.args.filter((arg) => chosen(arg.name, isRequired(arg))).map((arg) => [arg.name, sampleOf(arg.type, arg.name, placed, chosen)]),
  );
}

/** A query, mutation or subscription running one root field with these arguments as variables, selecting only __typename. */
export function operationText(
  kind: 'query' | 'mutation' | 'subscription',
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
): string {
  const given = field.args.filter((arg) => arg.name in args);
  const variables = given.length ? `(${given.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ')})` : '';
  const call = given.length ? `(${given.map((arg) => `${arg.name}: $${arg.name}`).join(', ')})` : '';
  return `${kind}${variables} { ${field.name}${call}${isCompositeType(getNamedType(field.type)) ? ' { __typename }' : ''} }`;
}

const isRequired = (value: { type: GraphQLInputType; defaultValue?: unknown }) =>
  isNonNullType(value.type) && value.defaultValue === undefined;

function sampleOf(
  type: GraphQLInputType,
  path: string,
  placed: Record<string, unknown>,
  chosen: (path: string, required: boolean) => boolean,
): unknown {
  if (path in placed) return placed[path];
  const nullable = isNonNullType(type) ? type.ofType : type;
  if (isListType(nullable)) return [sampleOf(nullable.ofType, `${path}.0`, placed, chosen)];
  if (isInputObjectType(nullable)) {
    const fields = Object.values(nullable.getFields());
    const wanted = nullable.isOneOf ? fields.slice(0, 1) : fields.filter((f) => chosen(`${path}.${f.name}`, isRequired(f)));
    return Object.fromEntries(wanted.map((f) => [f.name, sampleOf(f.type, `${path}.${f.name}`, placed, chosen)]));
  }
  if (isEnumType(nullable)) return nullable.getValues()[0].name;
  if (!(nullable.name in SCALAR_SAMPLES)) {
    throw new Error(
      `no sample value for the scalar ${nullable.name} (at ${path}): add one to SCALAR_SAMPLES in test/support/sample-arguments.ts`,
    );
  }
  return SCALAR_SAMPLES[nullable.name];
}
