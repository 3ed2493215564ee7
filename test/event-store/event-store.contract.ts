import { randomUUID } from 'node:crypto';
import { eventIdFor } from '../../src/common/ids';
import {
  IdempotencyKeyReusedError,
  PartialDuplicateAppendError,
  WrongExpectedVersionError,
} from '../../src/event-store/event-store.errors';
import { EventStore, ExpectedVersion, NewEvent, StoredEvent, Subscription } from '../../src/event-store/event-store.port';

export interface StoreUnderTest {
  store: EventStore;
  cleanup(): Promise<void>;
}

/**
 * What every EventStore adapter must do. Streams and idempotency keys are unique per test and no
 * assertion assumes an empty store, so the suite can run against a server shared with other runs.
 */
export interface ContractOptions {
  /**
   * Whether the store knows every idempotency key across streams. KurrentDB dedups event ids only
   * within a stream and keeps no global index of them, so a key reused in another stream goes
   * undetected there; the embedded store refuses it.
   */
  globalIdempotencyKeys?: boolean;
  /** Whether appendMany is one transaction across streams (SQLite) or stream after stream (KurrentDB). */
  atomicAppendMany?: boolean;
}

export function eventStoreContract(name: string, makeStore: () => Promise<StoreUnderTest>, options: ContractOptions = {}): void {
  const { globalIdempotencyKeys = true, atomicAppendMany = true } = options;
  describe(`${name} (event-store contract)`, () => {
    let store: EventStore;
    let cleanup: () => Promise<void>;

    beforeEach(async () => {
      ({ store, cleanup } = await makeStore());
    });

    afterEach(async () => {
      await cleanup();
    });

    const appendOne = (streamId: string, expected: ExpectedVersion = 'any') => store.append(streamId, [newEvent()], expected);

    describe('append and readStream', () => {
      it('stores events with derived ids, 0-based versions and their data and metadata', async () => {
        const stream = streamName('order');
        const events = [newEvent('Opened', { amount: 12, tags: ['a'] }), newEvent('Noted', { note: '说明' })];

        const result = await store.append(stream, events, 'no_stream');

        expect(result.duplicate).toBe(false);
        expect(result.nextExpectedVersion).toBe(1n);
        expect(result.lastPosition).toBe(result.events[1].position);
        expect(result.events.map((e) => e.streamVersion)).toEqual([0n, 1n]);
        const read = await store.readStream(stream);
        expect(read).toEqual(result.events);
        expect(read).toEqual(
          events.map((e, i) =>
            expect.objectContaining({
              ...e,
              id: eventIdFor(e.metadata.idempotencyKey),
              streamId: stream,
              streamVersion: BigInt(i),
            }),
          ),
        );
      });

      it('reads a missing stream as empty', async () => {
        expect(await store.readStream(streamName('missing'))).toEqual([]);
      });

      it('continues the versions of a stream across appends', async () => {
        const stream = streamName('order');
        await store.append(stream, [newEvent(), newEvent()], 'no_stream');
        const result = await store.append(stream, [newEvent()], 1n);

        expect(result.nextExpectedVersion).toBe(2n);
        expect((await store.readStream(stream)).map((e) => e.streamVersion)).toEqual([0n, 1n, 2n]);
      });

      it('accepts an empty append after checking the expected version, and writes nothing', async () => {
        const stream = streamName('empty');
        const none = await store.append(stream, [], 'no_stream');
        expect(none).toMatchObject({ nextExpectedVersion: -1n, events: [], duplicate: false });
        await expectWrongVersion(store.append(stream, [], 'stream_exists'), stream, 'stream_exists', -1n);

        await appendOne(stream);
        expect(await store.append(stream, [], 0n)).toMatchObject({ nextExpectedVersion: 0n, events: [] });
        await expectWrongVersion(store.append(stream, [], 'no_stream'), stream, 'no_stream', 0n);
        expect(await store.readStream(stream)).toHaveLength(1);
      });
    });

    describe('expected version', () => {
      it('no_stream succeeds only while the stream does not exist', async () => {
        const stream = streamName('no-stream');
        await expect(appendOne(stream, 'no_stream')).resolves.toMatchObject({ nextExpectedVersion: 0n });
        await expectWrongVersion(appendOne(stream, 'no_stream'), stream, 'no_stream', 0n);
      });

      it('stream_exists succeeds only once the stream exists', async () => {
        const stream = streamName('exists');
        await expectWrongVersion(appendOne(stream, 'stream_exists'), stream, 'stream_exists', -1n);
        await appendOne(stream, 'no_stream');
        await expect(appendOne(stream, 'stream_exists')).resolves.toMatchObject({ nextExpectedVersion: 1n });
      });

      it('any succeeds whether or not the stream exists', async () => {
        const stream = streamName('any');
        await expect(appendOne(stream, 'any')).resolves.toMatchObject({ nextExpectedVersion: 0n });
        await expect(appendOne(stream, 'any')).resolves.toMatchObject({ nextExpectedVersion: 1n });
      });

      it('an exact version must be the version of the last event', async () => {
        const stream = streamName('exact');
        await expectWrongVersion(appendOne(stream, 0n), stream, 0n, -1n);
        await appendOne(stream, 'no_stream');
        await appendOne(stream, 0n);

        await expectWrongVersion(appendOne(stream, 0n), stream, 0n, 1n);
        await expectWrongVersion(appendOne(stream, 2n), stream, 2n, 1n);
        await expect(appendOne(stream, 1n)).resolves.toMatchObject({ nextExpectedVersion: 2n });
        expect(await store.readStream(stream)).toHaveLength(3);
      });

      it('of concurrent appends with the same expected version, exactly one wins', async () => {
        const stream = streamName('race');
        await appendOne(stream, 'no_stream');

        const outcomes = await Promise.allSettled(Array.from({ length: 5 }, () => appendOne(stream, 0n)));

        expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
        for (const outcome of outcomes.filter((o) => o.status === 'rejected')) {
          expect(outcome.reason).toBeInstanceOf(WrongExpectedVersionError);
          expect(outcome.reason).toMatchObject({ streamId: stream, expected: 0n, actual: 1n });
        }
        expect(await store.readStream(stream)).toHaveLength(2);
      });

      it('of concurrent appends creating the same stream, exactly one wins', async () => {
        const stream = streamName('race-create');
        const outcomes = await Promise.allSettled(Array.from({ length: 5 }, () => appendOne(stream, 'no_stream')));

        expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
        expect(await store.readStream(stream)).toHaveLength(1);
      });
    });

    describe('positions and readAll', () => {
      it('gives positions that increase strictly, across streams, in append order', async () => {
        const [a, b] = [streamName('a'), streamName('b')];
        const before = await store.headPosition();
        const first = await store.append(a, [newEvent(), newEvent()], 'any');
        const second = await store.append(b, [newEvent()], 'any');
        const third = await store.append(a, [newEvent()], 'any');

        const positions = [...first.events, ...second.events, ...third.events].map((e) => e.position);
        expect(positions[0]).toBeGreaterThan(before);
        expectStrictlyIncreasing(positions);
        expect(await store.headPosition()).toBeGreaterThanOrEqual(third.lastPosition);
      });

      it('reads everything from the start, in batches no larger than asked', async () => {
        const stream = streamName('all');
        const appended = (
          await store.append(
            stream,
            Array.from({ length: 5 }, () => newEvent()),
            'no_stream',
          )
        ).events;

        const batches = await collect(store.readAll(0n, 2));

        expect(batches.every((batch) => batch.length > 0 && batch.length <= 2)).toBe(true);
        const all = batches.flat();
        expectStrictlyIncreasing(all.map((e) => e.position));
        expect(all[0].position).toBeGreaterThan(0n);
        expect(all.filter((e) => e.streamId === stream)).toEqual(appended);
      });

      it('reads from a position, exclusive, in several batches', async () => {
        const stream = streamName('middle');
        const appended = (
          await store.append(
            stream,
            Array.from({ length: 7 }, () => newEvent()),
            'no_stream',
          )
        ).events;

        const batches = await collect(store.readAll(appended[2].position, 2));

        expect(batches.length).toBeGreaterThanOrEqual(2);
        expect(batches.every((batch) => batch.length > 0 && batch.length <= 2)).toBe(true);
        const all = batches.flat();
        expect(all.every((e) => e.position > appended[2].position)).toBe(true);
        expect(all.filter((e) => e.streamId === stream)).toEqual(appended.slice(3));
      });

      it('reads the events at given positions, in position order, skipping positions without an event', async () => {
        const a = (await store.append(streamName('pos-a'), [newEvent(), newEvent()], 'no_stream')).events;
        const b = (await store.append(streamName('pos-b'), [newEvent()], 'no_stream')).events;
        const head = await store.headPosition();

        const found = await store.readPositions([b[0].position, a[0].position, head + 1_000_000n, a[1].position]);

        expect(found).toEqual([a[0], a[1], b[0]]);
        expect(await store.readPositions([])).toEqual([]);
      });

      it('counts the events after a position in events, whatever its positions are, up to a limit', async () => {
        const before = await store.headPosition();
        const events = (await store.append(streamName('count'), [newEvent(), newEvent(), newEvent()], 'no_stream')).events;

        expect(await store.countAfter(before, 10)).toBe(3);
        expect(await store.countAfter(events[0].position, 10)).toBe(2);
        expect(await store.countAfter(before, 2)).toBe(2);
        expect(await store.countAfter(events[2].position, 10)).toBe(0);
        expect(await store.countAfter(before, 0)).toBe(0);
      });
    });

    describe('appendMany', () => {
      it('appends to several streams as append would, answering in order, a resend among them as a duplicate', async () => {
        const [first, second] = [streamName('many-a'), streamName('many-b')];
        const resent = newEvent('Opened');
        const original = await store.append(first, [resent], 'no_stream');

        const results = await store.appendMany([
          { streamId: second, events: [newEvent('Opened'), newEvent('Noted')], expected: 'no_stream' },
          { streamId: first, events: [resent], expected: 'no_stream' },
          { streamId: first, events: [newEvent('Noted')], expected: 0n },
        ]);

        expect(results.map((r) => [r.duplicate, r.nextExpectedVersion])).toEqual([
          [false, 1n],
          [true, 0n],
          [false, 1n],
        ]);
        expect(results[1].events).toEqual(original.events);
        expect(results[2].lastPosition).toBeGreaterThan(results[0].lastPosition);
        expect((await store.readStream(second)).map((e) => e.type)).toEqual(['Opened', 'Noted']);
        expect((await store.readStream(first)).map((e) => e.type)).toEqual(['Opened', 'Noted']);
      });

      it(
        atomicAppendMany
          ? 'appends nothing when one of its streams is not at the version expected'
          : 'stops at a stream not at the version expected, the streams before it appended',
        async () => {
          const [before, stale] = [streamName('many-before'), streamName('many-stale')];
          await appendOne(stale);

          await expectWrongVersion(
            store.appendMany([
              { streamId: before, events: [newEvent()], expected: 'no_stream' },
              { streamId: stale, events: [newEvent()], expected: 'no_stream' },
            ]),
            stale,
            'no_stream',
            0n,
          );
          expect(await store.readStream(before)).toHaveLength(atomicAppendMany ? 0 : 1);
          expect(await store.readStream(stale)).toHaveLength(1);
        },
      );
    });

    describe('idempotency', () => {
      it('two identical resends at the same moment answer one original and one duplicate, storing the events once', async () => {
        const stream = streamName('simultaneous');
        const events = [newEvent('Opened'), newEvent('Noted')];

        const results = await Promise.all([store.append(stream, events, 'any'), store.append(stream, events, 'any')]);

        expect(results.map((result) => result.duplicate).sort()).toEqual([false, true]);
        expect(results[1].events).toEqual(results[0].events);
        expect(await store.readStream(stream)).toEqual(results[0].events);
      });

      it('a full resend returns the originals and appends nothing, whatever the expected version', async () => {
        const stream = streamName('resend');
        const events = [newEvent('Opened'), newEvent('Noted')];
        const original = await store.append(stream, events, 'no_stream');
        const head = await store.headPosition();

        const resend = await store.append(stream, events, 'no_stream');

        expect(resend).toEqual({ ...original, duplicate: true });
        expect(await store.readStream(stream)).toEqual(original.events);
        expect(await readOwn(store, head, stream)).toEqual([]);
      });

      it('a late resend returns the originals and the current stream version', async () => {
        const stream = streamName('late-resend');
        const first = newEvent();
        const original = await store.append(stream, [first], 'no_stream');
        await appendOne(stream, 0n);

        const resend = await store.append(stream, [first], 0n);

        expect(resend).toMatchObject({ duplicate: true, nextExpectedVersion: 1n, lastPosition: original.lastPosition });
        expect(resend.events).toEqual(original.events);
        expect(await store.readStream(stream)).toHaveLength(2);
      });

      it('a partial resend is refused and appends nothing', async () => {
        const stream = streamName('partial');
        const stored = newEvent();
        await store.append(stream, [stored], 'no_stream');

        const attempt = store.append(stream, [stored, newEvent()], 'any');

        await expect(attempt).rejects.toBeInstanceOf(PartialDuplicateAppendError);
        await expect(attempt).rejects.toMatchObject({ streamId: stream, duplicateKeys: [stored.metadata.idempotencyKey] });
        expect(await store.readStream(stream)).toHaveLength(1);
      });

      it('refuses one key twice in one append', async () => {
        const stream = streamName('twice');
        const event = newEvent();

        await expect(store.append(stream, [event, event], 'any')).rejects.toBeInstanceOf(PartialDuplicateAppendError);
        expect(await store.readStream(stream)).toEqual([]);
      });

      it('refuses a key already used in the stream with another type', async () => {
        const first = streamName('first');
        const event = newEvent('Opened');
        await store.append(first, [event], 'no_stream');

        await expect(store.append(first, [{ ...event, type: 'Closed' }], 'any')).rejects.toBeInstanceOf(IdempotencyKeyReusedError);
        expect(await store.readStream(first)).toHaveLength(1);
      });

      (globalIdempotencyKeys ? it : it.skip)('refuses a key already used in another stream (stores with a global key index)', async () => {
        const [first, other] = [streamName('first'), streamName('other')];
        const event = newEvent('Opened');
        await store.append(first, [event], 'no_stream');

        const elsewhere = store.append(other, [event], 'any');
        await expect(elsewhere).rejects.toBeInstanceOf(IdempotencyKeyReusedError);
        await expect(elsewhere).rejects.toMatchObject({ idempotencyKey: event.metadata.idempotencyKey, originalStreamId: first });
        expect(await store.readStream(other)).toEqual([]);
      });
    });

    describe('subscribe', () => {
      const subscriptions: Subscription[] = [];
      const track = (subscription: Subscription) => {
        subscriptions.push(subscription);
        return subscription;
      };

      afterEach(async () => {
        await Promise.all(subscriptions.splice(0).map((s) => s.stop()));
      });

      it('catches up in batches, reports it once, then tails live appends, one batch at a time', async () => {
        const stream = streamName('tail');
        const start = await store.headPosition();
        const stored = await store.append(
          stream,
          Array.from({ length: 5 }, () => newEvent()),
          'no_stream',
        );
        const seen: StoredEvent[] = [];
        const caughtUp: Array<{ position: bigint; seenSoFar: number }> = [];
        let running = 0;
        let overlapped = false;

        track(
          store.subscribe(
            start,
            {
              onEvents: async (batch) => {
                overlapped ||= running > 0;
                running++;
                await delay(5);
                seen.push(...batch);
                running--;
              },
              onCaughtUp: (position) => caughtUp.push({ position, seenSoFar: own(seen, stream).length }),
            },
            { batchSize: 2 },
          ),
        );
        await waitFor(() => caughtUp.length > 0);
        expect(caughtUp[0].seenSoFar).toBe(5);
        expect(caughtUp[0].position).toBeGreaterThanOrEqual(stored.lastPosition);

        for (let i = 0; i < 4; i++) await appendOne(stream, 'any');
        await waitFor(() => own(seen, stream).length === 9);

        expect(caughtUp).toHaveLength(1);
        expect(overlapped).toBe(false);
        expect(own(seen, stream)).toEqual(await store.readStream(stream));
        expect(seen[0].position).toBeGreaterThan(start);
        expectStrictlyIncreasing(seen.map((e) => e.position));
      });

      it('from a checkpoint delivers only later events', async () => {
        const stream = streamName('checkpoint');
        const stored = (
          await store.append(
            stream,
            Array.from({ length: 4 }, () => newEvent()),
            'no_stream',
          )
        ).events;
        const seen: StoredEvent[] = [];
        let caughtUp = false;

        track(
          store.subscribe(stored[1].position, {
            onEvents: async (batch) => void seen.push(...batch),
            onCaughtUp: () => (caughtUp = true),
          }),
        );
        await waitFor(() => caughtUp);

        expect(seen.every((e) => e.position > stored[1].position)).toBe(true);
        expect(own(seen, stream)).toEqual(stored.slice(2));
      });

      it('reports being caught up at the checkpoint when nothing follows it', async () => {
        const stream = streamName('nothing-new');
        await appendOne(stream);
        const head = await store.headPosition();
        const caughtUp: bigint[] = [];

        track(store.subscribe(head, { onEvents: async () => undefined, onCaughtUp: (p) => caughtUp.push(p) }));

        await waitFor(() => caughtUp.length > 0);
        expect(caughtUp[0]).toBeGreaterThanOrEqual(head);
      });

      it('delivers nothing once stop() has resolved', async () => {
        const stream = streamName('stop');
        const seen: StoredEvent[] = [];
        const subscription = track(store.subscribe(await store.headPosition(), { onEvents: async (batch) => void seen.push(...batch) }));
        await appendOne(stream);
        await waitFor(() => own(seen, stream).length === 1);

        await subscription.stop();
        await appendOne(stream);
        await delay(600);

        expect(own(seen, stream)).toHaveLength(1);
      });

      it('stop() resolves only after the batch being handled is done', async () => {
        const stream = streamName('stop-in-flight');
        let release!: () => void;
        let handling = false;
        let finished = false;
        const subscription = track(
          store.subscribe(await store.headPosition(), {
            onEvents: async (batch) => {
              if (!own(batch, stream).length) return;
              handling = true;
              await new Promise<void>((resolve) => (release = resolve));
              finished = true;
            },
          }),
        );
        await appendOne(stream);
        await waitFor(() => handling);

        let stopped = false;
        const stopping = subscription.stop().then(() => (stopped = true));
        await delay(50);
        expect(stopped).toBe(false);
        release();
        await stopping;
        expect(finished).toBe(true);
      });

      it('reports a failing handler and stops', async () => {
        const stream = streamName('failing');
        const failure = new Error('projection failed');
        const errors: Error[] = [];
        const calls: StoredEvent[][] = [];
        track(
          store.subscribe(await store.headPosition(), {
            onEvents: async (batch) => {
              if (!own(batch, stream).length) return;
              calls.push(batch);
              throw failure;
            },
            onError: (error) => errors.push(error),
          }),
        );

        await appendOne(stream);
        await waitFor(() => errors.length > 0);
        await appendOne(stream);
        await delay(600);

        expect(errors).toEqual([failure]);
        expect(calls).toHaveLength(1);
      });
    });
  });
}

