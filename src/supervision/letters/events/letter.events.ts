import { Day } from '../../../common/business-day';
import { DomainEvent } from '../../../common/decider';
import { Evidence } from '../../evidence/domain/evidence';

/** The unit a letter is addressed to, frozen as named when it was drafted. */
export interface LetterAddressee {
  unitId: string;
  name: string;
  level: 'COUNTY' | 'STATION';
  /** The county itself, or the county of the station: letters are listed per county. */
  countyId: string;
}

/** What a letter says: its subject, the findings, the numbered requirements and the answer deadline. */
export type LetterContent = {
  title: string;
  findings: string;
  requirements: string[];
  /** 回复期限: the unit answers with its rectification measures by this day. */
  deadline: Day;
};

/** 起草: evaluation staff draft a letter, citing the figures it rests on (frozen here). */
export type LetterDrafted = DomainEvent<
  'LetterDrafted',
  LetterContent & { letterId: string; addressee: LetterAddressee; evidence: Evidence }
>;

/** 修改草稿: the whole content as revised, so the latest revision reads alone. */
export type LetterDraftRevised = DomainEvent<'LetterDraftRevised', LetterContent & { letterId: string; evidence: Evidence }>;

/** 撤回: a draft dropped before it was issued; it keeps no number. */
export type LetterWithdrawn = DomainEvent<'LetterWithdrawn', { letterId: string; reason: string }>;

/** 下发: the letter takes its document number (文号) and date; both never change. */
export type LetterIssued = DomainEvent<
  'LetterIssued',
  {
    letterId: string;
    year: number;
    /** N of 〔YYYY〕N号: from 1 in each calendar year of issue. */
    sequence: number;
    /** The full 文号 as printed, e.g. "明公基管提〔2026〕26号". */
    number: string;
    issuer: string;
    issuedOn: Day;
  }
>;

/** 送达: the letter reached the unit. */
export type LetterDelivered = DomainEvent<'LetterDelivered', { letterId: string }>;

/** 签收: the unit signed for it. */
export type LetterAcknowledged = DomainEvent<'LetterAcknowledged', { letterId: string; signedBy: string }>;

/** 回复: the unit's rectification measures; accepted after the deadline too, and then marked late. */
export type LetterAnswered = DomainEvent<
  'LetterAnswered',
  { letterId: string; measures: string; answeredOn: Day; deadline: Day; late: boolean }
>;

/** 退回: the answer falls short; the unit answers again, by `deadline`. */
export type LetterAnswerReturned = DomainEvent<'LetterAnswerReturned', { letterId: string; reason: string; deadline: Day }>;

/** 办结: evaluation staff accept the answer. */
export type LetterClosed = DomainEvent<'LetterClosed', { letterId: string; remark: string | null }>;

export type LetterEvent =
  | LetterDrafted
  | LetterDraftRevised
  | LetterWithdrawn
  | LetterIssued
  | LetterDelivered
  | LetterAcknowledged
  | LetterAnswered
  | LetterAnswerReturned
  | LetterClosed;

export const LETTER_EVENT_TYPES: readonly LetterEvent['type'][] = [
  'LetterDrafted',
  'LetterDraftRevised',
  'LetterWithdrawn',
  'LetterIssued',
  'LetterDelivered',
  'LetterAcknowledged',
  'LetterAnswered',
  'LetterAnswerReturned',
  'LetterClosed',
];

/** A number of the year's sequence taken by a letter being issued. */
export type LetterNumberAllocated = DomainEvent<'LetterNumberAllocated', { year: number; sequence: number; letterId: string }>;

export const letterStream = (letterId: string) => `supervision-letter-${letterId}`;

/** One stream per calendar year: appending with its expected version keeps the numbers without gaps or repeats. */
export const letterNumberStream = (year: number) => `supervision-letter-numbers-${year}`;
