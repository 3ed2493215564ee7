import { SqliteEventStore } from '../../event-store/sqlite/sqlite-event-store';
import { DemoEntry } from './demo-timeline';
import { generateDemoCity } from './generate-demo-city';
import { seedDemoCity } from './seed-demo-city';

describe('seedDemoCity', () => {
  const until = '2025-01-03';
  let store: SqliteEventStore;
  beforeEach(() => {
    store = new SqliteEventStore({ file: ':memory:' });
  });
  afterEach(() => store.dispose());

  it('appends every generated event, each stream in its own order', async () => {
    const generated = [...generateDemoCity({ until })];
    const progress: number[] = [];
    const result = await seedDemoCity(store, { until, onProgress: (n) => progress.push(n) });

    expect(result).toEqual({ events: generated.length, streams: new Set(generated.map((e) => e.streamId)).size, skipped: false });
    expect(await store.headPosition()).toBe(BigInt(generated.length));
    expect(progress.at(-1)).toBe(generated.length);
    const streamId = generated.find((e) => e.event.type === 'WarningDissuaded')?.streamId as string;
    const stored = await store.readStream(streamId);
    expect(stored.map((e) => e.metadata.idempotencyKey)).toEqual(
      generated.filter((e) => e.streamId === streamId).map((e) => e.event.metadata.idempotencyKey),
    );
  });

  it('leaves rules already published by the service alone', async () => {
    const { streamId, event } = [...generateDemoCity({ until })].find((e) => e.event.type === 'RuleSetPublished') as DemoEntry;
    const atStartUp = { ...event, metadata: { ...event.metadata, idempotencyKey: `${streamId}:initial` } };
    await store.append(streamId, [atStartUp], 'no_stream');
    await seedDemoCity(store, { until });
    expect(await store.readStream(streamId)).toHaveLength(1);
  });

  it('is a no-op once the city exists', async () => {
    await seedDemoCity(store, { until });
    const head = await store.headPosition();
    expect(await seedDemoCity(store, { until })).toEqual({ events: 0, streams: 0, skipped: true });
    expect(await store.headPosition()).toBe(head);
  });
});
