import { GraphQLSchema, isObjectType } from 'graphql';

/** The name of the resolver @nestjs/graphql gives every code-first field that has none of its own. */
const NEST_PROPERTY_RESOLVER = 'rootFieldResolver';

/**
 * Nest wraps every plain field in a resolver that reads the property of the same name. graphql-jit
 * reads a field without a resolver inline, but calls a resolver through its promise-aware path:
 * on a 120-row ranking those calls were a tenth of the request. Dropping the wrappers changes no
 * answer, as no output field renames its property or declares a default value.
 */
export function readPlainFieldsDirectly(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.resolve?.name === NEST_PROPERTY_RESOLVER) field.resolve = undefined;
    }
  }
  return schema;
}
