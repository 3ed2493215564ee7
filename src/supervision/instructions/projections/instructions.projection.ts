import { Actor, StoredEvent } from '../../../event-store/event-store.port';
import { Projection } from '../../../read-store/projection';
import { Change } from '../../../read-store/read-store.port';
import { BulletinInstructionIssued, INSTRUCTION_EVENT_TYPES, InstructingLeader, InstructionEvent } from '../events/instruction.events';

export const BULLETIN_INSTRUCTIONS = 'bulletin_instructions';
export const BULLETIN_INSTRUCTION_UNITS = 'bulletin_instruction_units';

export interface InstructionWithdrawalRow {
  reason: string;
  withdrawnAt: string;
  withdrawnBy: Actor;
}

/** An instruction as read: what was issued, when and by whom, and its withdrawal if any. */
export interface InstructionRow {
  instructionId: string;
  bulletinDay: string;
  bulletinNumber: number;
  leader: InstructingLeader;
  text: string;
  issuedOn: string;
  dueDay: string;
  issuedAt: string;
  issuedBy: Actor;
  issuedPosition: number;
  withdrawal: InstructionWithdrawalRow | null;
}

export interface InstructionAnswerRow {
  text: string;
  answeredOn: string;
  late: boolean;
  revision: number;
  answeredAt: string;
  answeredBy: Actor;
  eventId: string;
}

/** A unit an instruction names, with every answer it gave, oldest first (the last stands). */
export interface InstructedUnitRow {
  instructionId: string;
  unitId: string;
  unitName: string;
  level: string;
  countyId: string | null;
  taskForce: boolean;
  /** Its place among the units the instruction names, from 0. */
  place: number;
  /** Position of the instruction among them all, for the order of the instructions. */
  issuedPosition: number;
  answers: InstructionAnswerRow[];
}

function issuedChanges(event: StoredEvent, data: BulletinInstructionIssued['data']): Change[] {
  const { instructionId, bulletinDay, bulletinNumber, leader, text, issuedOn, dueDay, units } = data;
  const issuedPosition = Number(event.position);
  const instruction: InstructionRow = {
    instructionId,
    bulletinDay,
    bulletinNumber,
    leader,
    text,
    issuedOn,
    dueDay,
    issuedAt: event.metadata.recordedAt,
    issuedBy: event.metadata.actor,
    issuedPosition,
    withdrawal: null,
  };
  return [
    { op: 'insert', table: BULLETIN_INSTRUCTIONS, row: instruction as unknown as Record<string, unknown> },
    ...units.map((u, place): Change => {
      const { unitId, name: unitName, level, countyId, taskForce } = u;
      const row: InstructedUnitRow = { instructionId, unitId, unitName, level, countyId, taskForce, place, issuedPosition, answers: [] };
      return { op: 'insert', table: BULLETIN_INSTRUCTION_UNITS, row: row as unknown as Record<string, unknown> };
    }),
  ];
}

function changesOf(event: StoredEvent): Change[] {
  const instruction = event as unknown as InstructionEvent;
  const { recordedAt, actor } = event.metadata;
  switch (instruction.type) {
    case 'BulletinInstructionIssued':
      return issuedChanges(event, instruction.data);
    case 'BulletinInstructionAnswered': {
      const { instructionId, unitId, text, answeredOn, late, revision } = instruction.data;
      const answer: InstructionAnswerRow = {
        text,
        answeredOn,
        late,
        revision,
        answeredAt: recordedAt,
        answeredBy: actor,
        eventId: event.id,
      };
      return [{ op: 'push', table: BULLETIN_INSTRUCTION_UNITS, key: { instructionId, unitId }, column: 'answers', items: [answer] }];
    }
    case 'BulletinInstructionWithdrawn': {
      const { instructionId, reason } = instruction.data;
      const withdrawal: InstructionWithdrawalRow = { reason, withdrawnAt: recordedAt, withdrawnBy: actor };
      return [{ op: 'upsert', table: BULLETIN_INSTRUCTIONS, key: { instructionId }, values: { withdrawal } }];
    }
  }
}

/** 领导批示: every instruction on a bulletin, and each unit it names with that unit's answers. */
export const instructionsProjection: Projection = {
  name: 'bulletin-instructions',
  version: 1,
  tables: [
    {
      name: BULLETIN_INSTRUCTIONS,
      columns: {
        instructionId: 'text',
        bulletinDay: 'text',
        bulletinNumber: 'integer',
        leader: 'json',
        text: 'text',
        issuedOn: 'text',
        dueDay: 'text',
        issuedAt: 'text',
        issuedBy: 'json',
        issuedPosition: 'integer',
        withdrawal: 'json',
      },
      key: ['instructionId'],
      indexes: [['bulletinDay'], ['issuedPosition']],
    },
    {
      name: BULLETIN_INSTRUCTION_UNITS,
      columns: {
        instructionId: 'text',
        unitId: 'text',
        unitName: 'text',
        level: 'text',
        countyId: 'text',
        taskForce: 'json',
        place: 'integer',
        issuedPosition: 'integer',
        answers: 'list',
      },
      key: ['instructionId', 'unitId'],
      indexes: [['unitId'], ['countyId']],
    },
  ],
  eventTypes: INSTRUCTION_EVENT_TYPES,
  project: (event) => (INSTRUCTION_EVENT_TYPES.includes(event.type as InstructionEvent['type']) ? changesOf(event) : []),
};
