import { StoredEvent } from '../event-store/event-store.port';
import { Projection } from './projection';
import { Change, ProjectionBatch } from './read-store.port';

/** Names the event a projection failed on, so the log points at the fact to inspect. */
export class ProjectionFailedError extends Error {
  constructor(
    readonly projection: string,
    readonly event: Pick<StoredEvent, 'id' | 'type' | 'position'>,
    readonly stage: 'project' | 'apply',
    readonly cause: unknown,
  ) {
    super(
      `Projection "${projection}" failed to ${stage} event ${event.id} (${event.type}) at position ${event.position}: ${
        cause instanceof Error ? cause.message : String(cause)
      }`,
    );
    this.name = 'ProjectionFailedError';
  }
}

/** The event at a position, to name it in an error. */
export type EventAt = (position: bigint) => Promise<Pick<StoredEvent, 'id' | 'type' | 'position'>>;

/**
 * Projects the events after `after` and applies them as one batch. Returns the applied batch, or
 * undefined when no event was after `after`.
 */
export async function applyEvents(
  apply: (batch: ProjectionBatch) => Promise<void>,
  projection: Projection,
  events: StoredEvent[],
  after: bigint,
): Promise<ProjectionBatch | undefined> {
  const batch = projectEvents(projection, events, after);
  if (!batch) return undefined;
  await applyBatch(apply, batch, async (position) => events.find((event) => event.position === position)!);
  return batch;
}

/**
 * The changes of the events after `after`, as one batch; undefined when no event was after it. The
 * checkpoint moves past every event, mapped or not, so a projection that maps few types does not
 * hold the runner's lowest position back.
 */
export function projectEvents(projection: Projection, events: StoredEvent[], after: bigint): ProjectionBatch | undefined {
  const changes: Change[] = [];
  const types = mappedTypes(projection);
  let checkpoint = after;
  for (const event of events) {
    if (event.position <= after) continue;
    checkpoint = event.position;
    if (types && !types.has(event.type)) continue;
    for (const change of projectEvent(projection, event)) changes.push(change);
  }
  return checkpoint > after ? { projection: projection.name, changes, checkpoint } : undefined;
}

/** One event's changes, each marked with its position; a projection that throws is named with the event. */
export function projectEvent(projection: Projection, event: StoredEvent): Change[] {
  let produced: Change[];
  try {
    produced = projection.project(event);
  } catch (error) {
    throw new ProjectionFailedError(projection.name, event, 'project', error);
  }
  for (const change of produced) change.position = event.position;
  return produced;
}

/**
 * Applies a projected batch. When the store rejects it, its changes are applied one event at a
 * time to find the culprit, named by `eventAt`: those before it stay applied, which is progress
 * like any other since each carries its own checkpoint.
 */
export async function applyBatch(
  apply: (batch: ProjectionBatch) => Promise<void>,
  batch: ProjectionBatch,
  eventAt: EventAt,
): Promise<void> {
  try {
    await apply(batch);
  } catch (error) {
    const rejected = await applyUntilRejected(apply, batch);
    if (!rejected) throw error;
    throw new ProjectionFailedError(batch.projection, await eventAt(rejected.position), 'apply', rejected.cause);
  }
}

/** The first event whose changes the store rejects, and why; undefined when it takes them all one by one. */
async function applyUntilRejected(
  apply: (batch: ProjectionBatch) => Promise<void>,
  batch: ProjectionBatch,
): Promise<{ position: bigint; cause: unknown } | undefined> {
  const { changes } = batch;
  for (let start = 0, end = 0; start < changes.length; start = end) {
    const position = changes[start].position ?? batch.checkpoint;
    while (end < changes.length && (changes[end].position ?? batch.checkpoint) === position) end++;
    try {
      await apply({ projection: batch.projection, changes: changes.slice(start, end), checkpoint: position });
    } catch (cause) {
      return { position, cause };
    }
  }
  return undefined;
}

const typeSets = new WeakMap<Projection, ReadonlySet<string> | undefined>();

/**
 * The types a projection maps, as a set; undefined when it takes every event. Other events are not
 * handed to it (they give no change by the Projection contract): a rebuild feeding every projection
 * from one read of the log then skips most of them with one lookup.
 */
function mappedTypes(projection: Projection): ReadonlySet<string> | undefined {
  if (!typeSets.has(projection)) typeSets.set(projection, projection.eventTypes && new Set(projection.eventTypes));
  return typeSets.get(projection);
}
