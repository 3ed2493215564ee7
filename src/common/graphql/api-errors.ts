import { ErrorWithProps } from 'mercurius';

export interface FieldProblem {
  field: string;
  problem: string;
}

/** Bad input: the message names each field and its problem; nothing was changed. */
export class InvalidInputError extends ErrorWithProps {
  constructor(readonly problems: FieldProblem[]) {
    super(
      `Invalid input: ${problems.map((p) => `${p.field}: ${p.problem}`).join('; ')}`,
      { code: 'BAD_USER_INPUT', problems },
    );
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

/** What clients see for a bug: a reference to the log line, never a stack trace or SQL. */
export class InternalError extends ErrorWithProps {
  constructor(readonly reference: string) {
    super(`Internal error (reference ${reference}); the details are in the service log`, { code: 'INTERNAL_SERVER_ERROR', reference });
  }
}
