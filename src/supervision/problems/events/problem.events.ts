import { Day } from '../../../common/business-day';
import { DomainEvent } from '../../../common/decider';
import { ChiefRole } from '../../../organization/events/organization.events';
import { Evidence } from '../../evidence/domain/evidence';
import { CandidateRule } from '../domain/problem-candidates';

/** Where a problem came from: a candidate the figures suggested, by hand, or a point raised on a visit. */
export type ProblemOrigin =
  | { kind: 'CANDIDATE'; candidateKey: string; rule: CandidateRule }
  | { kind: 'MANUAL' }
  | { kind: 'VISIT_POINT'; visitId: string; pointNumber: number; visitDay: Day; chiefName: string };

/** The chief who answers for the rectification, as on the day it was raised. */
export interface ProblemOwner {
  chiefId: string;
  name: string;
  role: ChiefRole;
  unitId: string;
}

/** A problem put on a county's monthly problem list (问题清单), with the evidence frozen as it stood. */
export type ProblemRaised = DomainEvent<
  'ProblemRaised',
  {
    problemId: string;
    countyId: string;
    /** YYYY-MM */
    month: string;
    /** 第N项 of the month's list, from 1. */
    number: number;
    /** The county, or the station (defense area) of it the problem is about. */
    unitId: string;
    origin: ProblemOrigin;
    title: string;
    description: string;
    evidence: Evidence | null;
    owner: ProblemOwner;
    deadline: Day;
  }
>;

/** 整改方案 submitted: rectification under way. */
export type ProblemRectificationStarted = DomainEvent<'ProblemRectificationStarted', { problemId: string; plan: string }>;

/** 整改完成 reported, with what shows it: text, and references to events or documents. */
export type ProblemRectified = DomainEvent<'ProblemRectified', { problemId: string; text: string; references: string[] }>;

/** 核验销号 by the evaluation staff. */
export type ProblemVerified = DomainEvent<'ProblemVerified', { problemId: string; note: string | null }>;

/** 核验不通过: back to rectification, with the reason. */
export type ProblemVerificationRefused = DomainEvent<'ProblemVerificationRefused', { problemId: string; reason: string }>;

export type ProblemEvent = ProblemRaised | ProblemRectificationStarted | ProblemRectified | ProblemVerified | ProblemVerificationRefused;

export const PROBLEM_EVENT_TYPES: ReadonlyArray<ProblemEvent['type']> = [
  'ProblemRaised',
  'ProblemRectificationStarted',
  'ProblemRectified',
  'ProblemVerified',
  'ProblemVerificationRefused',
];

/** One stream per county and month: numbering and "adopted once" need the whole list. */
export const problemListStream = (countyId: string, month: string) => `problem-list-${countyId}-${month}`;
