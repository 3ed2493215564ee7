import { Day } from '../../../common/business-day';
import { DomainEvent } from '../../../common/decider';
import { Evidence } from '../../evidence/domain/evidence';
import { ExitCondition } from '../domain/exit-condition';
import { ConditionResult } from '../domain/exit-evaluation';

/**
 * What is listed (挂牌): a defense area, or a township/street inside it. Townships are not units, so
 * a township is named as text with the station whose defense area contains it; the figures the
 * exit condition is measured on are that defense area's.
 */
export interface ListingTarget {
  stationId: string;
  stationName: string;
  areaName: string | null;
  township: string | null;
}

export type ListingPlaced = DomainEvent<
  'ListingPlaced',
  {
    listingId: string;
    target: ListingTarget;
    countyId: string;
    reason: string;
    evidence: Evidence;
    deadline: Day;
    exitConditions: ExitCondition[];
    listedOn: Day;
  }
>;
/** 复核: the figures of each period looked at, frozen as they read then. */
export type ListingReviewed = DomainEvent<
  'ListingReviewed',
  {
    listingId: string;
    /** Reviews are numbered from 1 per listing. */
    number: number;
    asOf: Day;
    conditions: ConditionResult[];
    met: boolean;
  }
>;
export type ListingExtended = DomainEvent<'ListingExtended', { listingId: string; deadline: Day; previousDeadline: Day; reason: string }>;
/** 升级 to an interview; the interview's number when one was ordered (plain data, no dependency). */
export type ListingEscalated = DomainEvent<
  'ListingEscalated',
  { listingId: string; escalatedOn: Day; reason: string; interviewId: string | null }
>;
/** 摘牌, on the strength of the review it names. */
export type ListingDelisted = DomainEvent<
  'ListingDelisted',
  { listingId: string; delistedOn: Day; note: string | null; review: { number: number; asOf: Day } }
>;

export type ListingEvent = ListingPlaced | ListingReviewed | ListingExtended | ListingEscalated | ListingDelisted;

export const LISTING_EVENT_TYPES: ListingEvent['type'][] = [
  'ListingPlaced',
  'ListingReviewed',
  'ListingExtended',
  'ListingEscalated',
  'ListingDelisted',
];

export const listingStream = (listingId: string) => `listing-${listingId}`;
