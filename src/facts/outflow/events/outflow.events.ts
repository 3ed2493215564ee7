import { DomainEvent } from '../../../common/decider';
import { FactOf } from '../../domain/recorded-fact';
/**
 * People gone abroad for fraud (外流人员) and their coming back (回流), one stream per person:
 * Sanming's second "large reduction" (seed 004: 外流劝返, where 乡警 who know the family 打好"亲情牌").
 * A registration or a return recorded in error is retracted by a new event carrying its area and
 * time, so the indicators take it back on the day it counted.
 */
export const RETURN_WAYS = ['PERSUADED', 'REPATRIATED', 'SELF_RETURNED', 'OTHER'] as const;
export type ReturnWay = (typeof RETURN_WAYS)[number];
export const RETURN_WAY_LABELS: Record<ReturnWay, string> = {
  PERSUADED: '劝返',
  REPATRIATED: '遣返',
  SELF_RETURNED: '自行回国',
  OTHER: '其他方式回流',
};

/**
 * Identified (the event's time) as gone abroad to `destination`, a country or region as officers
 * write it (缅北, 柬埔寨); `abroadSince` where it is known when the person left.
 */
export type OutflowRegistered = DomainEvent<'OutflowRegistered', { personId: string; destination: string; abroadSince: string | null }>;
/** Came back (the event's time): persuaded (劝返) or otherwise. */
export type OutflowReturned = DomainEvent<'OutflowReturned', { personId: string; way: ReturnWay }>;
export type OutflowFact = OutflowRegistered | OutflowReturned;

/** `retracted` quotes the registration or return taken back. */
export type OutflowFactRetracted = DomainEvent<
  'OutflowFactRetracted',
  {
    personId: string;
    eventId: string;
    retracted: FactOf<OutflowFact>;
    areaId: string;
    factOccurredAt: string;
    reason: string;
  }
>;

export type OutflowEvent = OutflowFact | OutflowFactRetracted;

export const outflowStream = (personId: string) => `outflow-${personId}`;
