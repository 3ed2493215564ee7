import { HttpAdapterHost } from '@nestjs/core';
import { AppliedBatch, ProjectionRunner } from '../../read-store/projection-runner';
import { BULLETINS, PublishedBulletin } from '../projections/bulletins.projection';
import { BulletinsReader } from '../queries/bulletins.reader';
import { BULLETIN_PUBLISHED, BulletinPublishedNotifier } from './bulletin-published.notifier';

const bulletin = (day: string, number: number, position: number): PublishedBulletin => ({
  day,
  number,
  position,
  content: { day, text: '', figures: {} } as unknown as PublishedBulletin['content'],
  asOfPosition: String(position - 1),
  previousHash: null,
  hash: `h${number}`,
  eventId: `e${number}`,
  publishedAt: '2026-04-18T00:30:00.000Z',
  publishedBy: { subject: 's', role: 'r' },
});

/** The read model, the runner's batch notifications and Mercurius's pubsub of one service instance. */
function instance(stored: PublishedBulletin[]) {
  let listener: ((applied: AppliedBatch) => void) | undefined;
  const pushed: Array<{ day: string; number: number }> = [];
  const reader = {
    lastPosition: async () => Math.max(0, ...stored.map((b) => b.position)),
    publishedAfter: async (position: number) => stored.filter((b) => b.position > position).sort((a, b) => a.position - b.position),
  } as unknown as BulletinsReader;
  const runner = {
    onApplied(added: (applied: AppliedBatch) => void) {
      listener = added;
      return () => {
        listener = undefined;
      };
    },
  } as unknown as ProjectionRunner;
  const pubsub = {
    publish({ topic, payload }: { topic: string; payload: Record<string, { day: string; number: number }> }, done: () => void) {
      expect(topic).toBe(BULLETIN_PUBLISHED);
      pushed.push({ day: payload[BULLETIN_PUBLISHED].day, number: payload[BULLETIN_PUBLISHED].number });
      done();
    },
  };
  const host = { httpAdapter: { getInstance: () => ({ graphql: { pubsub } }) } } as unknown as HttpAdapterHost;
  const notifier = new BulletinPublishedNotifier(runner, reader, host);
  /** A batch applied (leader) or a checkpoint seen to move (follower); resolves once deliveries are done. */
  const applied = async (tables: string[]) => {
    listener?.({ position: 0n, tables, daysOf: () => null });
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { notifier, stored, pushed, applied };
}

describe('BulletinPublishedNotifier', () => {
  it('pushes each bulletin the read model gains, once, and none published before start-up', async () => {
    const i = instance([bulletin('2026-04-16', 1, 10)]);
    await i.notifier.onApplicationBootstrap();
    i.stored.push(bulletin('2026-04-17', 2, 20));
    await i.applied([BULLETINS]);
    await i.applied([BULLETINS]);
    expect(i.pushed).toEqual([{ day: '2026-04-17', number: 2 }]);
  });

  it('pushes from every instance sharing the read model, so each reaches its own websockets', async () => {
    const shared: PublishedBulletin[] = [];
    const leader = instance(shared);
    const follower = instance(shared);
    await leader.notifier.onApplicationBootstrap();
    await follower.notifier.onApplicationBootstrap();
    shared.push(bulletin('2026-04-17', 1, 20), bulletin('2026-04-18', 2, 21));
    await leader.applied([BULLETINS]);
    await follower.applied([BULLETINS, 'units']);
    expect(leader.pushed).toEqual([
      { day: '2026-04-17', number: 1 },
      { day: '2026-04-18', number: 2 },
    ]);
    expect(follower.pushed).toEqual(leader.pushed);
  });

  it('leaves batches that did not touch the bulletins alone, and stops listening on shutdown', async () => {
    const i = instance([]);
    await i.notifier.onApplicationBootstrap();
    i.stored.push(bulletin('2026-04-17', 1, 20));
    await i.applied(['daily_indicators']);
    expect(i.pushed).toEqual([]);
    i.notifier.onModuleDestroy();
    await i.applied([BULLETINS]);
    expect(i.pushed).toEqual([]);
  });
});
