import { ArgumentsHost, Catch, HttpException } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { GqlContextType, GqlExceptionFilter } from '@nestjs/graphql';
import { STATUS_CODES } from 'node:http';
import { clientErrorStatus, internalErrorFor } from '../common/graphql/api-errors';
import { clientErrorOf } from '../recording/client-error';

/**
 * The one place that turns failures into errors clients can act on: GraphQL errors for resolvers,
 * JSON answers for the REST routes (letter documents). Anything unexpected answers a reference to
 * the log line that holds its stack, never the stack, SQL or a driver's message.
 */
@Catch()
export class GraphqlExceptionFilter implements GqlExceptionFilter {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  catch(error: unknown, host: ArgumentsHost) {
    if (host.getType<GqlContextType>() === 'graphql') return clientErrorOf(error);
    // Nest answers these itself, e.g. 404 {statusCode, error, message}.
    if (error instanceof HttpException && error.getStatus() < 500) return error;
    this.adapterHost.httpAdapter.reply(host.switchToHttp().getResponse(), ...httpAnswer(error));
  }
}

/** The JSON body and status of a REST route's failure, shaped like Nest's own answers. */
function httpAnswer(error: unknown): [Record<string, unknown>, number] {
  const status = clientErrorStatus(error);
  if (status) return [{ statusCode: status, error: STATUS_CODES[status], message: (error as Error).message }, status];
  const { message, reference } = internalErrorFor(error);
  return [{ statusCode: 500, error: STATUS_CODES[500], message, reference }, 500];
}
