import { parentPort, workerData } from 'node:worker_threads';
import { SqliteEventStore } from '../event-store/sqlite/sqlite-event-store';
import { rebuildProjections } from '../read-store/rebuild';
import { SqliteReadStore } from '../read-store/sqlite/sqlite-read-store';
import { ALL_PROJECTIONS } from './projections';

/** What the thread is told: the files, the projections by name, and the position to stop at. */
export interface RebuildWorkerData {
  eventsFile: string;
  readsFile: string;
  projections: string[];
  until: string;
  batchSize?: number;
}

/** What it says back: progress in events, then done or the error that stopped it. */
export type RebuildWorkerMessage = { progress: [done: number, total: number] } | { done: true } | { error: string };

/** The thread of app/rebuild-alongside.ts: rebuilds its projections into their partition's file. */
async function run(data: RebuildWorkerData): Promise<void> {
  let outcome: RebuildWorkerMessage;
  try {
    await rebuild(data, (done, total) => parentPort!.postMessage({ progress: [done, total] } satisfies RebuildWorkerMessage));
    outcome = { done: true };
  } catch (error) {
    outcome = { error: error instanceof Error ? error.message : String(error) };
  }
  // Once its files are closed: the other thread reads what it wrote next.
  parentPort!.postMessage(outcome);
}

async function rebuild(data: RebuildWorkerData, onProgress: (done: number, total: number) => void): Promise<void> {
  const chosen = data.projections.map((name) => {
    const projection = ALL_PROJECTIONS.find((p) => p.name === name);
    if (!projection) throw new Error(`Unknown projection "${name}"`);
    return projection;
  });
  const events = new SqliteEventStore({ file: data.eventsFile });
  try {
    const reads = new SqliteReadStore({ file: data.readsFile });
    try {
      await rebuildProjections(events, reads, chosen, { until: BigInt(data.until), batchSize: data.batchSize, onProgress });
    } finally {
      await reads.dispose();
    }
  } finally {
    await events.dispose();
  }
}

void run(workerData as RebuildWorkerData);
