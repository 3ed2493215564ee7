import { DomainEvent } from '../../../common/decider';
/**
 * Publicity and prevention (宣防): an activity a station holds, with the people it reached (of them
 * those reached one to one), the materials handed out and the grid groups formed (seeds 001, 002,
 * 004). An activity recorded in error is retracted, its counts amended, by new events carrying the
 * activity's area and time so the indicators correct the day it counted on.
 */
export const PREVENTION_FORMS = ['GATHERING', 'COMMUNITY', 'SCHOOL', 'ENTERPRISE', 'ONLINE', 'PERFORMANCE'] as const;
export type PreventionForm = (typeof PREVENTION_FORMS)[number];
export const PREVENTION_FORM_LABELS: Record<PreventionForm, string> = {
  GATHERING: '集中宣讲',
  COMMUNITY: '进社区',
  SCHOOL: '进校园',
  ENTERPRISE: '进企业',
  ONLINE: '线上宣传',
  PERFORMANCE: '文艺巡演',
};

/** What an activity counts: people reached (人), of them one to one (人), materials (份), grid groups (个). */
export interface PreventionTally {
  peopleReached: number;
  oneToOne: number;
  materials: number;
  gridGroups: number;
}
export const PREVENTION_TALLY_FIELDS = ['peopleReached', 'oneToOne', 'materials', 'gridGroups'] as const;

export type PreventionActivityHeld = DomainEvent<'PreventionActivityHeld', { activityId: string; form: PreventionForm } & PreventionTally>;

/** Where and when the activity counted, and why it is corrected. */
interface CorrectionOf {
  activityId: string;
  form: PreventionForm;
  areaId: string;
  factOccurredAt: string;
  reason: string;
}
/** Carries the activity's counts as they stood when retracted (amended ones included), all taken back. */
export type PreventionActivityRetracted = DomainEvent<'PreventionActivityRetracted', CorrectionOf & PreventionTally>;
export type PreventionTallyAmended = DomainEvent<'PreventionTallyAmended', CorrectionOf & PreventionTally & { previous: PreventionTally }>;

export type PreventionEvent = PreventionActivityHeld | PreventionActivityRetracted | PreventionTallyAmended;

export const preventionStream = (activityId: string) => `prevention-${activityId}`;
