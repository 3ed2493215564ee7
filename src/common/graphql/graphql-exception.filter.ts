import { ArgumentsHost, Catch, Logger } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { randomUUID } from 'node:crypto';
import { DomainRuleError } from '../decider';
import { InvalidMoneyError } from '../money';
import {
  IdempotencyKeyReusedError,
  PartialDuplicateAppendError,
  WrongExpectedVersionError,
} from '../../event-store/event-store.errors';
import { ConflictError, InternalError, InvalidInputError, NotFoundError } from './api-errors';

/** The one place that turns failures into GraphQL errors clients can act on. */
@Catch()
export class GraphqlExceptionFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GraphQL');

  catch(error: unknown, _host: ArgumentsHost) {
    if (error instanceof InvalidInputError || error instanceof NotFoundError || error instanceof ConflictError) return error;
    if (error instanceof DomainRuleError) return new InvalidInputError([{ field: error.field ?? 'input', problem: error.message }]);
    if (error instanceof InvalidMoneyError) return new InvalidInputError([{ field: 'amount', problem: error.message }]);
    if (error instanceof WrongExpectedVersionError) return new ConflictError(`${error.message}; send the command again`);
    if (error instanceof PartialDuplicateAppendError || error instanceof IdempotencyKeyReusedError) {
      return new InvalidInputError([{ field: 'idempotencyKey', problem: error.message }]);
    }
    const reference = randomUUID();
    this.logger.error(`[${reference}] ${error instanceof Error ? error.stack : String(error)}`);
    return new InternalError(reference);
  }
}
