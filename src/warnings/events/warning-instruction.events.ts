import { DomainEvent } from '../../common/decider';
/**
 * A warning instruction (预警指令) and what the station did about it. Follow-up events carry the
 * instruction's receivedAt so the indicators count them on the day the warning arrived, which keeps
 * rates such as face-to-face / warnings over the same cohort of warnings.
 */
export const WARNING_KINDS = ['FUND', 'CALL', 'SMS', 'APP', 'FAMILIAR_POLICE'] as const;
export type WarningKind = (typeof WARNING_KINDS)[number];
export const CONTACT_METHODS = ['FACE_TO_FACE', 'PHONE'] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];
export const PROTECTIVE_MEASURES = ['RESTRICT_PAYMENT', 'RESTRICT_CALLS'] as const;
export type ProtectiveMeasure = (typeof PROTECTIVE_MEASURES)[number];

export type WarningInstructionReceived = DomainEvent<'WarningInstructionReceived', { instructionId: string; kind: WarningKind; deadline: string }>;
export type WarningContactMade = DomainEvent<'WarningContactMade', {
    instructionId: string;
    method: ContactMethod;
    withinDeadline: boolean;
    /** Only the first contact of an instruction counts towards the indicators. */
    firstContact: boolean;
    warningReceivedAt: string;
  }>;
export type WarningDissuaded = DomainEvent<'WarningDissuaded', { instructionId: string; warningReceivedAt: string }>;
export type VictimisedAfterWarning = DomainEvent<'VictimisedAfterWarning', { instructionId: string; caseId: string | null; warningReceivedAt: string }>;
export type ProtectiveMeasureApplied = DomainEvent<'ProtectiveMeasureApplied', { instructionId: string; measure: ProtectiveMeasure; warningReceivedAt: string }>;

export type WarningEvent =
  | WarningInstructionReceived
  | WarningContactMade
  | WarningDissuaded
  | VictimisedAfterWarning
  | ProtectiveMeasureApplied;

export const warningStream = (instructionId: string) => `warning-${instructionId}`;
