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

/**
 * Projects the events after `after` and applies them as one batch. Returns the applied batch, or
 * undefined when no event was after `after`. When the store rejects the batch, the events are
 * applied one at a time to find the culprit: those before it stay applied, which is progress like
 * any other since each carries its own checkpoint.
 */
export async function applyEvents(
  apply: (batch: ProjectionBatch) => Promise<void>,
  projection: Projection,
  events: StoredEvent[],
  after: bigint,
): Promise<ProjectionBatch | undefined> {
  const batch = projectEvents(projection, events, after);
  if (!batch) return undefined;
  try {
    await apply(batch);
  } catch (error) {
    await applyOneByOne(apply, projection, events, after);
    throw error;
  }
  return batch;
}

function projectEvents(projection: Projection, events: StoredEvent[], after: bigint): ProjectionBatch | undefined {
  const changes: Change[] = [];
  let checkpoint = after;
  for (const event of events) {
    if (event.position <= after) continue;
    let produced: Change[];
    try {
      produced = projection.project(event);
    } catch (error) {
      throw new ProjectionFailedError(projection.name, event, 'project', error);
    }
    for (const change of produced) {
      change.position = event.position;
      changes.push(change);
    }
    checkpoint = event.position;
  }
  return checkpoint > after ? { projection: projection.name, changes, checkpoint } : undefined;
}

/** Throws for the first event the store rejects; returns when none does (the caller rethrows the batch's error). */
async function applyOneByOne(
  apply: (batch: ProjectionBatch) => Promise<void>,
  projection: Projection,
  events: StoredEvent[],
  after: bigint,
): Promise<void> {
  for (const event of events) {
    if (event.position <= after) continue;
    try {
      await apply({ projection: projection.name, changes: projection.project(event), checkpoint: event.position });
    } catch (error) {
      throw new ProjectionFailedError(projection.name, event, 'apply', error);
    }
  }
}
