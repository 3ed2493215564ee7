import { bilingual } from '../common/bilingual';
import { ExpectedVersion, NewEvent } from './event-store.port';

export class WrongExpectedVersionError extends Error {
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedVersion,
    /** -1n when the stream does not exist. */
    readonly actual: bigint,
  ) {
    super(`Stream "${streamId}": expected version ${String(expected)}, actual ${actual < 0n ? 'no stream' : actual}`);
    this.name = 'WrongExpectedVersionError';
  }
}

/** Some but not all events of one append were already stored: a client bug, never silently half-applied. */
export class PartialDuplicateAppendError extends Error {
  constructor(
    readonly streamId: string,
    readonly duplicateKeys: string[],
  ) {
    super(
      bilingual(
        `本次提交中有 ${duplicateKeys.length} 条事件已记录过（幂等键 ${duplicateKeys.join('、')}），重发须与原提交完全一致，不能只重发其中一部分`,
        `Stream "${streamId}": ${duplicateKeys.length} of the events were already stored (${duplicateKeys.join(', ')}); resend all or none`,
      ),
    );
    this.name = 'PartialDuplicateAppendError';
  }
}

/**
 * An idempotency key already used by an event of another stream or type, or for another payload.
 * The message names the key only: the original may be another unit's fact.
 */
export class IdempotencyKeyReusedError extends Error {
  constructor(
    readonly idempotencyKey: string,
    readonly originalStreamId: string,
  ) {
    super(
      `幂等键 "${idempotencyKey}" 已用于另一内容的提交，重发须与原提交完全一致 / idempotency key "${idempotencyKey}" was already used for a different fact; a resend must repeat the original exactly`,
    );
    this.name = 'IdempotencyKeyReusedError';
  }
}

/** Two events of one append sharing a key could never both be stored: rejected like a partial resend. */
export function assertDistinctIdempotencyKeys(streamId: string, events: NewEvent[]): void {
  if (events.length < 2) return;
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const { metadata } of events) {
    if (seen.has(metadata.idempotencyKey)) repeated.add(metadata.idempotencyKey);
    seen.add(metadata.idempotencyKey);
  }
  if (repeated.size > 0) throw new PartialDuplicateAppendError(streamId, [...repeated]);
}

/** A subscription failure must surface: to onError, or else as an uncaught exception. */
export function reportSubscriptionError(error: Error, onError?: (error: Error) => void): void {
  if (onError) onError(error);
  else
    process.nextTick(() => {
      throw error;
    });
}

/**
 * Whether a store refused a write for want of space: SQLite's SQLITE_FULL ("database or disk is
 * full"), MongoDB's OutOfDiskSpace (14031). Nothing was written; the same write succeeds once space
 * is freed.
 */
export function isStorageFull(error: unknown): boolean {
  // A projection names the event it failed on and keeps the store's error as its cause.
  for (
    let e = error as { code?: unknown; cause?: unknown } | null | undefined, depth = 0;
    e && depth < 5;
    e = e.cause as typeof e, depth++
  ) {
    if (e.code === 'SQLITE_FULL' || e.code === 14031) return true;
  }
  return false;
}
