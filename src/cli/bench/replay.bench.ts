import { join } from 'node:path';
import { AppConfig } from '../../config/app-config';
import { EventStore, StoredEvent } from '../../event-store/event-store.port';
import { Projection } from '../../read-store/projection';
import { REPLAY_BATCH_SIZE, RebuildAlongside, rebuildProjections } from '../../read-store/rebuild';
import { ReadStore } from '../../read-store/read-store.port';
import { rebuildAlongside } from '../../app/rebuild-alongside';
import { SqliteReadStore } from '../../read-store/sqlite/sqlite-read-store';
import { dailyIndicatorsProjection } from '../../scoring/projections/daily-indicators.projection';
import { ALL_PROJECTIONS } from '../../app/projections';
import { seedDemoCity } from '../demo/seed-demo-city';
import { openEventStore, openReadStore } from '../../app/embedded-stores';
import { Figure } from './report';
import { now, progress, sinceNs } from './stats';

const SECTION = '3 replay';

const perSecond = (events: number, ns: number) => events / (ns / 1e9);

/**
 * Seeds the demo city into the service's event store file, then times the replay in layers: reading
 * the log, reading plus projecting (no writes), and full rebuilds into SQLite read stores. The
 * difference between layers is where the replay's time goes. The last rebuild (every projection, as
 * `npm run rebuild` makes it: the trails in a worker thread) writes the service's own read-store
 * files, so phase 4 boots without rebuilding anything.
 */
export async function benchReplay(config: AppConfig, scratchDir: string): Promise<Figure[]> {
  const store = openEventStore(config);
  try {
    const seedStart = now();
    let reported = 0;
    const seeded = await seedDemoCity(store, {
      onProgress: (n) => {
        if (n - reported >= 50_000) progress(`seeding the demo city: ${(reported = n)} events`);
      },
    });
    const seedNs = sinceNs(seedStart);
    const events = seeded.events;
    progress(`seeded ${events} events in ${seeded.streams} streams`);

    progress('replay: readAll alone');
    const readNs = await timeRead(store, () => undefined);
    progress('replay: readAll + daily-indicators project(), no writes');
    const projectNs = await timeRead(store, (batch) => batch.forEach((e) => dailyIndicatorsProjection.project(e)));

    progress('replay: rebuild daily-indicators into a fresh read store');
    const dailyStore = new SqliteReadStore({ file: join(scratchDir, 'replay-daily.sqlite') });
    const dailyNs = await timeRebuild(store, dailyStore, [dailyIndicatorsProjection]).finally(() => dailyStore.dispose());

    progress(`replay: rebuild all ${ALL_PROJECTIONS.length} projections into the service's read store`);
    const serviceStore = openReadStore(config);
    const allNs = await timeRebuild(store, serviceStore, ALL_PROJECTIONS, rebuildAlongside(config, serviceStore)).finally(() =>
      serviceStore.dispose(),
    );

    const names = ALL_PROJECTIONS.map((p) => p.name).join(', ');
    return [
      {
        section: SECTION,
        name: 'seed demo city (append, 1 tx per stream and window)',
        value: perSecond(events, seedNs),
        unit: 'events/s',
        note: `${events} events, ${(seedNs / 1e9).toFixed(1)} s`,
      },
      {
        section: SECTION,
        name: 'readAll alone',
        value: perSecond(events, readNs),
        unit: 'events/s',
        note: `batches of ${REPLAY_BATCH_SIZE}, ${(readNs / 1e9).toFixed(2)} s`,
      },
      {
        section: SECTION,
        name: 'readAll + daily-indicators project(), no writes',
        value: perSecond(events, projectNs),
        unit: 'events/s',
        note: `${(projectNs / 1e9).toFixed(2)} s`,
      },
      {
        section: SECTION,
        name: 'rebuild daily-indicators',
        value: perSecond(events, dailyNs),
        unit: 'events/s',
        target: { min: 150_000 },
        note: `${(dailyNs / 1e9).toFixed(2)} s`,
      },
      {
        section: SECTION,
        name: `rebuild all ${ALL_PROJECTIONS.length} projections (log events/s)`,
        value: perSecond(events, allNs),
        unit: 'events/s',
        target: { min: 60_000 },
        note: `${names}: as npm run rebuild does, the trails in a worker thread into their own file, the others here, each from one read of the log, ${(allNs / 1e9).toFixed(2)} s in all`,
      },
    ];
  } finally {
    await store.dispose();
  }
}

/** Reads the whole log in the rebuild's batch size, handing every batch to `visit`. */
async function timeRead(store: EventStore, visit: (batch: StoredEvent[]) => void): Promise<number> {
  const start = now();
  for await (const batch of store.readAll(0n, REPLAY_BATCH_SIZE)) visit(batch);
  return sinceNs(start);
}

/** Rebuilds the projections from one read of the log, as `npm run rebuild` does. */
async function timeRebuild(events: EventStore, reads: ReadStore, projections: Projection[], alongside?: RebuildAlongside): Promise<number> {
  const start = now();
  const checkpoint = await rebuildProjections(events, reads, projections, { alongside });
  const ns = sinceNs(start);
  progress(`  ${projections.map((p) => p.name).join(', ')}: rebuilt to position ${checkpoint} in ${(ns / 1e6).toFixed(0)} ms`);
  return ns;
}
