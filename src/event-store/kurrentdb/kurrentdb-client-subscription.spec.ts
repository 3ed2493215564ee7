import { AllStreamResolvedEvent } from '@kurrent/kurrentdb-client';
import { Subscription as ClientSubscription } from '@kurrent/kurrentdb-client/dist/streams/utils/Subscription';
import { convertGrpcEvent } from '@kurrent/kurrentdb-client/dist/utils';
import { StreamIdentifier, UUID } from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/shared_pb';
import { ReadResp } from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/streams_pb';
import { PassThrough } from 'node:stream';
import { KurrentDbSubscription } from './kurrentdb-subscription';

type GrpcStream = Awaited<ReturnType<ConstructorParameters<typeof ClientSubscription>[0]>>;

/**
 * Pins what the subscription assumes of the client's own stream, fed the server's messages as gRPC
 * would: the client emits 'caughtUp' while the events before it still wait in its buffer. Uses the
 * client's internals, so a client upgrade that moves them breaks this test, not the adapter.
 */
describe('KurrentDbSubscription over the client subscription stream', () => {
  it('reports being caught up after every event the server sent before saying so', async () => {
    const server = new PassThrough({ objectMode: true });
    Object.assign(server, { cancel: () => server.end() });
    const log: string[] = [];
    const subscription = new KurrentDbSubscription(
      0n,
      {
        onEvents: async (batch) => {
          log.push(batch.map((e) => e.position).join(','));
          await new Promise((resolve) => setTimeout(resolve, 20));
        },
        onCaughtUp: (position) => log.push(`caught up at ${position}`),
      },
      {
        open: () =>
          new ClientSubscription<AllStreamResolvedEvent>(async () => server as unknown as GrpcStream, convertGrpcEvent, {
            highWaterMark: 3,
          }),
        batchSize: 3,
        logger: { warn: (message) => log.push(message) },
        onFinished: () => undefined,
      },
    );

    for (let position = 10; position <= 70; position += 10) server.write(eventMessage(position));
    server.write(new ReadResp().setCaughtUp(new ReadResp.CaughtUp()));
    await waitFor(() => log.length === 4);
    server.write(eventMessage(80));
    await waitFor(() => log.length === 5);
    await subscription.stop();

    expect(log).toEqual(['10,20,30', '40,50,60', '70', 'caught up at 70', '80']);
  });
});

function eventMessage(position: number): ReadResp {
  const recorded = new ReadResp.ReadEvent.RecordedEvent()
    .setId(new UUID().setString(`00000000-0000-0000-0000-${String(position).padStart(12, '0')}`))
    .setStreamIdentifier(new StreamIdentifier().setStreamName(Buffer.from('s')))
    .setStreamRevision(String(position / 10 - 1))
    .setCommitPosition(String(position))
    .setPreparePosition(String(position))
    .setData(Buffer.from('{}'))
    .setCustomMetadata(Buffer.from('{}'));
  recorded.getMetadataMap().set('type', 'Happened').set('content-type', 'application/json');
  return new ReadResp().setEvent(new ReadResp.ReadEvent().setEvent(recorded).setCommitPosition(String(position)));
}

async function waitFor(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
