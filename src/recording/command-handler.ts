import { CommandContext } from './command-context';
import { Decider, DomainEvent } from '../common/decider';
import { digestOf } from '../common/digest';
import { IdempotencyKeyReusedError, WrongExpectedVersionError } from '../event-store/event-store.errors';
import { AppendResult, EventMetadata, EventStore, NewEvent, StoredEvent } from '../event-store/event-store.port';

const MAX_ATTEMPTS = 5;

export interface HandleOptions {
  /** What the client sent, which a resend must repeat: the command itself unless the handler added what it gathered. */
  request?: unknown;
  /** Checks a new fact must pass, a resend being exempt (it was admitted when first sent); returns what they add to the metadata. */
  admit?(): Pick<EventMetadata, 'lateEntry'>;
}

/**
 * Read the stream, rebuild the state, decide, append with the version read. A concurrent writer
 * makes the append fail on the version check; the command is then decided again on fresh state.
 * A resend (same idempotency key already in the stream, with the same request) returns the
 * original events unchanged, before the decider can refuse it as a repeat; the same key with
 * another request is refused.
 */
export async function handleCommand<S, C, E extends DomainEvent>(
  store: EventStore,
  streamId: string,
  decider: Decider<S, C, E>,
  command: C,
  context: CommandContext,
  { request = command, admit }: HandleOptions = {},
): Promise<AppendResult> {
  const requestDigest = digestOf({ request, unitId: context.unitId });
  for (let attempt = 1; ; attempt++) {
    const stored = await store.readStream(streamId);
    const originals = stored.filter((e) => producedBy(e.metadata.idempotencyKey, context.idempotencyKey));
    if (originals.length > 0) {
      const original = originals[0].metadata.requestDigest;
      if (original !== undefined && original !== requestDigest) throw new IdempotencyKeyReusedError(context.idempotencyKey, streamId);
      return resendResult(stored, originals);
    }

    const admitted = admit?.() ?? {};
    const state = stored.reduce((s, e) => decider.evolve(s, e as unknown as E), decider.initialState());
    const events = decider.decide(command, state);
    const expected = stored.length === 0 ? 'no_stream' : BigInt(stored.length - 1);
    try {
      const { lateReason: _judgedByAdmit, ...metadata } = context;
      return await store.append(streamId, toNewEvents(events, { ...metadata, ...admitted, requestDigest }), expected);
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError) || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}

/** One command may produce several events; each needs its own idempotency key. */
export function toNewEvents(events: DomainEvent[], context: Omit<EventMetadata, 'recordedAt'>): NewEvent[] {
  const recordedAt = new Date().toISOString();
  return events.map((e, i) => ({
    type: e.type,
    data: e.data,
    metadata: {
      ...context,
      recordedAt,
      idempotencyKey: events.length === 1 ? context.idempotencyKey : `${context.idempotencyKey}#${i}`,
    },
  }));
}

export function producedBy(eventKey: string, commandKey: string): boolean {
  return eventKey === commandKey || eventKey.startsWith(`${commandKey}#`);
}

export function resendResult(stored: StoredEvent[], originals: StoredEvent[]): AppendResult {
  return {
    nextExpectedVersion: BigInt(stored.length - 1),
    lastPosition: originals[originals.length - 1].position,
    events: originals,
    duplicate: true,
  };
}
