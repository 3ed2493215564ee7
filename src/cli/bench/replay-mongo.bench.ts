import { MongoClient } from 'mongodb';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { SqliteEventStore } from '../../event-store/sqlite/sqlite-event-store';
import { MongoReadStore } from '../../read-store/mongodb/mongo-read-store';
import { rebuildProjection } from '../../read-store/rebuild';
import { dailyIndicatorsProjection } from '../../scoring/projections/daily-indicators.projection';
import { seedDemoCity } from '../demo/seed-demo-city';
import { Figure } from './report';
import { now, progress, sinceNs } from './stats';

const SECTION = '3 replay';

/** The demo city's first month: enough for a rate, small enough for a slow wire-compatible server. */
const UNTIL = '2025-01-31';

/**
 * Replays the demo city's first month into MongoDB when MONGODB_URI is set, in a throw-away
 * database: the production read store's side of the replay rate. (FerretDB, the CI stand-in, uses
 * no index but _id and is far slower than MongoDB: see test/infra/mongodb/README.md.)
 */
export async function benchMongoReplay(scratchDir: string, uri: string | undefined): Promise<Figure[]> {
  if (!uri) {
    progress('MongoDB replay skipped: MONGODB_URI is not set (eval "$(test/infra/mongodb/start.sh)" starts a server)');
    return [
      {
        section: SECTION,
        name: 'rebuild daily-indicators into MongoDB',
        value: Number.NaN,
        unit: 'events/s',
        note: 'skipped: MONGODB_URI is not set',
      },
    ];
  }
  const database = `bench_${randomUUID().slice(0, 8)}`;
  const events = new SqliteEventStore({ file: join(scratchDir, 'mongo-replay-events.sqlite') });
  await seedDemoCity(events, { until: UNTIL });
  const reads = await MongoReadStore.connect({ uri, database });
  try {
    const total = Number(await events.headPosition());
    progress(`replay: rebuild daily-indicators into MongoDB (${database})`);
    const start = now();
    await rebuildProjection(events, reads, dailyIndicatorsProjection);
    const ns = sinceNs(start);
    return [
      {
        section: SECTION,
        name: 'rebuild daily-indicators into MongoDB',
        value: total / (ns / 1e9),
        unit: 'events/s',
        note: `demo city to ${UNTIL}: ${total} events, ${(ns / 1e9).toFixed(1)} s, ${uri.replace(/\/\/[^@/]*@/, '//***@')}`,
      },
    ];
  } finally {
    await reads.dispose();
    await events.dispose();
    const client = await MongoClient.connect(uri);
    await client
      .db(database)
      .dropDatabase()
      .finally(() => client.close());
  }
}
