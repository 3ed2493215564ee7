import { randomUUID } from 'node:crypto';
import { EventMetadata, NewEvent, StoredEvent } from './event-store.port';

export type StoredEventOverrides = Partial<Omit<StoredEvent, 'type' | 'data' | 'metadata'>> & { metadata?: Partial<EventMetadata> };

/** A stored event for projection specs: the fields a spec cares about given, the rest filled in. */
export function storedEvent(type: string, data: unknown, overrides: StoredEventOverrides = {}): StoredEvent {
  const { metadata, ...rest } = overrides;
  const position = rest.position ?? 1n;
  return {
    id: `evt-${position}`,
    streamId: 'stream-1',
    streamVersion: 0n,
    position,
    type,
    data,
    ...rest,
    metadata: {
      occurredAt: '2026-01-01T00:00:00Z',
      recordedAt: '2026-01-01T00:00:01Z',
      unitId: 'CITY-1',
      actor: { subject: 'staff-1', role: 'EVALUATOR' },
      source: 'spec',
      correlationId: 'c',
      causationId: 'c',
      idempotencyKey: 'k',
      ...metadata,
    },
  };
}

/** An event to append in adapter specs, under a fresh idempotency key (so a fresh event id). */
export function newEvent(type = 'Happened', data: unknown = { value: 1 }): NewEvent {
  const { id: _id, streamId: _streamId, streamVersion: _version, position: _position, ...event } = storedEvent(type, data);
  const key = randomUUID();
  return { ...event, metadata: { ...event.metadata, correlationId: key, causationId: key, idempotencyKey: key } };
}
