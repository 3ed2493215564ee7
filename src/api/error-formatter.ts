import { ExecutionResult, GraphQLError } from 'graphql';
import { ErrorWithProps, MercuriusContext, defaultErrorFormatter } from 'mercurius';
import { clientErrorStatus, internalErrorFor } from '../common/graphql/api-errors';
import { refusalInChinese } from './graphql-refusals';
import { asQueryTooDeep } from './query-limits';

type Failure = Error & { errors?: unknown };

/**
 * Mercurius's errorFormatter: every GraphQL answer with errors passes here, also those the
 * exception filter never sees (field resolvers, which Nest runs without filters; failures before
 * or after the resolvers). Unexpected errors answer a reference to the logged stack instead of
 * their message; status codes are Mercurius's own (400 for a refused query).
 */
export function formatGraphqlErrors(execution: ExecutionResult & Required<Pick<ExecutionResult, 'errors'>>, context: MercuriusContext) {
  const formatted = defaultErrorFormatter({ ...execution, errors: execution.errors.map(clientSafe) }, context);
  const errors = formatted.response.errors?.map((e) => ({ ...e, message: refusalInChinese(e.message) }));
  return { ...formatted, response: { ...formatted.response, errors } };
}

/**
 * In production the schema is not told to strangers: introspection is refused, and so are the
 * suggestions graphql-js adds to a misspelt field or type ("Did you mean "ranking"?").
 */
export function formatProductionGraphqlErrors(
  execution: ExecutionResult & Required<Pick<ExecutionResult, 'errors'>>,
  context: MercuriusContext,
) {
  const formatted = formatGraphqlErrors(execution, context);
  const errors = formatted.response.errors?.map((e) => ({ ...e, message: withoutSuggestions(e.message) }));
  return { ...formatted, response: { ...formatted.response, errors } };
}

export const withoutSuggestions = (message: string) => message.replace(/ Did you mean .*\?$/s, '');

function clientSafe(error: GraphQLError): GraphQLError {
  const original: Failure | undefined = error.originalError ?? undefined;
  if (original && !describesRequest(original)) {
    const internal = internalErrorFor(original);
    return new GraphQLError(internal.message, {
      nodes: error.nodes,
      path: error.path,
      originalError: internal,
      extensions: { ...internal.extensions },
    });
  }
  // Mercurius gathers validation errors, its depth check's among them, in one error of status 400.
  if (Array.isArray(original?.errors)) original.errors = original.errors.map(asQueryTooDeep);
  return error;
}

/** graphql-js's own errors (syntax, validation, variables, scalars), ours, and the framework's refusals. */
const describesRequest = (error: Error) =>
  error instanceof GraphQLError || error instanceof ErrorWithProps || clientErrorStatus(error) !== undefined;
