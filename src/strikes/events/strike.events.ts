import { DomainEvent } from '../../common/decider';
/** Strikes (打击): a case solved (破案) and suspects apprehended (抓获), grouped by operation. */
export const CHARGES = ['FRAUD', 'ASSISTING', 'CONCEALING'] as const;
export type Charge = (typeof CHARGES)[number];
export const MEASURES = ['CRIMINAL', 'ADMINISTRATIVE'] as const;
export type Measure = (typeof MEASURES)[number];

export type CaseSolved = DomainEvent<'CaseSolved', { operationId: string; caseId: string }>;
export type SuspectsApprehended = DomainEvent<'SuspectsApprehended', { operationId: string; charge: Charge; measure: Measure; count: number }>;

export type StrikeEvent = CaseSolved | SuspectsApprehended;

export const strikeStream = (operationId: string) => `strike-${operationId}`;
