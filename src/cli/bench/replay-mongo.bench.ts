import { MongoClient } from 'mongodb';
import { randomUUID } from 'node:crypto';
import { AppConfig } from '../../config/app-config';
import { MongoReadStore } from '../../read-store/mongodb/mongo-read-store';
import { rebuildProjection } from '../../read-store/rebuild';
import { dailyIndicatorsProjection } from '../../scoring/projections/daily-indicators.projection';
import { openEventStore } from '../embedded-stores';
import { Figure } from './report';
import { now, progress, sinceNs } from './stats';

const SECTION = '3 replay';

/**
 * Replays the demo city (seeded by the replay phase) into MongoDB when MONGODB_URI is set, in a
 * throw-away database: the production read store's side of the replay rate.
 */
export async function benchMongoReplay(config: AppConfig): Promise<Figure[]> {
  const uri = process.env.MONGODB_URI;
  if (!uri) {
    progress('MongoDB replay skipped: MONGODB_URI is not set (eval "$(test/infra/mongodb/start.sh)" starts a server)');
    return [{ section: SECTION, name: 'rebuild daily-indicators into MongoDB', value: Number.NaN, unit: 'events/s', note: 'skipped: MONGODB_URI is not set' }];
  }
  const database = `bench_${randomUUID().slice(0, 8)}`;
  const events = openEventStore(config);
  const reads = await MongoReadStore.connect({ uri, database });
  try {
    const total = Number(await events.headPosition());
    progress(`replay: rebuild daily-indicators into MongoDB (${database})`);
    const start = now();
    await rebuildProjection(events, reads, dailyIndicatorsProjection);
    const ns = sinceNs(start);
    return [{
      section: SECTION,
      name: 'rebuild daily-indicators into MongoDB',
      value: total / (ns / 1e9),
      unit: 'events/s',
      note: `${total} events, ${(ns / 1e9).toFixed(1)} s, ${uri.replace(/\/\/[^@/]*@/, '//***@')}`,
    }];
  } finally {
    await reads.dispose();
    await events.dispose();
    const client = await MongoClient.connect(uri);
    await client.db(database).dropDatabase().finally(() => client.close());
  }
}
