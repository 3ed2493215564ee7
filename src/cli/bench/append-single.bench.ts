import { join } from 'node:path';
import { NewEvent } from '../../event-store/event-store.port';
import { SqliteEventStore } from '../../event-store/sqlite/sqlite-event-store';
import { Figure } from './report';
import { contactMade, warningReceived, warningStreamOf } from './sample-events';
import { progress, Samples, timeCalls } from './stats';

const SECTION = '1 single append';
const WARMUP = 1_000;

/**
 * One event per append, as a command does: N new streams ('no_stream'), then one follow-up to each
 * of them with the exact expected version (0). Events are built before timing, so the figures are
 * the store's cost: id derivation, JSON serialization, the version check and the commit.
 */
export async function benchSingleAppends(dir: string, count: number): Promise<Figure[]> {
  const store = new SqliteEventStore({ file: join(dir, 'append-single.sqlite') });
  try {
    // Warm-up streams are numbered after the measured ones, so their keys never collide.
    for (let i = count; i < count + WARMUP; i++) {
      await store.append(warningStreamOf(i), [warningReceived(i)], 'no_stream');
      await store.append(warningStreamOf(i), [contactMade(i)], 0n);
    }
    const received = prebuild(count, warningReceived);
    const contacts = prebuild(count, contactMade);

    progress(`single appends: ${count} new streams`);
    const created = await timeCalls(count, (i) => store.append(warningStreamOf(i), [received[i]], 'no_stream'));
    progress(`single appends: ${count} follow-ups to existing streams (expected version 0)`);
    const followed = await timeCalls(count, (i) => store.append(warningStreamOf(i), [contacts[i]], 0n));

    return [...figures('new stream', created, { min: 20_000 }), ...figures('existing stream', followed)];
  } finally {
    await store.dispose();
  }
}

function prebuild(count: number, make: (i: number) => NewEvent): NewEvent[] {
  return Array.from({ length: count }, (_, i) => make(i));
}

function figures(name: string, samples: Samples, target?: { min: number }): Figure[] {
  const [p50, p99] = samples.percentiles(50, 99);
  return [
    { section: SECTION, name: `${name}: appends/s`, value: samples.perSecond(), unit: 'tx/s', ...(target && { target }) },
    { section: SECTION, name: `${name}: p50`, value: p50 / 1e3, unit: 'µs' },
    { section: SECTION, name: `${name}: p99`, value: p99 / 1e3, unit: 'µs' },
  ];
}
