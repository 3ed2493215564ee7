import { Actor, StoredEvent } from '../../../event-store/event-store.port';
import { Projection } from '../../../read-store/projection';
import { Change } from '../../../read-store/read-store.port';
import { ProblemStage, STAGE_AFTER } from '../domain/problem-status';
import { PROBLEM_EVENT_TYPES, ProblemEvent, ProblemRaised } from '../events/problem.events';

export const SUPERVISION_PROBLEMS = 'supervision_problems';

/** One step of a problem's history: what happened, the stage it left, who recorded it and when. */
export interface ProblemHistoryStep {
  step: ProblemEvent['type'];
  stage: ProblemStage;
  /** The title raised, the plan, the rectification evidence, the verification note or the refusal reason. */
  note: string | null;
  references: string[];
  by: Actor;
  recordedAt: string;
  eventId: string;
}

export type ProblemRow = Omit<ProblemRaised['data'], 'problemId'> & {
  problemId: string;
  stage: ProblemStage;
  plan: string | null;
  rectification: { text: string; references: string[] } | null;
  /** The reason of the latest refused verification. */
  refusalReason: string | null;
  raisedAt: string;
  raisedBy: Actor;
  history: ProblemHistoryStep[];
};

function noteOf(event: ProblemEvent): string | null {
  switch (event.type) {
    case 'ProblemRaised':
      return event.data.title;
    case 'ProblemRectificationStarted':
      return event.data.plan;
    case 'ProblemRectified':
      return event.data.text;
    case 'ProblemVerified':
      return event.data.note;
    case 'ProblemVerificationRefused':
      return event.data.reason;
  }
}

/** The columns an event sets beside the stage. */
function valuesOf(event: ProblemEvent, stored: StoredEvent): Record<string, unknown> {
  switch (event.type) {
    case 'ProblemRaised': {
      const { problemId: _id, ...data } = event.data;
      return {
        ...data,
        plan: null,
        rectification: null,
        refusalReason: null,
        raisedAt: stored.metadata.recordedAt,
        raisedBy: stored.metadata.actor,
      };
    }
    case 'ProblemRectificationStarted':
      return { plan: event.data.plan };
    case 'ProblemRectified':
      return { rectification: { text: event.data.text, references: event.data.references } };
    case 'ProblemVerified':
      return {};
    case 'ProblemVerificationRefused':
      return { refusalReason: event.data.reason };
  }
}

function changesOf(stored: StoredEvent): Change[] {
  const event = stored as unknown as ProblemEvent;
  const key = { problemId: event.data.problemId };
  const stage = STAGE_AFTER[event.type];
  const step: ProblemHistoryStep = {
    step: event.type,
    stage,
    note: noteOf(event),
    references: event.type === 'ProblemRectified' ? event.data.references : [],
    by: stored.metadata.actor,
    recordedAt: stored.metadata.recordedAt,
    eventId: stored.id,
  };
  return [
    { op: 'upsert', table: SUPERVISION_PROBLEMS, key, values: { ...valuesOf(event, stored), stage } },
    { op: 'push', table: SUPERVISION_PROBLEMS, key, column: 'history', items: [step] },
  ];
}

const HANDLED = new Set<string>(PROBLEM_EVENT_TYPES);

/** The problem lists (问题清单): one row per problem, its stage and its history of steps. */
export const problemsProjection: Projection = {
  name: 'supervision-problems',
  version: 1,
  tables: [
    {
      name: SUPERVISION_PROBLEMS,
      columns: {
        problemId: 'text',
        countyId: 'text',
        month: 'text',
        number: 'integer',
        unitId: 'text',
        origin: 'json',
        title: 'text',
        description: 'text',
        evidence: 'json',
        owner: 'json',
        deadline: 'text',
        stage: 'text',
        plan: 'text',
        rectification: 'json',
        refusalReason: 'text',
        raisedAt: 'text',
        raisedBy: 'json',
        history: 'list',
      },
      key: ['problemId'],
      indexes: [['countyId', 'month']],
    },
  ],
  eventTypes: PROBLEM_EVENT_TYPES,
  project: (event) => (HANDLED.has(event.type) ? changesOf(event) : []),
};
