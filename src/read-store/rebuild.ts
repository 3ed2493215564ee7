import { EventStore } from '../event-store/event-store.port';
import { EventAt, applyBatch, projectEvent } from './apply-events';
import { Projection } from './projection';
import { FoldedChanges } from './folded-changes';
import { ReadStore, RebuildTarget } from './read-store.port';

/** Events read at a time; catching up commits once per batch, and each commit rewrites every page it touched: large batches replay faster. */
export const REPLAY_BATCH_SIZE = 5000;

/**
 * Writes a rebuild gathers per projection before committing them, rows folded (FoldedChanges): a
 * row the log touches again and again (an area's day) is written once per commit, and a commit
 * writes each table's rows in key order.
 */
const REBUILD_COMMIT_WRITES = 100_000;

export interface RebuildOptions {
  batchSize?: number;
  /**
   * Positions replayed so far and the head position when the rebuild started. For the embedded
   * store these are event counts; other stores' positions only grow in the same order.
   */
  onProgress?(done: number, total: number): void;
  /** Rebuilds some of the projections at the same time, in another thread. */
  alongside?: RebuildAlongside;
  /** The last position to rebuild up to; by default the head when the rebuild begins. */
  until?: bigint;
}

/**
 * A rebuild of some projections run beside this one, from its own read of the log up to the same
 * position: on two cores, two threads rebuilding into two files take about two thirds of the time.
 */
export interface RebuildAlongside {
  /** Those of `projections` it rebuilds; none when it cannot, or when nothing would be left here. */
  share(projections: readonly Projection[]): Projection[];
  /** Rebuilds and activates them up to `until`; stops when `signal` aborts. */
  rebuild(
    projections: readonly Projection[],
    until: bigint,
    onProgress: (done: number, total: number) => void,
    signal: AbortSignal,
  ): Promise<void>;
}

/** A projection's new generation and the changes gathered for it since its last commit. */
interface Filling {
  projection: Projection;
  target: RebuildTarget;
  changes: FoldedChanges;
  checkpoint: bigint;
  committed: bigint;
}

/**
 * Fills a new generation of each projection's tables from one read of the whole log, then switches
 * reads to them: reading and parsing the log costs as much as projecting it, so the projections share
 * one pass rather than each reading it again (a rebuild alongside, in another thread, reads it once
 * more for its share). Reads keep the old tables until then; on failure every new generation not yet
 * activated is dropped. Returns the checkpoint reached, from which a runner carries on with what was
 * appended meanwhile.
 */
export async function rebuildProjections(
  eventStore: EventStore,
  readStore: ReadStore,
  projections: readonly Projection[],
  options: RebuildOptions = {},
): Promise<bigint> {
  const head = options.until ?? (await eventStore.headPosition());
  const shared = options.alongside?.share(projections) ?? [];
  const stop = new AbortController();
  let elsewhere: Promise<void> | undefined;
  const progress = sharedProgress(shared.length ? 2 : 1, options.onProgress);
  if (shared.length) {
    elsewhere = options.alongside!.rebuild(shared, head, progress(1), stop.signal);
    // Awaited once this thread's part is done; a failure before then must not go unhandled.
    elsewhere.catch(() => undefined);
  }
  const fillings: Filling[] = [];
  try {
    for (const projection of projections) {
      if (shared.includes(projection)) continue;
      const target = await readStore.beginRebuild(projection.name, projection.tables, projection.version);
      fillings.push({ projection, target, changes: FoldedChanges.of(projection.tables), checkpoint: 0n, committed: 0n });
    }
    const checkpoint = await fill(eventStore, fillings, head, { ...options, onProgress: progress(0) });
    // Each projection's tables are whole at its checkpoint: this side's switch while the other side
    // still fills (building their indexes is a tenth of the demo city's rebuild), whatever it comes to.
    while (fillings.length) {
      await fillings[0].target.activate();
      fillings.shift();
    }
    await elsewhere;
    return checkpoint;
  } catch (error) {
    stop.abort();
    // One that cannot be dropped now is dropped when its projection's next rebuild begins.
    await Promise.allSettled([...fillings.map(({ target }) => target.abandon()), ...(elsewhere ? [elsewhere] : [])]);
    throw error;
  }
}

/** Feeds the fillings the log up to `until` (the head when the rebuild began) and commits them; returns the last position fed. */
async function fill(eventStore: EventStore, fillings: Filling[], until: bigint, options: RebuildOptions): Promise<bigint> {
  const eventAt: EventAt = async (position) =>
    (await eventStore.readPositions([position]))[0] ?? { id: 'unknown', type: 'unknown', position };
  const mapping = fillingsMapping(fillings);
  let checkpoint = 0n;
  let done = 0;
  for await (const events of eventStore.readAll(0n, options.batchSize ?? REPLAY_BATCH_SIZE)) {
    let read = 0;
    for (const event of events) {
      if (event.position > until) break;
      for (const filling of mapping(event.type)) {
        for (const change of projectEvent(filling.projection, event)) filling.changes.add(change);
      }
      checkpoint = event.position;
      read++;
    }
    for (const filling of fillings) {
      filling.checkpoint = checkpoint;
      if (filling.changes.size >= REBUILD_COMMIT_WRITES) await commit(filling, eventAt);
    }
    done += read;
    options.onProgress?.(done, estimatedTotal(done, checkpoint, until));
    if (read < events.length) break;
  }
  for (const filling of fillings) await commit(filling, eventAt);
  return checkpoint;
}

/**
 * Progress of a rebuild read by several threads, each through the whole log: the mean of their
 * counts, so the figure only grows and reaches the total when the last one does.
 */
function sharedProgress(threads: number, onProgress: RebuildOptions['onProgress']) {
  const done = new Array<number>(threads).fill(0);
  const totals = new Array<number>(threads).fill(0);
  return (thread: number) => (count: number, total: number) => {
    done[thread] = count;
    totals[thread] = total;
    onProgress?.(Math.floor(done.reduce((a, b) => a + b) / threads), Math.max(...totals));
  };
}

/**
 * The fillings whose projection maps an event type: an event goes only to them, found with one
 * lookup rather than a test per projection (most projections map a few types of the many).
 */
function fillingsMapping(fillings: readonly Filling[]): (type: string) => readonly Filling[] {
  const byType = new Map<string, Filling[]>();
  return (type) => {
    let mapping = byType.get(type);
    if (!mapping) {
      mapping = fillings.filter(({ projection }) => !projection.eventTypes || projection.eventTypes.includes(type));
      byType.set(type, mapping);
    }
    return mapping;
  };
}

/**
 * Events in the log, from those read so far and the share of the log they span: positions are
 * byte offsets on KurrentDB, and counting the log first would read it twice. Exact on the
 * embedded store, whose positions count events.
 */
function estimatedTotal(done: number, checkpoint: bigint, head: bigint): number {
  if (checkpoint >= head) return done;
  return Math.max(done, Math.round((done * Number(head)) / Number(checkpoint)));
}

/** One projection's rebuild: see rebuildProjections. */
export function rebuildProjection(
  eventStore: EventStore,
  readStore: ReadStore,
  projection: Projection,
  options: RebuildOptions = {},
): Promise<bigint> {
  return rebuildProjections(eventStore, readStore, [projection], options);
}

async function commit(filling: Filling, eventAt: EventAt): Promise<void> {
  if (filling.checkpoint === filling.committed) return;
  const batch = { projection: filling.projection.name, changes: filling.changes.drain(), checkpoint: filling.checkpoint, folded: true };
  await applyBatch((b) => filling.target.apply(b), batch, eventAt);
  filling.committed = batch.checkpoint;
}
