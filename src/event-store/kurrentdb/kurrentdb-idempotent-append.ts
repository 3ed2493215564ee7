import { assertDistinctIdempotencyKeys } from '../event-store.errors';
import { eventIdFor } from '../../common/ids';
import { IdempotencyKeyReusedError, PartialDuplicateAppendError, WrongExpectedVersionError } from '../event-store.errors';
import { AppendResult, ExpectedVersion, NewEvent, StoredEvent } from '../event-store.port';

/**
 * Appends that lose a race under 'any' or 'stream_exists' are retried from a fresh read; this many
 * losses in a row on one stream means it is hot enough that failing beats spinning.
 */
const MAX_ATTEMPTS = 10;

/** The stream operations an idempotent append needs; the store implements them with its client. */
export interface StreamAccess {
  /** Every event of the stream; [] when it does not exist. */
  read(streamId: string): Promise<StoredEvent[]>;
  /**
   * Appends only if the stream's last version is still `version` (-1n: no stream), and resolves the
   * new last version; rejects with WrongExpectedVersionError otherwise.
   */
  write(streamId: string, events: NewEvent[], ids: string[], version: bigint): Promise<bigint>;
  /** `count` events from `version` on. */
  readFrom(streamId: string, version: bigint, count: number): Promise<StoredEvent[]>;
}

/**
 * KurrentDB dedups a resend by event id only when it comes with the expected version of the first
 * send, and only within one stream. The port asks more: a full resend returns the originals whatever
 * its expected version, a partial one is refused. So the stream is read first and searched for the
 * append's ids, and the port's expected version is checked against that read. The write then names
 * the exact version read, which the server enforces atomically: a concurrent append in between
 * makes it fail, and the append starts over from a fresh read. That also makes 'any' as safe as an
 * exact version, where KurrentDB alone would only dedup on a best-effort basis.
 *
 * Cost: the whole stream is read on every append (KurrentDB has no lookup by event id), and the
 * appended events are read back for their positions. Streams here are single aggregates, so short.
 */
export async function appendIdempotently(
  access: StreamAccess,
  streamId: string,
  events: NewEvent[],
  expected: ExpectedVersion,
): Promise<AppendResult> {
  assertDistinctIdempotencyKeys(streamId, events);
  const ids = events.map((event) => eventIdFor(event.metadata.idempotencyKey));
  for (let attempt = 1; ; attempt++) {
    const stream = await access.read(streamId);
    const last = stream.at(-1);
    const current = last ? last.streamVersion : -1n;
    const originals = findOriginals(streamId, events, ids, stream);
    if (originals) {
      const lastPosition = originals.reduce((max, event) => (event.position > max ? event.position : max), 0n);
      return { nextExpectedVersion: current, lastPosition, events: originals, duplicate: true };
    }
    if (!satisfies(expected, current)) throw new WrongExpectedVersionError(streamId, expected, current);
    // An empty append reports the stream's last event, so waiting for it still reads your writes.
    if (events.length === 0) return { nextExpectedVersion: current, lastPosition: last?.position ?? 0n, events: [], duplicate: false };
    try {
      const next = await access.write(streamId, events, ids, current);
      const stored = await access.readFrom(streamId, current + 1n, events.length);
      if (stored.some((event, i) => event.id !== ids[i])) {
        throw new Error(`Stream "${streamId}": KurrentDB accepted the append but holds other events at its versions`);
      }
      return { nextExpectedVersion: next, lastPosition: stored[stored.length - 1].position, events: stored, duplicate: false };
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
      if (attempt >= MAX_ATTEMPTS) throw new WrongExpectedVersionError(streamId, expected, error.actual);
    }
  }
}

export function satisfies(expected: ExpectedVersion, current: bigint): boolean {
  switch (expected) {
    case 'any':
      return true;
    case 'no_stream':
      return current < 0n;
    case 'stream_exists':
      return current >= 0n;
    default:
      return current === expected;
  }
}

/**
 * The events of the stream already holding the append's ids: all of them for a resend, undefined
 * when none is stored. Anything in between is a client bug and throws. A key used in another stream
 * goes unnoticed: KurrentDB has no index of event ids across streams.
 */
function findOriginals(streamId: string, events: NewEvent[], ids: string[], stream: StoredEvent[]): StoredEvent[] | undefined {
  if (events.length === 0 || stream.length === 0) return undefined;
  const byId = new Map(stream.map((event) => [event.id, event]));
  const originals: StoredEvent[] = [];
  const keys: string[] = [];
  events.forEach((event, i) => {
    const original = byId.get(ids[i]);
    if (!original) return;
    if (original.type !== event.type) throw new IdempotencyKeyReusedError(event.metadata.idempotencyKey, streamId);
    originals.push(original);
    keys.push(event.metadata.idempotencyKey);
  });
  if (originals.length === 0) return undefined;
  if (originals.length < events.length) throw new PartialDuplicateAppendError(streamId, keys);
  return originals;
}
