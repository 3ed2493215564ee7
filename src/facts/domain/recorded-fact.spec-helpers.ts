import { DomainEvent } from '../../common/decider';

/** A stored-looking event for decider specs: its id, its defense area and its business time. */
export function recorded<Event extends DomainEvent>(
  eventId: string,
  areaId: string,
  occurredAt: string,
  event: Omit<Event, 'metadata'>,
): Event {
  return { ...event, id: eventId, metadata: { occurredAt, unitId: areaId } } as unknown as Event;
}