function streamName(label: string): string {
  return `contract_${label}-${randomUUID()}`;
}

function newEvent(type = 'Happened', data: unknown = { value: 1 }): NewEvent {
  const now = new Date().toISOString();
  return {
    type,
    data,
    metadata: {
      occurredAt: now,
      recordedAt: now,
      unitId: 'unit-1',
      actor: { subject: 'officer-1', role: 'recorder' },
      source: 'contract-test',
      correlationId: randomUUID(),
      causationId: randomUUID(),
      idempotencyKey: randomUUID(),
    },
  };
}

async function expectWrongVersion(attempt: Promise<unknown>, streamId: string, expected: ExpectedVersion, actual: bigint): Promise<void> {
  await expect(attempt).rejects.toBeInstanceOf(WrongExpectedVersionError);
  await expect(attempt).rejects.toMatchObject({ streamId, expected, actual });
}

function expectStrictlyIncreasing(positions: bigint[]): void {
  positions.slice(1).forEach((position, i) => expect(position).toBeGreaterThan(positions[i]));
}

function own(events: StoredEvent[], streamId: string): StoredEvent[] {
  return events.filter((e) => e.streamId === streamId);
}

async function collect(batches: AsyncIterable<StoredEvent[]>): Promise<StoredEvent[][]> {
  const collected: StoredEvent[][] = [];
  for await (const batch of batches) collected.push(batch);
  return collected;
}

async function readOwn(store: EventStore, after: bigint, streamId: string): Promise<StoredEvent[]> {
  return own((await collect(store.readAll(after))).flat(), streamId);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await delay(10);
  }
}
