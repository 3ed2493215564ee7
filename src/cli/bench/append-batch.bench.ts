import { join } from 'node:path';
import { SqliteEventStore } from '../../event-store/sqlite/sqlite-event-store';
import { Figure } from './report';
import { commandBatch } from './sample-events';
import { now, progress, Samples, sinceNs } from './stats';

const SECTION = '2 batched append';
const WARMUP_BATCHES = 20;

/**
 * Appends of `size` events each, one new stream per append. Each batch is built outside the timed
 * region (building all of them first would hold ~100k events in memory and inflate the RSS figures).
 */
export async function benchBatchedAppends(dir: string, batches: number, size: number): Promise<Figure[]> {
  const store = new SqliteEventStore({ file: join(dir, 'append-batch.sqlite') });
  try {
    for (let b = batches; b < batches + WARMUP_BATCHES; b++) {
      const { streamId, events } = commandBatch(b, size);
      await store.append(streamId, events, 'no_stream');
    }
    progress(`batched appends: ${batches} appends of ${size} events`);
    const samples = new Samples(batches);
    for (let b = 0; b < batches; b++) {
      const { streamId, events } = commandBatch(b, size);
      const start = now();
      await store.append(streamId, events, 'no_stream');
      samples.add(sinceNs(start));
      if ((b + 1) % 250 === 0) progress(`batched appends: ${(b + 1) * size} events`);
    }
    const [p50, p99] = samples.percentiles(50, 99);
    return [
      {
        section: SECTION,
        name: `${size} events/append: events/s`,
        value: samples.perSecond(batches * size),
        unit: 'events/s',
        target: { min: 60_000 },
      },
      { section: SECTION, name: `${size} events/append: p50 per append`, value: p50 / 1e6, unit: 'ms' },
      { section: SECTION, name: `${size} events/append: p99 per append`, value: p99 / 1e6, unit: 'ms' },
    ];
  } finally {
    await store.dispose();
  }
}
