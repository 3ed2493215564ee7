import { registerEnumType } from '@nestjs/graphql';

/** Registers a GraphQL enum from a const tuple, with Chinese descriptions for the values. */
export function graphqlEnum<T extends string>(name: string, values: readonly T[], labels: Record<T, string>, description: string) {
  const enumObject = Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
  registerEnumType(enumObject, {
    name,
    description,
    valuesMap: Object.fromEntries(values.map((v) => [v, { description: labels[v] }])) as never,
  });
  return enumObject;
}
