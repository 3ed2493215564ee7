import { Day } from '../../../common/business-day';
import { DomainEvent } from '../../../common/decider';
import { ChiefRole } from '../../../organization/events/organization.events';
import { Evidence } from '../../evidence/domain/evidence';

/**
 * Appeals (申诉/复核): a chief contests a score or a recorded fact; evaluation staff review it.
 * The figures contested and those after review are frozen into the events, so the score history
 * shows what the chief saw before and after, whatever later events change.
 */
export const APPEAL_OUTCOMES = ['UPHELD', 'CORRECTED', 'REJECTED'] as const;
export type AppealOutcome = (typeof APPEAL_OUTCOMES)[number];

export interface Appellant {
  chiefId: string;
  name: string;
  role: ChiefRole;
  unitId: string;
}

/** A fact counted in the contested figures, as found in the log when the appeal was filed. */
export interface ContestedFact {
  eventId: string;
  type: string;
  streamId: string;
  /** Global position, a decimal string. */
  position: string;
  /** The defense area and day it counts on. */
  areaId: string;
  day: Day;
}

export interface AppealTarget {
  /** The station (defense area) or county whose figures are contested. */
  unitId: string;
  unitName: string;
  level: 'STATION' | 'COUNTY';
  /** The county the unit belongs to (itself for a county): whose chief may appeal it too. */
  countyId: string;
  from: Day;
  to: Day;
  /** Null for a score appeal; the contested fact for a fact appeal. */
  fact: ContestedFact | null;
}

/** An event of the log as a review cites it: where it stands and where and when it counted. */
export interface CitedFact {
  eventId: string;
  type: string;
  streamId: string;
  position: string;
  recordedAt: string;
  areaId: string;
  day: Day;
}

/** A correcting event a CORRECTED outcome cites, checked against the log when the review was recorded. */
export interface CitedCorrection extends CitedFact {
  /** What it corrected, in Chinese, e.g. "撤案：案件AJ-1，核减发案1起、财损100.00元（不构成诈骗）". */
  summary: string;
}

export type AppealFiled = DomainEvent<
  'AppealFiled',
  {
    appealId: string;
    appellant: Appellant;
    target: AppealTarget;
    reason: string;
    filedOn: Day;
    deadline: Day;
    /** The log head when filed: a correction must come after it. */
    asOfPosition: string;
    /** The contested unit's figures for the contested days when filed. */
    figures: Evidence;
  }
>;

type Reviewed = { appealId: string; reasoning: string; figures: Evidence };
export type AppealUpheld = DomainEvent<'AppealUpheld', Reviewed>;
export type AppealCorrected = DomainEvent<'AppealCorrected', Reviewed & { corrections: CitedCorrection[] }>;
export type AppealRejected = DomainEvent<'AppealRejected', Reviewed>;
export type AppealWithdrawn = DomainEvent<'AppealWithdrawn', { appealId: string; chiefId: string; reason: string | null }>;

export type AppealReviewed = AppealUpheld | AppealCorrected | AppealRejected;
export type AppealEvent = AppealFiled | AppealReviewed | AppealWithdrawn;

export const OUTCOME_EVENTS: Record<AppealReviewed['type'], AppealOutcome> = {
  AppealUpheld: 'UPHELD',
  AppealCorrected: 'CORRECTED',
  AppealRejected: 'REJECTED',
};

export const appealStream = (appealId: string) => `appeal-${appealId}`;
