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
/** What the officer found on reaching the person's address (落地核查): the person met, living elsewhere, or unknown there. */
export const CHECK_RESULTS = ['MET', 'LIVES_ELSEWHERE', 'NO_SUCH_PERSON'] as const;
export type CheckResult = (typeof CHECK_RESULTS)[number];
export const CHECK_RESULT_LABELS: Record<CheckResult, string> = {
  MET: '已核查见面',
  LIVES_ELSEWHERE: '人户分离',
  NO_SUCH_PERSON: '查无此人',
};

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

/**
 * The instruction passed on (流转) to the officer or station who will act, `toUnitId` when it left
 * the receiving station; `minutesFromReceipt` is kept on the event, since a retraction counts back
 * on the warning's time and could not measure it again.
 */
export type WarningForwarded = DomainEvent<
  'WarningForwarded',
  { instructionId: string; toUnitId: string | null; minutesFromReceipt: number } & OfWarning
>;
/** The officer at the person's address (落地核查), timed from the warning's receipt. */
export type WarningCheckedOnSite = DomainEvent<
  'WarningCheckedOnSite',
  { instructionId: string; result: CheckResult; minutesFromReceipt: number } & OfWarning
>;

export type WarningFollowUp =
  WarningContactMade | WarningDissuaded | VictimisedAfterWarning | ProtectiveMeasureApplied | WarningForwarded | WarningCheckedOnSite;

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
