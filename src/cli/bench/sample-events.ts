import { Actor, NewEvent } from '../../event-store/event-store.port';
import { warningStream } from '../../facts/warnings/events/warning-instruction.events';

/**
 * Events shaped like production ones: full metadata, ISO instants, platform-style ids and
 * idempotency keys such as `warning-platform:YJ-000123`. Their size matters more than their
 * content, since appends serialize them to JSON and SQLite stores them as text.
 */
const WARNING_PLATFORM: Actor = { subject: 'warning-platform', role: 'RECORDER' };
const START_MS = Date.parse('2026-03-02T00:00:00.000Z');
const STATIONS = 120;

export const instructionId = (i: number) => `YJ-${String(i).padStart(6, '0')}`;
export const stationOf = (i: number) => `station-bench-${String(i % STATIONS).padStart(3, '0')}`;
export const warningStreamOf = (i: number) => warningStream(instructionId(i));

/** One warning every ~7 s of simulated time, spread over the stations. */
const receivedAt = (i: number) => START_MS + i * 7_000;

/** What the warning platform sends first: opens the instruction's stream. */
export function warningReceived(i: number): NewEvent {
  const id = instructionId(i);
  const at = receivedAt(i);
  return {
    type: 'WarningInstructionReceived',
    data: { instructionId: id, kind: kindOf(i), deadline: new Date(at + 24 * 3_600_000).toISOString() },
    metadata: {
      occurredAt: new Date(at).toISOString(),
      recordedAt: new Date(at + 1_500).toISOString(),
      unitId: stationOf(i),
      actor: WARNING_PLATFORM,
      source: 'warning-platform',
      correlationId: id,
      causationId: id,
      idempotencyKey: `warning-platform:${id}`,
    },
  };
}

const kindOf = (i: number) => (i % 3 === 0 ? 'FUND' : 'CALL');

/** The station's first contact: the follow-up appended to an existing stream. */
export function contactMade(i: number): NewEvent {
  const id = instructionId(i);
  const at = receivedAt(i) + 2 * 3_600_000;
  const station = stationOf(i);
  return {
    type: 'WarningContactMade',
    data: {
      instructionId: id,
      method: i % 4 === 0 ? 'PHONE' : 'FACE_TO_FACE',
      withinDeadline: true,
      firstContact: true,
      warningReceivedAt: new Date(receivedAt(i)).toISOString(),
      warningKind: kindOf(i),
    },
    metadata: {
      occurredAt: new Date(at).toISOString(),
      recordedAt: new Date(at + 600_000).toISOString(),
      unitId: station,
      actor: { subject: `recorder-${station}`, role: 'RECORDER' },
      source: 'graphql',
      correlationId: id,
      causationId: `warning-platform:${id}`,
      idempotencyKey: `${station}:contact:${id}`,
    },
  };
}

/**
 * A command that produced `size` events, as the command handler writes them: one stream, keys
 * `${commandKey}#i`. Alternates the warning family's types so rows vary like real ones.
 */
export function commandBatch(batch: number, size: number): { streamId: string; events: NewEvent[] } {
  const commandKey = `warning-platform:import-${String(batch).padStart(6, '0')}`;
  const events = Array.from({ length: size }, (_, i) => {
    const event = i % 2 === 0 ? warningReceived(batch * size + i) : contactMade(batch * size + i);
    event.metadata = { ...event.metadata, correlationId: commandKey, causationId: commandKey, idempotencyKey: `${commandKey}#${i}` };
    return event;
  });
  return { streamId: `warning-import-${String(batch).padStart(6, '0')}`, events };
}
