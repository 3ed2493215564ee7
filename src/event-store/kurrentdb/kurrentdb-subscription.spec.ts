import { AccessDeniedError, AllStreamResolvedEvent } from '@kurrent/kurrentdb-client';
import { Readable } from 'node:stream';
import { StoredEvent, SubscriptionHandlers } from '../event-store.port';
import { KurrentDbPermissionError } from './kurrentdb-permissions';
import { CatchUpStream, KurrentDbSubscription, backoffDelay } from './kurrentdb-subscription';

/** Stands in for the client's subscription: the test pushes events and signals as the server would. */
class FakeServerSubscription extends Readable implements CatchUpStream {
  unsubscribed = false;

  constructor(readonly from: bigint) {
    super({ objectMode: true, highWaterMark: 4, read: () => undefined });
  }

  send(...positions: bigint[]): void {
    for (const position of positions) this.push(resolved(position));
  }

  async unsubscribe(): Promise<void> {
    this.unsubscribed = true;
  }
}

describe('KurrentDbSubscription', () => {
  let opened: FakeServerSubscription[];
  let warnings: string[];
  let seen: StoredEvent[][];
  let subscription: KurrentDbSubscription | undefined;
  const latest = () => opened[opened.length - 1];
  const positions = () => seen.map((batch) => batch.map((e) => e.position));

  const start = (after: bigint, handlers: Partial<SubscriptionHandlers> = {}, batchSize = 3) => {
    subscription = new KurrentDbSubscription(
      after,
      { onEvents: async (batch) => void seen.push(batch), ...handlers },
      {
        open: (position) => {
          opened.push(new FakeServerSubscription(position));
          return latest();
        },
        batchSize,
        logger: { warn: (message) => warnings.push(message) },
        onFinished: () => undefined,
      },
    );
    return subscription;
  };

  beforeEach(() => {
    opened = [];
    warnings = [];
    seen = [];
  });

  afterEach(async () => {
    await subscription?.stop();
  });

  it('delivers batches in order, then reports being caught up after the events sent before the signal', async () => {
    const caughtUp: Array<{ position: bigint; seen: number }> = [];
    start(10n, { onCaughtUp: (position) => caughtUp.push({ position, seen: seen.flat().length }) });
    await waitFor(() => opened.length === 1);
    expect(latest().from).toBe(10n);

    // The client signals while the events before it still sit in the stream's buffer.
    latest().send(20n, 30n, 40n, 50n);
    latest().emit('caughtUp', {});
    await waitFor(() => caughtUp.length === 1);

    expect(positions()).toEqual([[20n, 30n, 40n], [50n]]);
    expect(caughtUp).toEqual([{ position: 50n, seen: 4 }]);
  });

  it('reports being caught up at the starting position when nothing follows it', async () => {
    const caughtUp: bigint[] = [];
    start(10n, { onCaughtUp: (position) => caughtUp.push(position) });
    await waitFor(() => opened.length === 1);
    latest().emit('caughtUp', {});

    await waitFor(() => caughtUp.length === 1);
    expect(caughtUp).toEqual([10n]);
  });

  it('gathers live events arriving close together into one batch', async () => {
    start(0n, {}, 100);
    await waitFor(() => opened.length === 1);
    latest().send(1n);
    setTimeout(() => latest().send(2n), 2);

    await waitFor(() => seen.length > 0);
    await delay(30);
    expect(positions()).toEqual([[1n, 2n]]);
  });

  it('takes no more events while a batch is handled, and reads only a batch ahead', async () => {
    let release!: () => void;
    let handling = 0;
    start(0n, {
      onEvents: async (batch) => {
        handling++;
        seen.push(batch);
        await new Promise<void>((resolve) => (release = resolve));
      },
    });
    await waitFor(() => opened.length === 1);
    latest().send(1n, 2n, 3n, 4n, 5n, 6n, 7n, 8n, 9n);
    await waitFor(() => handling === 1);
    await delay(20);

    expect(handling).toBe(1);
    expect(latest().readableLength).toBeGreaterThan(0);
    release();
    await waitFor(() => handling === 2);
    release();
    await waitFor(() => handling === 3);
    release();
    expect(positions()).toEqual([
      [1n, 2n, 3n],
      [4n, 5n, 6n],
      [7n, 8n, 9n],
    ]);
  });

  it('resubscribes after a drop from the last delivered event, never repeating one, nor the caught-up report', async () => {
    const caughtUp: bigint[] = [];
    start(0n, { onCaughtUp: (position) => caughtUp.push(position) });
    await waitFor(() => opened.length === 1);
    latest().send(5n, 6n);
    latest().emit('caughtUp', {});
    await waitFor(() => caughtUp.length === 1);

    latest().emit('error', new Error('connection reset'));
    await waitFor(() => opened.length === 2);
    expect(opened[0].unsubscribed).toBe(true);
    expect(latest().from).toBe(6n);
    expect(warnings).toEqual([expect.stringMatching(/dropped \(connection reset\); resubscribing after position 6 in \d+ ms/)]);

    latest().send(6n, 7n);
    latest().emit('caughtUp', {});
    await waitFor(() => seen.flat().length === 3);
    await delay(20);
    expect(seen.flat().map((e) => e.position)).toEqual([5n, 6n, 7n]);
    expect(caughtUp).toEqual([6n]);
  });

  it('resubscribes when the server ends the subscription', async () => {
    start(0n);
    await waitFor(() => opened.length === 1);
    latest().push(null);

    await waitFor(() => opened.length === 2);
    expect(warnings[0]).toMatch(/the server ended it/);
  });

  it('reports a failing handler once, and stops following', async () => {
    const failure = new Error('projection failed');
    const errors: Error[] = [];
    start(0n, { onEvents: async () => Promise.reject(failure), onError: (error) => errors.push(error) });
    await waitFor(() => opened.length === 1);
    latest().send(1n);

    await waitFor(() => errors.length === 1);
    expect(errors).toEqual([failure]);
    expect(latest().unsubscribed).toBe(true);
    expect(opened).toHaveLength(1);
  });

  it('stops at a refusal of access instead of resubscribing, saying what to grant', async () => {
    const errors: Error[] = [];
    start(0n, { onError: (error) => errors.push(error) });
    await waitFor(() => opened.length === 1);
    latest().emit(
      'error',
      new AccessDeniedError({ code: 7, message: '7 PERMISSION_DENIED: Access Denied' } as ConstructorParameters<
        typeof AccessDeniedError
      >[0]),
    );

    await waitFor(() => errors.length === 1);
    expect(errors[0]).toBeInstanceOf(KurrentDbPermissionError);
    expect(errors[0].message).toMatch(/^KurrentDB denied the user in KURRENTDB_URL permission to subscribe to \$all: .*\$admins/);
    await delay(150);
    expect(opened).toHaveLength(1);
    expect(warnings).toEqual([]);
  });

  it('stop() waits for the batch in hand and delivers nothing after it', async () => {
    let release!: () => void;
    start(0n, {
      onEvents: async (batch) => {
        seen.push(batch);
        await new Promise<void>((resolve) => (release = resolve));
      },
    });
    await waitFor(() => opened.length === 1);
    latest().send(1n, 2n, 3n, 4n);
    await waitFor(() => seen.length === 1);

    let stopped = false;
    const stopping = subscription!.stop().then(() => (stopped = true));
    await delay(20);
    expect(stopped).toBe(false);
    release();
    await stopping;

    expect(positions()).toEqual([[1n, 2n, 3n]]);
    expect(latest().unsubscribed).toBe(true);
  });

  it('backs off from 100 ms, doubling up to 10 s, half of it random', () => {
    expect([0, 1, 2].map((drops) => backoffDelay(drops, () => 1))).toEqual([100, 200, 400]);
    expect([0, 1, 2].map((drops) => backoffDelay(drops, () => 0))).toEqual([50, 100, 200]);
    expect(backoffDelay(7, () => 1)).toBe(10_000);
    expect(backoffDelay(1000, () => 0)).toBe(5_000);
  });
});

function resolved(position: bigint): AllStreamResolvedEvent {
  return {
    event: {
      streamId: 's',
      id: `id-${position}`,
      isJson: true,
      revision: 0n,
      type: 'Happened',
      created: new Date(),
      data: {},
      metadata: {},
      position: { commit: position, prepare: position },
    },
  };
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function waitFor(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await delay(5);
  }
}
