import { StoredEvent } from '../../../event-store/event-store.port';
import { Projection } from '../../../read-store/projection';
import { Change } from '../../../read-store/read-store.port';
import { WarningEvent, WarningInstructionReceived } from '../events/warning-instruction.events';

export const WARNING_INSTRUCTIONS = 'warning_instructions';

/** A warning instruction as the recording desk reads it: where, when it must be contacted, and whether it was. */
export interface WarningInstructionRow {
  instructionId: string;
  unitId: string;
  kind: WarningInstructionReceived['data']['kind'];
  receivedAt: string;
  /** When the person must have been reached (an instant, UTC). */
  deadline: string;
  /** Contacts standing (recorded and not retracted): 0 while the warning is still open. */
  contacts: number;
  eventId: string;
}

const EVENT_TYPES = ['WarningInstructionReceived', 'WarningContactMade', 'WarningFactRetracted'] as const;

/**
 * One row per warning instruction, counting its standing contacts: a warning with none is open, and
 * the recorders' desk lists those whose contact deadline is near. A retracted contact counts down.
 */
export const openWarningsProjection: Projection = {
  name: 'warning-instructions',
  version: 1,
  tables: [
    {
      name: WARNING_INSTRUCTIONS,
      columns: {
        instructionId: 'text',
        unitId: 'text',
        kind: 'text',
        receivedAt: 'text',
        deadline: 'text',
        contacts: 'integer',
        eventId: 'text',
      },
      key: ['instructionId'],
      // The desk's query: open warnings (contacts 0) in deadline order, the units filtered within the
      // index. Led by the unit, the index would give each unit's run in order but not their union:
      // a county's desk lists its stations' warnings too, so the union would be sorted whole.
      indexes: [['contacts', 'deadline', 'unitId']],
    },
  ],
  eventTypes: EVENT_TYPES,
  project(stored: StoredEvent): Change[] {
    const event = stored as unknown as WarningEvent;
    const key = { instructionId: event.data.instructionId };
    switch (event.type) {
      case 'WarningInstructionReceived': {
        const { kind, deadline } = event.data;
        const { unitId, occurredAt } = stored.metadata;
        return [
          {
            op: 'upsert',
            table: WARNING_INSTRUCTIONS,
            key,
            values: { unitId, kind, receivedAt: occurredAt, deadline, eventId: stored.id },
          },
        ];
      }
      case 'WarningContactMade':
        return [{ op: 'inc', table: WARNING_INSTRUCTIONS, key, values: { contacts: 1 } }];
      case 'WarningFactRetracted':
        return event.data.retracted.type === 'WarningContactMade'
          ? [{ op: 'inc', table: WARNING_INSTRUCTIONS, key, values: { contacts: -1 } }]
          : [];
      default:
        return [];
    }
  },
};
