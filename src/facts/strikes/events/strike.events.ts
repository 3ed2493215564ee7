import { DomainEvent } from '../../../common/decider';
import { FactOf } from '../../domain/recorded-fact';
/**
 * Strikes (打击): a case solved (破案) and suspects apprehended (抓获), grouped by operation. A fact
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
export type StrikeFact = CaseSolved | SuspectsApprehended;

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
