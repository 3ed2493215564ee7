import { DocumentNode, GraphQLSchema, getOperationAST, getVariableValues } from 'graphql';
import { ErrorWithProps } from 'mercurius';

/**
 * Mercurius skips graphql-js's variable check on the request that compiles a query with the JIT,
 * and the JIT's own check reports only "Expected type Money." without the field or the reason.
 * Checking here keeps every bad-input message naming the field and the problem.
 */
export function validateVariables(schema: GraphQLSchema, document: DocumentNode, _context: unknown, variables?: Record<string, unknown>) {
  const operation = getOperationAST(document);
  if (!operation?.variableDefinitions?.length) return;
  const { errors } = getVariableValues(schema, operation.variableDefinitions, variables ?? {});
  if (errors?.length) {
    throw new ErrorWithProps(errors.map((e) => e.message).join('; '), { code: 'BAD_USER_INPUT' }, 400);
  }
}
