import { DomainEvent } from '../../../common/decider';
import { FactOf } from '../../domain/recorded-fact';
/**
 * A warning instruction (预警指令) and what the station did about it. Follow-up events carry the
 * instruction's receivedAt so the indicators count them on the day the warning arrived, which keeps
 * rates such as face-to-face / warnings over the same cohort of warnings. A follow-up recorded in
 * error is retracted by a new event, never edited.
 */
export const WARNING_KINDS = ['FUND', 'CALL', 'SMS', 'APP', 'FAMILIAR_POLICE'] as const;
export type WarningKind = (typeof WARNING_KINDS)[number];
export const WARNING_KIND_LABELS: Record<WarningKind, string> = {
  FUND: '资金预警',
  CALL: '电话预警',
  SMS: '短信预警',
  APP: 'APP预警',
  FAMILIAR_POLICE: '熟警预警',
};
/** SMS (短信) reaches the person too, as the seeds count contact; only face to face counts for 见面率. */
export const CONTACT_METHODS = ['FACE_TO_FACE', 'PHONE', 'SMS'] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];
export const CONTACT_METHOD_LABELS: Record<ContactMethod, string> = { FACE_TO_FACE: '见面', PHONE: '电话', SMS: '短信' };
export const PROTECTIVE_MEASURES = ['RESTRICT_PAYMENT', 'RESTRICT_CALLS'] as const;
export type ProtectiveMeasure = (typeof PROTECTIVE_MEASURES)[number];
export const PROTECTIVE_MEASURE_LABELS: Record<ProtectiveMeasure, string> = { RESTRICT_PAYMENT: '限制支付', RESTRICT_CALLS: '限制呼叫' };

/**
 * What every follow-up copies from its warning: the day it counts on, and the kind it is counted
 * under in the breakdown by kind (absent on follow-ups recorded before December 2026).
 */
interface OfWarning {
  warningReceivedAt: string;
  warningKind?: WarningKind;
}

export type WarningInstructionReceived = DomainEvent<
  'WarningInstructionReceived',
  { instructionId: string; kind: WarningKind; deadline: string }
>;
export type WarningContactMade = DomainEvent<
  'WarningContactMade',
  {
    instructionId: string;
    method: ContactMethod;
    withinDeadline: boolean;
    /** Only the first contact of an instruction counts towards the indicators. */
    firstContact: boolean;
  } & OfWarning
>;
export type WarningDissuaded = DomainEvent<'WarningDissuaded', { instructionId: string } & OfWarning>;
export type VictimisedAfterWarning = DomainEvent<'VictimisedAfterWarning', { instructionId: string; caseId: string | null } & OfWarning>;
export type ProtectiveMeasureApplied = DomainEvent<
  'ProtectiveMeasureApplied',
  { instructionId: string; measure: ProtectiveMeasure } & OfWarning
>;

export type WarningFollowUp = WarningContactMade | WarningDissuaded | VictimisedAfterWarning | ProtectiveMeasureApplied;

/**
 * One event for every kind of follow-up: each counts on the warning's day, so taking any of them
 * back is the same operation, told apart by the retracted fact's type. `retracted` quotes the fact
 * as it counted (a contact promoted to first counts as first); when it was the counted contact,
 * `nextContact` is the contact still standing that counts from now on, with its area.
 */
export type WarningFactRetracted = DomainEvent<
  'WarningFactRetracted',
  {
    instructionId: string;
    eventId: string;
    retracted: FactOf<WarningFollowUp>;
    areaId: string;
    reason: string;
    nextContact: { eventId: string; areaId: string; data: WarningContactMade['data'] } | null;
  }
>;

export type WarningEvent = WarningInstructionReceived | WarningFollowUp | WarningFactRetracted;

export const warningStream = (instructionId: string) => `warning-${instructionId}`;
