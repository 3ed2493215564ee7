import { Actor, EventStore } from '../../../event-store/event-store.port';

/** One event of a supervision workflow's stream, as its history shows it. */
export interface RecordedStep<Data = unknown> {
  eventId: string;
  type: string;
  data: Data;
  occurredAt: string;
  recordedAt: string;
  recordedBy: Actor;
}

/**
 * Every step of one workflow item in order, read from its own stream: the history is the events,
 * never a copy that could drift from them. Interviews and listings share it.
 */
export async function recordedSteps(store: EventStore, streamId: string): Promise<RecordedStep[]> {
  return (await store.readStream(streamId)).map((e) => ({
    eventId: e.id,
    type: e.type,
    data: e.data,
    occurredAt: e.metadata.occurredAt,
    recordedAt: e.metadata.recordedAt,
    recordedBy: e.metadata.actor,
  }));
}
