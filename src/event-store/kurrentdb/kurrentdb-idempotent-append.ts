import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { assertDistinctIdempotencyKeys } from '../event-store.errors';
import { eventIdFor } from '../../common/ids';
import { IdempotencyKeyReusedError, PartialDuplicateAppendError, WrongExpectedVersionError } from '../event-store.errors';
import { AppendResult, ExpectedVersion, NewEvent, StoredEvent } from '../event-store.port';

/**
 * Appends that lose a race under 'any' or 'stream_exists' are retried from a fresh read; this many
 * losses in a row on one stream means it is hot enough that failing beats spinning.
 */
const MAX_ATTEMPTS = 10;
/**
 * A read-back shorter than the write: the leader reads what it has acknowledged, so this is only
 * seen across an election. Tried again after 50, 100, 200, 400 ms, then reported.
 */
const READ_BACK_TRIES = 5;
const READ_BACK_FIRST_DELAY_MS = 50;

/** A stored event and the append call that wrote it (see toEventData). */
export interface WrittenEvent {
  event: StoredEvent;
  appendId: string | undefined;
}

/** The stream operations an idempotent append needs, read from the leader; the store implements them with its client. */
export interface StreamAccess {
  /** Every event of the stream; [] when it does not exist. */
  read(streamId: string): Promise<StoredEvent[]>;
  /**
   * Appends only if the stream's last version is still `version` (-1n: no stream), and resolves the
   * new last version; rejects with WrongExpectedVersionError otherwise. Events with exactly these
   * ids already after `version` make it succeed without writing, as KurrentDB does.
   */
  write(streamId: string, events: NewEvent[], ids: string[], version: bigint, appendId: string): Promise<bigint>;
  /** `count` events from `version` on, each with the append that wrote it. */
  readWritten(streamId: string, version: bigint, count: number): Promise<WrittenEvent[]>;
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
      const appendId = randomUUID();
      const next = await access.write(streamId, events, ids, current, appendId);
      const written = await readBack(access, streamId, current + 1n, ids);
      const stored = written.map(({ event }) => event);
      // Another call appended these very events first, and the server took ours as its resend.
      const duplicate = written.some((w) => w.appendId !== appendId);
      return { nextExpectedVersion: next, lastPosition: stored[stored.length - 1].position, events: stored, duplicate };
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
      if (attempt >= MAX_ATTEMPTS) throw new WrongExpectedVersionError(streamId, expected, error.actual);
    }
  }
}

/** The events just written, with their positions; a short read is retried, then reported. */
async function readBack(access: StreamAccess, streamId: string, from: bigint, ids: string[]): Promise<WrittenEvent[]> {
  for (let attempt = 1; ; attempt++) {
    const written = await access.readWritten(streamId, from, ids.length);
    if (written.some(({ event }, i) => event.id !== ids[i])) {
      throw new Error(`Stream "${streamId}": KurrentDB accepted the append but holds other events at its versions`);
    }
    if (written.length === ids.length) return written;
    if (attempt >= READ_BACK_TRIES) {
      const last = from + BigInt(ids.length) - 1n;
      throw new Error(
        `Stream "${streamId}": KurrentDB accepted the append at versions ${from}–${last}, but reading them back from the ` +
          `leader found ${written.length} of ${ids.length} after ${attempt} tries; the facts are stored, resend them to learn their positions`,
      );
    }
    await sleep(READ_BACK_FIRST_DELAY_MS * 2 ** (attempt - 1));
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
