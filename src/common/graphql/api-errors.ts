import { Logger } from '@nestjs/common';
import { ErrorWithProps } from 'mercurius';
import { randomUUID } from 'node:crypto';
import { bilingual, splitBilingual } from '../bilingual';

export interface FieldProblem {
  field: string;
  problem: string;
}

/**
 * Bad input: the message names each field and its problem, the Chinese of every problem first and
 * then the English, "输入有误：loss：… / Invalid input: loss: …"; nothing was changed. Each
 * problem is a bilingual message ("中文 / English").
 */
export class InvalidInputError extends ErrorWithProps {
  /** statusCode 400 when refused before execution, like a variable of the wrong type. */
  constructor(
    readonly problems: FieldProblem[],
    statusCode?: number,
  ) {
    const parts = problems.map((p) => ({ field: p.field, ...splitBilingual(p.problem) }));
    super(
      bilingual(
        `输入有误：${parts.map((p) => `${p.field}：${p.zh}`).join('；')}`,
        `Invalid input: ${parts.map((p) => `${p.field}: ${p.en}`).join('; ')}`,
      ),
      { code: 'BAD_USER_INPUT', problems },
      statusCode,
    );
  }
}

/** A concurrent change won every retry; the client may simply send the command again. The message is bilingual. */
export class ConflictError extends ErrorWithProps {
  constructor(message: string) {
    super(message, { code: 'CONFLICT' });
  }
}

/** The stores have no space left: nothing was recorded, and the same request succeeds once space is freed. */
export class StorageFullError extends ErrorWithProps {
  constructor() {
    super(
      '存储空间已满，本次未记录任何内容，请联系系统管理员释放磁盘空间后重试 / storage is full: nothing was recorded; send the request again once disk space is freed',
      { code: 'STORAGE_FULL' },
      503,
    );
  }
}

/** Nothing with the id the client gave; the message is bilingual and `field` names the argument. */
export class NotFoundError extends ErrorWithProps {
  constructor(message: string, field?: string) {
    super(message, { code: 'NOT_FOUND', ...(field ? { field } : {}) });
  }
}

/** The things a client names by id, as officers call them. */
export const THING_NAMES = {
  unit: '单位',
  chief: '六长',
  letter: '工作提示函',
  appeal: '申诉',
  problem: '问题清单事项',
  visit: '旬督导记录',
  interview: '约谈',
  listing: '挂牌整治',
  instruction: '领导批示',
} as const;

/** `单位 "x" 不存在 / unit "x" does not exist`. */
export const doesNotExistMessage = (thing: keyof typeof THING_NAMES, id: string) =>
  bilingual(`${THING_NAMES[thing]} "${id}" 不存在`, `${thing} "${id}" does not exist`);

/** The NotFoundError of an id, naming the argument that gave it. */
export const doesNotExist = (thing: keyof typeof THING_NAMES, id: string, field: string) =>
  new NotFoundError(doesNotExistMessage(thing, id), field);

/** What clients see for a bug: a reference to the log line, never a stack trace, SQL or a path. */
export class InternalError extends ErrorWithProps {
  constructor(readonly reference: string) {
    super(
      `服务内部错误，请将错误编号 ${reference} 告知管理员 / Internal error (reference ${reference}); the details are in the service log`,
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
