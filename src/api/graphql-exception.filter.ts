import { ArgumentsHost, Catch, HttpException, Logger } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { GqlContextType, GqlExceptionFilter } from '@nestjs/graphql';
import { ErrorWithProps } from 'mercurius';
import { STATUS_CODES } from 'node:http';
import { bilingual } from '../common/bilingual';
import { DomainRuleError } from '../common/decider';
import { InvalidMoneyError } from '../common/money';
import {
  IdempotencyKeyReusedError,
  PartialDuplicateAppendError,
  WrongExpectedVersionError,
  isStorageFull,
} from '../event-store/event-store.errors';
import { ConflictError, InvalidInputError, StorageFullError, clientErrorStatus, internalErrorFor } from '../common/graphql/api-errors';

/**
 * The one place that turns failures into errors clients can act on: GraphQL errors for resolvers,
 * JSON answers for the REST routes (letter documents). Anything unexpected answers a reference to
 * the log line that holds its stack, never the stack, SQL or a driver's message.
 */
@Catch()
export class GraphqlExceptionFilter implements GqlExceptionFilter {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  catch(error: unknown, host: ArgumentsHost) {
    if (host.getType<GqlContextType>() === 'graphql') return graphqlError(error);
    // Nest answers these itself, e.g. 404 {statusCode, error, message}.
    if (error instanceof HttpException && error.getStatus() < 500) return error;
    this.adapterHost.httpAdapter.reply(host.switchToHttp().getResponse(), ...httpAnswer(error));
  }
}

const storageLog = new Logger('Storage');

/** The JSON body and status of a REST route's failure, shaped like Nest's own answers. */
function httpAnswer(error: unknown): [Record<string, unknown>, number] {
  const status = clientErrorStatus(error);
  if (status) return [{ statusCode: status, error: STATUS_CODES[status], message: (error as Error).message }, status];
  const { message, reference } = internalErrorFor(error);
  return [{ statusCode: 500, error: STATUS_CODES[500], message, reference }, 500];
}

function graphqlError(error: unknown): ErrorWithProps {
  // Ours and the guard's refusals (bad input, not found, not allowed) are meant for the client.
  if (error instanceof ErrorWithProps) return error;
  if (isStorageFull(error)) {
    // The operators' alarm: the client is told to retry, the log says why.
    storageLog.error(`A write was refused for want of space: ${error instanceof Error ? error.message : String(error)}`);
    return new StorageFullError();
  }
  if (error instanceof DomainRuleError) return new InvalidInputError([{ field: error.field ?? 'input', problem: error.message }]);
  if (error instanceof InvalidMoneyError) return new InvalidInputError([{ field: 'amount', problem: error.message }]);
  if (error instanceof WrongExpectedVersionError) {
    return new ConflictError(
      bilingual(`记录 ${error.streamId} 正被其他操作同时修改，请重新提交`, `${error.message}; send the command again`),
    );
  }
  if (error instanceof PartialDuplicateAppendError || error instanceof IdempotencyKeyReusedError) {
    return new InvalidInputError([{ field: 'idempotencyKey', problem: error.message }]);
  }
  return internalErrorFor(error);
}
