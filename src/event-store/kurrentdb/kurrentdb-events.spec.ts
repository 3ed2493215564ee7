import {
  AllStreamResolvedEvent,
  NO_STREAM,
  RegexFilter,
  START,
  WrongExpectedVersionError as KurrentWrongExpectedVersionError,
} from '@kurrent/kurrentdb-client';
import { WrongExpectedVersionError } from '../event-store.errors';
import { NewEvent, StoredEvent } from '../event-store.port';
import {
  appendIdOf,
  eventFilterFor,
  eventsAfter,
  readPositionAt,
  streamStateFor,
  toEventData,
  toStoredEvent,
  toWrongExpectedVersion,
} from './kurrentdb-events';

describe('KurrentDB event mapping', () => {
  it('reads from the start for 0n, else from the event whose commit and prepare positions are the given one', () => {
    expect(readPositionAt(0n)).toBe(START);
    expect(readPositionAt(4242n)).toEqual({ commit: 4242n, prepare: 4242n });
  });

  it('appends at an exact revision, or to no stream for -1n', () => {
    expect(streamStateFor(-1n)).toBe(NO_STREAM);
    expect(streamStateFor(0n)).toBe(0n);
    expect(streamStateFor(17n)).toBe(17n);
  });

  it('filters on exactly our event types, escaped, or on every non-system type', () => {
    const filter = eventFilterFor(['LossRecorded', 'Loss.Corrected']) as RegexFilter;
    expect(filter.filterOn).toBe('eventType');
    const matches = (type: string) => new RegExp(filter.regex).test(type);
    expect(['LossRecorded', 'Loss.Corrected'].every(matches)).toBe(true);
    expect(['LossRecordedLater', 'XLossRecorded', 'LossXCorrected', '$>'].some(matches)).toBe(false);

    const all = eventFilterFor([]) as RegexFilter;
    expect(new RegExp(all.regex).test('LossRecorded')).toBe(true);
    expect(new RegExp(all.regex).test('$metadata')).toBe(false);
  });

  it('writes JSON events under the derived id, naming the append call in the metadata and leaving it out on reading', () => {
    const event = newEvent();
    const data = toEventData(event, 'the-id', 'append-1');
    expect(data).toEqual({
      id: 'the-id',
      contentType: 'application/json',
      type: event.type,
      data: event.data,
      metadata: { ...event.metadata, appendId: 'append-1' },
    });

    const read = resolved(
      { ...event, metadata: data.metadata as unknown as NewEvent['metadata'] },
      { position: { commit: 9n, prepare: 9n } },
    );
    expect(appendIdOf(read)).toBe('append-1');
    expect(toStoredEvent(read).metadata).toEqual(event.metadata);
    expect(appendIdOf(resolved(event, { position: { commit: 9n, prepare: 9n } }))).toBeUndefined();
  });

  it('reads events back with the revision as stream version and the commit position as position', () => {
    const event = newEvent();
    const stored: StoredEvent = {
      ...event,
      id: 'id-1',
      streamId: 'loss-1',
      streamVersion: 3n,
      position: 9000n,
    };
    expect(toStoredEvent(resolved(event, { revision: 3n, position: { commit: 9000n, prepare: 9000n } }))).toEqual(stored);
  });

  it('refuses an event without its $all position', () => {
    const unknown = 2n ** 64n - 1n;
    expect(() => toStoredEvent(resolved(newEvent(), { position: { commit: unknown, prepare: unknown } }))).toThrow(/22\.6/);
    expect(() => toStoredEvent({})).toThrow(/link/);
  });

  it("turns the client's conflict into the port's, -1n standing for no stream", () => {
    const conflict = (current: bigint | typeof NO_STREAM) =>
      new KurrentWrongExpectedVersionError(undefined, { streamName: 's', expected: 0n, current });

    expect(toWrongExpectedVersion(conflict(NO_STREAM), 's', 0n)).toEqual(new WrongExpectedVersionError('s', 0n, -1n));
    expect(toWrongExpectedVersion(conflict(4n), 's', 'no_stream')).toMatchObject({ streamId: 's', expected: 'no_stream', actual: 4n });
    expect(toWrongExpectedVersion(new Error('other'), 's', 0n)).toBeUndefined();
  });

  it('keeps only events after the cursor, each after the one before', () => {
    const at = (position: bigint) => ({ position }) as StoredEvent;
    expect(eventsAfter([at(5n), at(7n), at(9n)], 5n)).toEqual([at(7n), at(9n)]);
    expect(eventsAfter([at(7n), at(6n), at(7n), at(8n)], 0n)).toEqual([at(7n), at(8n)]);
    expect(eventsAfter([], 3n)).toEqual([]);
  });
});

function newEvent(): NewEvent {
  return {
    type: 'LossRecorded',
    data: { amount: 12, note: '说明' },
    metadata: {
      occurredAt: '2024-05-01T08:00:00.000Z',
      recordedAt: '2024-05-01T08:00:01.000Z',
      unitId: 'unit-1',
      actor: { subject: 'officer-1', role: 'recorder' },
      source: 'spec',
      correlationId: 'c-1',
      causationId: 'c-0',
      idempotencyKey: 'k-1',
    },
  };
}

function resolved(event: NewEvent, recorded: { revision?: bigint; position: { commit: bigint; prepare: bigint } }): AllStreamResolvedEvent {
  return {
    event: {
      streamId: 'loss-1',
      id: 'id-1',
      isJson: true,
      revision: recorded.revision ?? 0n,
      type: event.type,
      created: new Date(),
      data: event.data as Record<string, unknown>,
      metadata: event.metadata as unknown as Record<string, unknown>,
      position: recorded.position,
    },
  };
}
