import { Logger } from '@nestjs/common';
import { ErrorWithProps } from 'mercurius';
import { bilingual } from '../common/bilingual';
import { DomainRuleError } from '../common/decider';
import { InvalidMoneyError } from '../common/money';
import { ConflictError, FieldProblem, InvalidInputError, StorageFullError, internalErrorFor } from '../common/graphql/api-errors';
import {
  IdempotencyKeyReusedError,
  PartialDuplicateAppendError,
  WrongExpectedVersionError,
  isStorageFull,
} from '../event-store/event-store.errors';

const storageLog = new Logger('Storage');

/**
 * What a client is told of a failure, as a GraphQL error it can act on: bad input naming the field,
 * a conflict to resend, storage full; anything unexpected a reference to the logged stack. The
 * exception filter answers every resolver with it, and a batch answers each of its facts.
 */
export function clientErrorOf(error: unknown): ErrorWithProps {
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

/** What a client error says of its fields and code, as its extensions carry them (InvalidInputError's problems). */
export function refusalOf(error: ErrorWithProps): { code: string; problems: FieldProblem[] } {
  const extensions = error.extensions as { code?: string; problems?: FieldProblem[] } | undefined;
  return { code: extensions?.code ?? 'INTERNAL', problems: extensions?.problems ?? [] };
}
