import { Actor, StoredEvent } from '../../../event-store/event-store.port';
import { Projection } from '../../../read-store/projection';
import { Change } from '../../../read-store/read-store.port';
import { Evidence } from '../../evidence/domain/evidence';
import { RecordedState } from '../domain/appeal-status';
import { AppealEvent, AppealFiled, AppealOutcome, AppealTarget, Appellant, CitedCorrection, OUTCOME_EVENTS } from '../events/appeal.events';

export const APPEALS = 'appeals';

export interface AppealReviewRow {
  outcome: AppealOutcome;
  reasoning: string;
  corrections: CitedCorrection[];
  figures: Evidence;
  reviewedAt: string;
  reviewedBy: Actor;
  eventId: string;
}

export interface AppealWithdrawalRow {
  reason: string | null;
  withdrawnAt: string;
  eventId: string;
}

/** An appeal as read: the filing, then its review or withdrawal, with when and by whom. */
export interface AppealRow {
  appealId: string;
  state: RecordedState;
  appellant: Appellant;
  chiefId: string;
  unitId: string;
  countyId: string;
  fromDay: string;
  toDay: string;
  target: AppealTarget;
  reason: string;
  filedOn: string;
  deadline: string;
  figures: Evidence;
  filedAt: string;
  filedBy: Actor;
  filedPosition: number;
  review: AppealReviewRow | null;
  withdrawal: AppealWithdrawalRow | null;
}

function filedRow(event: StoredEvent, { appealId, appellant, target, reason, filedOn, deadline, figures }: AppealFiled['data']): AppealRow {
  return {
    appealId,
    state: 'FILED',
    appellant,
    chiefId: appellant.chiefId,
    unitId: target.unitId,
    countyId: target.countyId,
    fromDay: target.from,
    toDay: target.to,
    target,
    reason,
    filedOn,
    deadline,
    figures,
    filedAt: event.metadata.recordedAt,
    filedBy: event.metadata.actor,
    filedPosition: Number(event.position),
    review: null,
    withdrawal: null,
  };
}

function changesOf(event: StoredEvent): Change[] {
  const appeal = event as unknown as AppealEvent;
  const key = { appealId: appeal.data.appealId };
  const { recordedAt, actor } = event.metadata;
  switch (appeal.type) {
    case 'AppealFiled':
      return [{ op: 'insert', table: APPEALS, row: filedRow(event, appeal.data) as unknown as Record<string, unknown> }];
    case 'AppealWithdrawn': {
      const withdrawal: AppealWithdrawalRow = { reason: appeal.data.reason, withdrawnAt: recordedAt, eventId: event.id };
      return [{ op: 'upsert', table: APPEALS, key, values: { state: 'WITHDRAWN', withdrawal } }];
    }
    default: {
      const outcome = OUTCOME_EVENTS[appeal.type];
      const { reasoning, figures } = appeal.data;
      const corrections = appeal.type === 'AppealCorrected' ? appeal.data.corrections : [];
      const review: AppealReviewRow = {
        outcome,
        reasoning,
        corrections,
        figures,
        reviewedAt: recordedAt,
        reviewedBy: actor,
        eventId: event.id,
      };
      return [{ op: 'upsert', table: APPEALS, key, values: { state: outcome, review } }];
    }
  }
}

const EVENT_TYPES = ['AppealFiled', ...Object.keys(OUTCOME_EVENTS), 'AppealWithdrawn'];

/** Every appeal, one row each, found by the unit (or county) whose figures it contests. */
export const appealsProjection: Projection = {
  name: 'appeals',
  version: 1,
  tables: [
    {
      name: APPEALS,
      columns: {
        appealId: 'text',
        state: 'text',
        appellant: 'json',
        chiefId: 'text',
        unitId: 'text',
        countyId: 'text',
        fromDay: 'text',
        toDay: 'text',
        target: 'json',
        reason: 'text',
        filedOn: 'text',
        deadline: 'text',
        figures: 'json',
        filedAt: 'text',
        filedBy: 'json',
        filedPosition: 'integer',
        review: 'json',
        withdrawal: 'json',
      },
      key: ['appealId'],
      // chiefId: a chief's own appeals.
      indexes: [['unitId'], ['countyId'], ['state'], ['filedPosition'], ['chiefId']],
    },
  ],
  eventTypes: EVENT_TYPES,
  project: (event) => (EVENT_TYPES.includes(event.type) ? changesOf(event) : []),
};
