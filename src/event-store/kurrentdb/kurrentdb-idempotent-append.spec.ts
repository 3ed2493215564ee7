import { randomUUID } from 'node:crypto';
import { eventIdFor } from '../../common/ids';
import { IdempotencyKeyReusedError, PartialDuplicateAppendError, WrongExpectedVersionError } from '../event-store.errors';
import { newEvent } from '../stored-event.spec-helpers';
import { NewEvent, StoredEvent } from '../event-store.port';
import { StreamAccess, WrittenEvent, appendIdempotently, satisfies } from './kurrentdb-idempotent-append';

/**
 * Streams as KurrentDB keeps them, as far as the append relies on: an exact-version write either
 * lands, conflicts, or (the same ids already at the versions after it) succeeds writing nothing;
 * positions are sparse byte offsets. `beforeWrite` lets a test slip a concurrent append in between
 * the append's read and its write.
 */
class FakeStreams implements StreamAccess {
  readonly streams = new Map<string, WrittenEvent[]>();
  writes = 0;
  beforeWrite: (() => void) | undefined;
  private position = 0n;

  async read(streamId: string): Promise<StoredEvent[]> {
    return (this.streams.get(streamId) ?? []).map(({ event }) => event);
  }

  async readWritten(streamId: string, version: bigint, count: number): Promise<WrittenEvent[]> {
    return (this.streams.get(streamId) ?? []).slice(Number(version), Number(version) + count);
  }

  async write(streamId: string, events: NewEvent[], ids: string[], version: bigint, appendId: string): Promise<bigint> {
    this.writes++;
    this.beforeWrite?.();
    const stream = this.streams.get(streamId) ?? [];
    const after = stream.slice(Number(version) + 1);
    if (after.length === ids.length && after.every(({ event }, i) => event.id === ids[i])) return version + BigInt(ids.length);
    const current = BigInt(stream.length - 1);
    if (current !== version) throw new WrongExpectedVersionError(streamId, version, current);
    this.store(streamId, events, ids, appendId);
    return current + BigInt(events.length);
  }

  store(
    streamId: string,
    events: NewEvent[],
    ids = events.map((e) => eventIdFor(e.metadata.idempotencyKey)),
    appendId: string = randomUUID(),
  ): void {
    const stream = this.streams.get(streamId) ?? [];
    events.forEach((event, i) => {
      this.position += 137n;
      stream.push({ event: { ...event, id: ids[i], streamId, streamVersion: BigInt(stream.length), position: this.position }, appendId });
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

    expect(result).toEqual({ nextExpectedVersion: 1n, lastPosition: 274n, events: await streams.read('s'), duplicate: false });
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

  it('reports a concurrent identical resend that won the race as a duplicate, though the server took the second write as a success', async () => {
    const events = [newEvent(), newEvent()];
    streams.beforeWrite = once(() => streams.store('s', events));

    const result = await append(events, 'no_stream');

    expect(result).toMatchObject({ duplicate: true, nextExpectedVersion: 1n, events: await streams.read('s') });
    expect(await streams.read('s')).toHaveLength(2);
  });

  it('answers two identical resends sent at the same moment as one original and one duplicate', async () => {
    const events = [newEvent()];
    const results = await Promise.all([append(events, 'any'), append(events, 'any')]);

    expect(results.map((r) => r.duplicate).sort()).toEqual([false, true]);
    expect(results[0].events).toEqual(results[1].events);
    expect(await streams.read('s')).toHaveLength(1);
  });

  it('reads back again when the read-back comes up short, then says the facts are stored', async () => {
    const readWritten = streams.readWritten.bind(streams);
    let short = 2;
    jest.spyOn(streams, 'readWritten').mockImplementation(async (...args) => (short-- > 0 ? [] : readWritten(...args)));
    expect(await append([newEvent()], 'no_stream')).toMatchObject({ duplicate: false, lastPosition: 137n });

    short = Infinity;
    await expect(append([newEvent()], 0n)).rejects.toThrow(
      'Stream "s": KurrentDB accepted the append at versions 1–1, but reading them back from the leader found 0 of 1 after 5 tries; the facts are stored, resend them to learn their positions',
    );
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
