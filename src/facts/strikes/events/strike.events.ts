import { DomainEvent } from '../../../common/decider';
import { FactOf } from '../../domain/recorded-fact';
/**
 * Strikes (打击): a case solved (破案), suspects apprehended (抓获), and what an operation took down
 * (phones and bank cards seized, dens broken, cards cut off, companies penalised), grouped by operation. A fact
 * recorded in error is retracted, an apprehension count amended, by new events that carry the
 * fact's area and time so the indicators correct the day it counted on.
 */
export const CHARGES = ['FRAUD', 'ASSISTING', 'CONCEALING'] as const;
export type Charge = (typeof CHARGES)[number];
export const MEASURES = ['CRIMINAL', 'ADMINISTRATIVE'] as const;
export type Measure = (typeof MEASURES)[number];

export type CaseSolved = DomainEvent<'CaseSolved', { operationId: string; caseId: string }>;
export type SuspectsApprehended = DomainEvent<
  'SuspectsApprehended',
  { operationId: string; charge: Charge; measure: Measure; count: number }
>;
/** 缴获: the phones and bank cards the fraud was worked with (seed 003: 作案手机67部、银行卡19张). */
export type ItemsSeized = DomainEvent<'ItemsSeized', { operationId: string; phones: number; bankCards: number }>;
/** 打掉窝点: `local` for a den in the city itself, the first of Sanming's three reductions (本地窝点). */
export type DensBroken = DomainEvent<'DensBroken', { operationId: string; count: number; local: boolean }>;
/** 断卡: phone cards and bank accounts sold or lent to fraudsters, found and cut off in a card-breaking action. */
export type CardsCutOff = DomainEvent<'CardsCutOff', { operationId: string; phoneCards: number; bankCards: number }>;
export const COMPANY_PENALTIES = ['WARNING', 'FINE', 'SUSPENSION', 'LICENCE_REVOKED'] as const;
export type CompanyPenalty = (typeof COMPANY_PENALTIES)[number];
/** A company (not a person) given an administrative penalty (seed 000: 对3家涉事企业给予行政处罚). */
export type CompanyPenalised = DomainEvent<'CompanyPenalised', { operationId: string; company: string; penalty: CompanyPenalty }>;

export type StrikeFact = CaseSolved | SuspectsApprehended | ItemsSeized | DensBroken | CardsCutOff | CompanyPenalised;

/** `retracted` quotes the fact as it counts when retracted: an amended apprehension with its amended count. */
export type StrikeFactRetracted = DomainEvent<
  'StrikeFactRetracted',
  {
    operationId: string;
    eventId: string;
    retracted: FactOf<StrikeFact>;
    areaId: string;
    factOccurredAt: string;
    reason: string;
  }
>;
export type ApprehensionCountAmended = DomainEvent<
  'ApprehensionCountAmended',
  {
    operationId: string;
    eventId: string;
    charge: Charge;
    measure: Measure;
    count: number;
    previousCount: number;
    areaId: string;
    factOccurredAt: string;
    reason: string;
  }
>;

export type StrikeEvent = StrikeFact | StrikeFactRetracted | ApprehensionCountAmended;

export const strikeStream = (operationId: string) => `strike-${operationId}`;
