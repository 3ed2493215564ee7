import { Day } from '../../../common/business-day';
import { DomainEvent } from '../../../common/decider';
import { ChiefRole, UnitLevel } from '../../../organization/events/organization.events';

/** A unit told to review (复盘): a station, a county, or a county's task force (专班). Names frozen as on the day. */
export interface InstructedUnit {
  unitId: string;
  /** e.g. 凤岗派出所, or 沙县分局专班 for a county's task force. */
  name: string;
  level: UnitLevel;
  /** The county the unit answers to (itself for a county): whose chief may see and answer it too. */
  countyId: string | null;
  taskForce: boolean;
}

export interface InstructingLeader {
  chiefId: string;
  name: string;
  role: ChiefRole;
}

/**
 * 领导批示: a city leader's instruction written on a published bulletin: what is to be reviewed or
 * done (复盘), by which units, by which business day.
 */
export type BulletinInstructionIssued = DomainEvent<
  'BulletinInstructionIssued',
  {
    instructionId: string;
    bulletinDay: Day;
    /** 第N期 of the bulletin instructed on. */
    bulletinNumber: number;
    leader: InstructingLeader;
    text: string;
    units: InstructedUnit[];
    issuedOn: Day;
    dueDay: Day;
  }
>;

/**
 * 复盘: a named unit's answer. A later answer of the same unit supersedes the earlier (its revision
 * is one more); both stay in the log, the latest is shown.
 */
export type BulletinInstructionAnswered = DomainEvent<
  'BulletinInstructionAnswered',
  {
    instructionId: string;
    bulletinDay: Day;
    unitId: string;
    unitName: string;
    text: string;
    answeredOn: Day;
    dueDay: Day;
    late: boolean;
    /** 1 for a unit's first answer; each later one supersedes the one before. */
    revision: number;
  }
>;

/** 撤回批示: the instruction no longer stands; carries the bulletin and the units it named. */
export type BulletinInstructionWithdrawn = DomainEvent<
  'BulletinInstructionWithdrawn',
  { instructionId: string; bulletinDay: Day; unitIds: string[]; reason: string }
>;

export type InstructionEvent = BulletinInstructionIssued | BulletinInstructionAnswered | BulletinInstructionWithdrawn;

export const INSTRUCTION_EVENT_TYPES: readonly InstructionEvent['type'][] = [
  'BulletinInstructionIssued',
  'BulletinInstructionAnswered',
  'BulletinInstructionWithdrawn',
];

export const instructionStream = (instructionId: string) => `bulletin-instruction-${instructionId}`;
