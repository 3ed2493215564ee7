import { randomUUID } from 'node:crypto';
import { eventIdFor } from '../../common/ids';
import { IdempotencyKeyReusedError, PartialDuplicateAppendError, WrongExpectedVersionError } from '../event-store.errors';
import { NewEvent, StoredEvent } from '../event-store.port';
import { StreamAccess, appendIdempotently, satisfies } from './kurrentdb-idempotent-append';

/**
 * Streams as KurrentDB keeps them, as far as the append relies on: an exact-version write either
 * lands or conflicts, positions are sparse byte offsets. `beforeWrite` lets a test slip a concurrent
 * append in between the append's read and its write.
 */
class FakeStreams implements StreamAccess {
  readonly streams = new Map<string, StoredEvent[]>();
  writes = 0;
  beforeWrite: (() => void) | undefined;
  private position = 0n;

  async read(streamId: string): Promise<StoredEvent[]> {
    return [...(this.streams.get(streamId) ?? [])];
  }

  async readFrom(streamId: string, version: bigint, count: number): Promise<StoredEvent[]> {
    return (await this.read(streamId)).slice(Number(version), Number(version) + count);
  }

  async write(streamId: string, events: NewEvent[], ids: string[], version: bigint): Promise<bigint> {
    this.writes++;
    this.beforeWrite?.();
    const stream = this.streams.get(streamId) ?? [];
    const current = BigInt(stream.length - 1);
    if (current !== version) throw new WrongExpectedVersionError(streamId, version, current);
    this.store(streamId, events, ids);
    return current + BigInt(events.length);
  }

  store(streamId: string, events: NewEvent[], ids = events.map((e) => eventIdFor(e.metadata.idempotencyKey))): void {
    const stream = this.streams.get(streamId) ?? [];
    events.forEach((event, i) => {
      this.position += 137n;
      stream.push({ ...event, id: ids[i], streamId, streamVersion: BigInt(stream.length), position: this.position });
    });
    this.streams.set(streamId, stream);
  }
}

describe('appendIdempotently', () => {
  let streams: FakeStreams;
  const append = (events: NewEvent[], expected: Parameters<typeof appendIdempotently>[3], stream = 's') =>
    appendIdempotently(streams, stream, events, expected);

  beforeEach(() => {
    streams = new FakeStreams();
  });

  it('appends at the version it read and returns the events read back, with their positions', async () => {
    const events = [newEvent(), newEvent()];
    const result = await append(events, 'no_stream');

    expect(result).toEqual({ nextExpectedVersion: 1n, lastPosition: 274n, events: streams.streams.get('s'), duplicate: false });
    expect(result.events.map((e) => e.id)).toEqual(events.map((e) => eventIdFor(e.metadata.idempotencyKey)));
  });

  it('returns the originals of a full resend whatever its expected version, writing nothing', async () => {
    const events = [newEvent(), newEvent()];
    const original = await append(events, 'no_stream');
    await append([newEvent()], 1n);

    const resend = await append(events, 0n);

    expect(resend).toEqual({ ...original, nextExpectedVersion: 2n, duplicate: true });
    expect(streams.writes).toBe(2);
  });

  it('refuses a partial resend, a key twice in one append and a key reused with another type', async () => {
    const stored = newEvent();
    await append([stored], 'no_stream');

    await expect(append([stored, newEvent()], 'any')).rejects.toEqual(
      new PartialDuplicateAppendError('s', [stored.metadata.idempotencyKey]),
    );
    const twice = newEvent();
    await expect(append([twice, twice], 'any')).rejects.toBeInstanceOf(PartialDuplicateAppendError);
    await expect(append([{ ...stored, type: 'Other' }], 'any')).rejects.toEqual(
      new IdempotencyKeyReusedError(stored.metadata.idempotencyKey, 's'),
    );
    expect(streams.writes).toBe(1);
  });

  it('checks the expected version against the stream it read, reporting the actual version', async () => {
    await expect(append([newEvent()], 'stream_exists')).rejects.toEqual(new WrongExpectedVersionError('s', 'stream_exists', -1n));
    await expect(append([newEvent()], 0n)).rejects.toEqual(new WrongExpectedVersionError('s', 0n, -1n));
    await append([newEvent()], 'no_stream');
    await expect(append([newEvent()], 'no_stream')).rejects.toEqual(new WrongExpectedVersionError('s', 'no_stream', 0n));
    expect(streams.writes).toBe(1);
  });

  it('answers an empty append from the read, with the last event of the stream', async () => {
    expect(await append([], 'no_stream')).toEqual({ nextExpectedVersion: -1n, lastPosition: 0n, events: [], duplicate: false });
    await append([newEvent()], 'no_stream');
    expect(await append([], 0n)).toMatchObject({ nextExpectedVersion: 0n, lastPosition: 137n, events: [] });
    expect(streams.writes).toBe(1);
  });

  it("retries 'any' and 'stream_exists' from a fresh read when another append slips in", async () => {
    await append([newEvent()], 'no_stream');
    for (const expected of ['any', 'stream_exists'] as const) {
      streams.beforeWrite = once(() => streams.store('s', [newEvent()]));
      const result = await append([newEvent()], expected);
      expect(result.events[0].streamVersion).toBe(expected === 'any' ? 2n : 4n);
    }
    expect((await streams.read('s')).map((e) => e.streamVersion)).toEqual([0n, 1n, 2n, 3n, 4n]);
  });

  it('fails an exact version that lost the race, with the version that won', async () => {
    await append([newEvent()], 'no_stream');
    streams.beforeWrite = once(() => streams.store('s', [newEvent()]));

    await expect(append([newEvent()], 0n)).rejects.toEqual(new WrongExpectedVersionError('s', 0n, 1n));
  });

  it('reports a concurrent identical resend that won the race as a duplicate', async () => {
    const events = [newEvent()];
    streams.beforeWrite = once(() => streams.store('s', events));

    const result = await append(events, 'no_stream');

    expect(result).toMatchObject({ duplicate: true, events: await streams.read('s') });
  });

  it('gives up on a stream that keeps changing under it', async () => {
    streams.beforeWrite = () => streams.store('s', [newEvent()]);
    await expect(append([newEvent()], 'any')).rejects.toBeInstanceOf(WrongExpectedVersionError);
    expect(streams.writes).toBe(10);
  });

  it('knows which stream states each expected version accepts', () => {
    expect([-1n, 0n, 5n].map((v) => satisfies('any', v))).toEqual([true, true, true]);
    expect([-1n, 0n, 5n].map((v) => satisfies('no_stream', v))).toEqual([true, false, false]);
    expect([-1n, 0n, 5n].map((v) => satisfies('stream_exists', v))).toEqual([false, true, true]);
    expect([-1n, 0n, 5n].map((v) => satisfies(5n, v))).toEqual([false, false, true]);
  });
});

function once(action: () => void): () => void {
  let done = false;
  return () => {
    if (!done) action();
    done = true;
  };
}

function newEvent(): NewEvent {
  return {
    type: 'Happened',
    data: { value: 1 },
    metadata: {
      occurredAt: '2024-05-01T08:00:00.000Z',
      recordedAt: '2024-05-01T08:00:00.000Z',
      unitId: 'unit-1',
      actor: { subject: 'officer-1', role: 'recorder' },
      source: 'spec',
      correlationId: randomUUID(),
      causationId: randomUUID(),
      idempotencyKey: randomUUID(),
    },
  };
}
