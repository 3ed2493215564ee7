import {
  AllStreamResolvedEvent,
  AppendStreamState,
  EventData,
  Filter,
  JSONType,
  NO_STREAM,
  ReadPosition,
  ResolvedEvent,
  START,
  WrongExpectedVersionError as KurrentWrongExpectedVersionError,
  eventTypeFilter,
  excludeSystemEvents,
  jsonEvent,
} from '@kurrent/kurrentdb-client';
import { WrongExpectedVersionError } from '../event-store.errors';
import { EventMetadata, ExpectedVersion, NewEvent, StoredEvent } from '../event-store.port';

/** What the server sends in place of a position it does not know (stream reads before 22.6). */
const UNKNOWN_POSITION = 2n ** 64n - 1n;

/**
 * The port's global position is the event's $all commit position. Events appended through gRPC are
 * implicit transactions: each event is its own record, committed where it is written, so its commit
 * and prepare positions are equal and distinct from every other event's. That lets the commit
 * position alone name an event, and a read can start at {commit: p, prepare: p}. Positions are byte
 * offsets in the log: they increase strictly but leave gaps, unlike the SQLite adapter's 1, 2, 3.
 * (Legacy explicit transactions, TCP clients only, share one commit position; we never write them.)
 */
export function readPositionAt(position: bigint): ReadPosition {
  return position > 0n ? { commit: position, prepare: position } : START;
}

/** Our appends always name the exact version read just before (see appendIdempotently). */
export function streamStateFor(version: bigint): AppendStreamState {
  return version < 0n ? NO_STREAM : version;
}

/** The server-side filter: exactly our event types, or every non-system event when none are given. */
export function eventFilterFor(eventTypes: string[]): Filter {
  if (eventTypes.length === 0) return excludeSystemEvents();
  const alternatives = eventTypes.map((type) => type.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return eventTypeFilter({ regex: `^(?:${alternatives.join('|')})$` });
}

/**
 * The metadata field naming the append call that wrote an event. KurrentDB answers an identical
 * resend at the same version as a success without writing, so two resends racing each other both
 * succeed; the read-back tells them apart by whose `appendId` the stored events carry.
 */
const APPEND_ID = 'appendId';

export function toEventData(event: NewEvent, id: string, appendId: string): EventData {
  const metadata = { ...event.metadata, [APPEND_ID]: appendId };
  return jsonEvent({ id, type: event.type, data: event.data as JSONType, metadata: metadata as unknown as JSONType });
}

/** The append call that wrote the event; undefined for events written before appends were named. */
export function appendIdOf(resolved: ResolvedEvent | AllStreamResolvedEvent): string | undefined {
  const metadata = resolved.event?.metadata as Record<string, unknown> | undefined;
  const appendId = metadata?.[APPEND_ID];
  return typeof appendId === 'string' ? appendId : undefined;
}

export function toStoredEvent(resolved: ResolvedEvent | AllStreamResolvedEvent): StoredEvent {
  const event = resolved.event;
  if (!event) throw new Error('KurrentDB returned a link whose event could not be resolved');
  const position = event.position?.commit;
  if (position === undefined || position === UNKNOWN_POSITION) {
    throw new Error(`KurrentDB returned event ${event.id} without its $all position: the server must be 22.6 or later`);
  }
  // Written as JSON by toEventData and parsed back by the client; the append's own id stays here.
  const { [APPEND_ID]: _appendId, ...metadata } = event.metadata as unknown as EventMetadata & { [APPEND_ID]?: string };
  return { id: event.id, streamId: event.streamId, streamVersion: event.revision, position, type: event.type, data: event.data, metadata };
}

/** The client's conflict as the port's, or undefined for any other error. */
export function toWrongExpectedVersion(error: unknown, streamId: string, expected: ExpectedVersion): WrongExpectedVersionError | undefined {
  if (!(error instanceof KurrentWrongExpectedVersionError)) return undefined;
  const actual = error.actualState === NO_STREAM ? -1n : error.actualState;
  return new WrongExpectedVersionError(streamId, expected, actual);
}

/**
 * The events strictly after `after`, each after the one before. Reads start at their position
 * inclusively and a resubscription may repeat what was delivered, so the cursor alone rules out
 * duplicates and reordering.
 */
export function eventsAfter(events: StoredEvent[], after: bigint): StoredEvent[] {
  const fresh: StoredEvent[] = [];
  let last = after;
  for (const event of events) {
    if (event.position <= last) continue;
    fresh.push(event);
    last = event.position;
  }
  return fresh;
}
