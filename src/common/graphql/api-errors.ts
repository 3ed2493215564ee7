import { Logger } from '@nestjs/common';
import { ErrorWithProps } from 'mercurius';
import { randomUUID } from 'node:crypto';

export interface FieldProblem {
  field: string;
  problem: string;
}

/** Bad input: the message names each field and its problem; nothing was changed. */
export class InvalidInputError extends ErrorWithProps {
  /** statusCode 400 when refused before execution, like a variable of the wrong type. */
  constructor(
    readonly problems: FieldProblem[],
    statusCode?: number,
  ) {
    super(`Invalid input: ${problems.map((p) => `${p.field}: ${p.problem}`).join('; ')}`, { code: 'BAD_USER_INPUT', problems }, statusCode);
  }
}

/** A concurrent change won every retry; the client may simply send the command again. */
export class ConflictError extends ErrorWithProps {
  constructor(message: string) {
    super(message, { code: 'CONFLICT' });
  }
}

export class NotFoundError extends ErrorWithProps {
  constructor(message: string, field?: string) {
    super(message, { code: 'NOT_FOUND', ...(field ? { field } : {}) });
  }
}

/** What clients see for a bug: a reference to the log line, never a stack trace, SQL or a path. */
export class InternalError extends ErrorWithProps {
  constructor(readonly reference: string) {
    super(
      `服务内部错误,请将错误编号 ${reference} 告知管理员 / Internal error (reference ${reference}); the details are in the service log`,
      { code: 'INTERNAL_SERVER_ERROR', reference },
    );
  }
}

const log = new Logger('Errors');

/** Logs an unexpected failure with its stack under a new reference; the client gets only the reference. */
export function internalErrorFor(error: unknown): InternalError {
  const internal = new InternalError(randomUUID());
  log.error(`[${internal.reference}] ${error instanceof Error ? error.stack : String(error)}`);
  return internal;
}

/**
 * The status of a refusal the framework made on purpose (a body too large, malformed JSON, a rate
 * limit), whose message describes the request and may be shown; undefined for anything else.
 */
export function clientErrorStatus(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}
