import { EventStore } from '../event-store/event-store.port';
import { applyEvents } from './apply-events';
import { Projection } from './projection';
import { ReadStore } from './read-store.port';

/** Replays commit once per batch, and each commit rewrites every page it touched: large batches replay faster. */
export const REPLAY_BATCH_SIZE = 5000;

export interface RebuildOptions {
  batchSize?: number;
  /**
   * Positions replayed so far and the head position when the rebuild started. For the embedded
   * store these are event counts; other stores' positions only grow in the same order.
   */
  onProgress?(done: number, total: number): void;
}

/**
 * Fills a new generation of the projection's tables from the whole log, then switches reads to it.
 * Reads keep the old tables until then; on failure the new ones are dropped. Returns the checkpoint
 * reached, from which a runner carries on with what was appended meanwhile.
 */
export async function rebuildProjection(
  eventStore: EventStore,
  readStore: ReadStore,
  projection: Projection,
  options: RebuildOptions = {},
): Promise<bigint> {
  const total = Number(await eventStore.headPosition());
  const target = await readStore.beginRebuild(projection.name, projection.tables, projection.version);
  let checkpoint = 0n;
  try {
    for await (const events of eventStore.readAll(0n, options.batchSize ?? REPLAY_BATCH_SIZE)) {
      await applyEvents((batch) => target.apply(batch), projection, events, checkpoint);
      checkpoint = events[events.length - 1].position;
      options.onProgress?.(Number(checkpoint), total);
    }
    await target.activate();
  } catch (error) {
    await target.abandon();
    throw error;
  }
  return checkpoint;
}
