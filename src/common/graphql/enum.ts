import { registerEnumType } from '@nestjs/graphql';

/**
 * Registers a GraphQL enum from a const tuple, with Chinese descriptions for the values. `nameOf`
 * gives a value its name in the schema where that differs from the value the domain keeps.
 */
export function graphqlEnum<T extends string>(
  name: string,
  values: readonly T[],
  labels: Record<T, string>,
  description: string,
  nameOf: (value: T) => string = (v) => v,
) {
  const enumObject = Object.fromEntries(values.map((v) => [nameOf(v), v])) as Record<string, T>;
  registerEnumType(enumObject, {
    name,
    description,
    valuesMap: Object.fromEntries(values.map((v) => [nameOf(v), { description: labels[v] }])) as never,
  });
  return enumObject;
}
