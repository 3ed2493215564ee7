import { Day } from '../../../common/business-day';
import { Projection } from '../../../read-store/projection';
import { Change } from '../../../read-store/read-store.port';
import { InterviewEvent, InterviewOrdered, INTERVIEW_EVENT_TYPES, RequirementCheck } from '../events/interview.events';
import { RecordedInterviewStatus } from '../domain/interview-status';

export const INTERVIEWS = 'interviews';
export const INTERVIEW_REQUIREMENTS = 'interview_requirements';

type Ordered = InterviewOrdered['data'];

/** An interview as it stands; OVERDUE is derived from `openDeadline` when read. */
export interface InterviewRow extends Ordered {
  targetKind: Ordered['target']['kind'];
  status: RecordedInterviewStatus;
  heldAt: string | null;
  attendees: string[] | null;
  /** The earliest deadline of a requirement no follow-up check has looked at; null when none is open. */
  openDeadline: Day | null;
  cancelReason: string | null;
  closedOn: Day | null;
  conclusion: string | null;
  allMet: boolean | null;
}

export interface RequirementRow {
  interviewId: string;
  number: number;
  text: string;
  deadline: Day;
  check: (Omit<RequirementCheck, 'number'> & { checkedOn: Day }) | null;
}

const update = (interviewId: string, values: Partial<InterviewRow>): Change => ({
  op: 'upsert',
  table: INTERVIEWS,
  key: { interviewId },
  values,
});

function changesOf(event: InterviewEvent): Change[] {
  const { interviewId } = event.data;
  switch (event.type) {
    case 'InterviewOrdered': {
      const row: InterviewRow = {
        ...event.data,
        targetKind: event.data.target.kind,
        status: event.data.schedule ? 'SCHEDULED' : 'ORDERED',
        heldAt: null,
        attendees: null,
        openDeadline: null,
        cancelReason: null,
        closedOn: null,
        conclusion: null,
        allMet: null,
      };
      return [{ op: 'insert', table: INTERVIEWS, row: { ...row } }];
    }
    case 'InterviewScheduled':
    case 'InterviewRescheduled':
      return [update(interviewId, { status: 'SCHEDULED', schedule: event.data.schedule })];
    case 'InterviewCancelled':
      return [update(interviewId, { status: 'CANCELLED', cancelReason: event.data.reason })];
    case 'InterviewHeld': {
      const { heldAt, attendees, requirements } = event.data;
      const openDeadline = requirements.map((r) => r.deadline).sort()[0] ?? null;
      return [
        update(interviewId, { status: 'HELD', heldAt, attendees, openDeadline }),
        ...requirements.map((r): Change => ({ op: 'insert', table: INTERVIEW_REQUIREMENTS, row: { interviewId, ...r, check: null } })),
      ];
    }
    case 'InterviewFollowUpChecked': {
      const { checkedOn, results, openDeadline } = event.data;
      return [
        update(interviewId, { status: openDeadline === null ? 'FOLLOWED_UP' : 'HELD', openDeadline }),
        ...results.map(({ number, met, notes }): Change => ({
          op: 'upsert',
          table: INTERVIEW_REQUIREMENTS,
          key: { interviewId, number },
          values: { check: { met, notes, checkedOn } },
        })),
      ];
    }
    case 'InterviewClosed': {
      const { closedOn, conclusion, allMet } = event.data;
      return [update(interviewId, { status: 'CLOSED', closedOn, conclusion, allMet, openDeadline: null })];
    }
  }
}

const HANDLED = new Set<string>(INTERVIEW_EVENT_TYPES);

/** Interviews (约谈) as they stand, for lists by county, unit and status, and their requirements. */
export const interviewsProjection: Projection = {
  name: 'interviews',
  version: 1,
  tables: [
    {
      name: INTERVIEWS,
      columns: {
        interviewId: 'text',
        status: 'text',
        targetKind: 'text',
        target: 'json',
        unitId: 'text',
        countyId: 'text',
        orderedBy: 'json',
        reason: 'text',
        evidence: 'json',
        escalatedFrom: 'json',
        orderedOn: 'text',
        schedule: 'json',
        heldAt: 'text',
        attendees: 'json',
        openDeadline: 'text',
        cancelReason: 'text',
        closedOn: 'text',
        conclusion: 'text',
        allMet: 'json',
      },
      key: ['interviewId'],
      indexes: [['countyId'], ['unitId'], ['orderedOn']],
    },
    {
      name: INTERVIEW_REQUIREMENTS,
      columns: { interviewId: 'text', number: 'integer', text: 'text', deadline: 'text', check: 'json' },
      key: ['interviewId', 'number'],
    },
  ],
  eventTypes: INTERVIEW_EVENT_TYPES,
  project: (event) => (HANDLED.has(event.type) ? changesOf(event as unknown as InterviewEvent) : []),
};
