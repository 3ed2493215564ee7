import { AppendResult, AppendStreamState, EventData, NO_STREAM, ReadStreamOptions, ResolvedEvent } from '@kurrent/kurrentdb-client';
import { newEvent } from '../stored-event.spec-helpers';
import { NewEvent } from '../event-store.port';
import { appendIdempotently } from './kurrentdb-idempotent-append';
import { KurrentDbStreams, StreamClient } from './kurrentdb-streams';

/**
 * A leader and a follower that has replicated only what `replicate()` last copied: the client's
 * node unless a call requires the leader. Appends go to the leader, as KurrentDB forwards them;
 * an identical resend at the version of the first send succeeds writing nothing, as KurrentDB's does.
 */
class LaggingCluster implements StreamClient {
  private leader = new Map<string, ResolvedEvent[]>();
  private follower = new Map<string, ResolvedEvent[]>();
  private position = 0n;
  readonly reads: Array<{ streamId: string; requiresLeader: boolean }> = [];

  replicate(): void {
    this.follower = new Map([...this.leader].map(([id, events]) => [id, [...events]]));
  }

  readStream = ((streamId: string, options?: ReadStreamOptions) => {
    const requiresLeader = options?.requiresLeader === true;
    this.reads.push({ streamId, requiresLeader });
    const stream = (requiresLeader ? this.leader : this.follower).get(streamId) ?? [];
    const from = Number(options?.fromRevision ?? 0n);
    const events = stream.slice(from, from + Number(options?.maxCount ?? stream.length));
    return (async function* () {
      yield* events;
    })();
  }) as StreamClient['readStream'];

  appendToStream = (async (streamId: string, data: EventData | EventData[], options?: { streamState?: AppendStreamState }) => {
    const events = Array.isArray(data) ? data : [data];
    const stream = this.leader.get(streamId) ?? [];
    const version = options?.streamState === NO_STREAM ? -1n : (options?.streamState as bigint);
    const after = stream.slice(Number(version) + 1);
    const resend = after.length === events.length && after.every((e, i) => e.event?.id === events[i].id);
    if (!resend) {
      if (BigInt(stream.length - 1) !== version) return { success: false, nextExpectedRevision: BigInt(stream.length - 1) };
      for (const event of events) stream.push(this.stored(streamId, stream.length, event));
      this.leader.set(streamId, stream);
    }
    return { success: true, nextExpectedRevision: version + BigInt(events.length) } as AppendResult;
  }) as StreamClient['appendToStream'];

  private stored(streamId: string, revision: number, data: EventData): ResolvedEvent {
    this.position += 211n;
    const position = { commit: this.position, prepare: this.position };
    const event = { streamId, id: data.id, revision: BigInt(revision), type: data.type, isJson: true, created: new Date(), position };
    return { event: { ...event, data: data.data, metadata: data.metadata } } as ResolvedEvent;
  }
}

describe('KurrentDbStreams on a cluster whose follower lags', () => {
  let cluster: LaggingCluster;
  const append = (events: NewEvent[], expected: Parameters<typeof appendIdempotently>[3] = 'any') =>
    appendIdempotently(new KurrentDbStreams(cluster), 'loss-1', events, expected);

  beforeEach(() => {
    cluster = new LaggingCluster();
  });

  it('reads every stream from the leader, so a resend finds its original the follower has not yet', async () => {
    const events = [newEvent()];
    const original = await append(events);

    const resend = await append(events);

    expect(resend).toEqual({ ...original, duplicate: true });
    expect(cluster.reads.length).toBeGreaterThan(0);
    expect(cluster.reads.every((read) => read.requiresLeader)).toBe(true);
  });

  it('checks the expected version against the leader, and reads back the positions the leader gave', async () => {
    await append([newEvent()], 'no_stream');
    cluster.replicate();
    await append([newEvent()], 0n);

    const third = await append([newEvent()], 1n);

    expect(third).toMatchObject({ duplicate: false, nextExpectedVersion: 2n, lastPosition: 633n });
    expect(third.events[0].metadata).not.toHaveProperty('appendId');
  });
});
