import { chineseDate } from '../../../common/chinese-date';
import { Day } from '../../../common/business-day';
import { Actor } from '../../../event-store/event-store.port';
import { Projection } from '../../../read-store/projection';
import { Change, Row } from '../../../read-store/read-store.port';
import { Evidence } from '../../evidence/domain/evidence';
import { LetterAction, RecordedLetterStatus } from '../domain/letter-status';
import { LETTER_EVENT_TYPES, LetterAddressee, LetterContent, LetterDrafted, LetterEvent } from '../events/letter.events';

export const LETTERS = 'supervision_letters';

/** Who did what to a letter and when, as the event recorded it. */
export interface LetterHistoryEntry {
  eventId: string;
  action: LetterAction;
  /** The status the step left the letter in. */
  status: RecordedLetterStatus;
  occurredAt: string;
  recordedAt: string;
  actor: Actor;
  /** The step's own words: the number issued, the signer, the measures, the reason. */
  note: string | null;
}

export interface LetterAnswerEntry {
  measures: string;
  answeredOn: Day;
  deadline: Day;
  late: boolean;
  occurredAt: string;
  actor: Actor;
}

/** The n-th return refers to the n-th answer: an answer is returned at most once, and only the latest. */
export interface LetterReturnEntry {
  reason: string;
  deadline: Day;
  occurredAt: string;
  actor: Actor;
}

export type LetterRow = LetterContent & {
  letterId: string;
  status: RecordedLetterStatus;
  addressee: LetterAddressee;
  addresseeId: string;
  countyId: string;
  evidence: Evidence;
  year: number | null;
  sequence: number | null;
  number: string | null;
  issuer: string | null;
  issuedOn: Day | null;
  signedBy: string | null;
  withdrawnReason: string | null;
  closingRemark: string | null;
  answers: LetterAnswerEntry[];
  returns: LetterReturnEntry[];
  history: LetterHistoryEntry[];
  draftedAt: string;
  /** Global position of the draft: lists show the newest first. */
  position: number;
};

interface Step {
  action: LetterAction;
  status: RecordedLetterStatus;
  values: Row;
  note: string | null;
  lists?: { answers?: LetterAnswerEntry; returns?: LetterReturnEntry };
}

/** Every letter as it stands, its history of steps, its answers and their returns. */
export const lettersProjection: Projection = {
  name: 'supervision-letters',
  version: 1,
  tables: [
    {
      name: LETTERS,
      columns: {
        letterId: 'text',
        status: 'text',
        addressee: 'json',
        addresseeId: 'text',
        countyId: 'text',
        title: 'text',
        findings: 'text',
        requirements: 'json',
        deadline: 'text',
        evidence: 'json',
        year: 'integer',
        sequence: 'integer',
        number: 'text',
        issuer: 'text',
        issuedOn: 'text',
        signedBy: 'text',
        withdrawnReason: 'text',
        closingRemark: 'text',
        answers: 'list',
        returns: 'list',
        history: 'list',
        draftedAt: 'text',
        position: 'integer',
      },
      key: ['letterId'],
      // issuedOn: the letters issued in a period, which the integrity detectors judge.
      indexes: [['addresseeId'], ['countyId'], ['year', 'sequence'], ['position'], ['issuedOn']],
    },
  ],
  eventTypes: LETTER_EVENT_TYPES,
  project(stored) {
    if (!LETTER_EVENT_TYPES.includes(stored.type as LetterEvent['type'])) return [];
    const event = stored as unknown as LetterEvent;
    const { occurredAt, recordedAt, actor } = stored.metadata;
    const entry = (action: LetterAction, status: RecordedLetterStatus, note: string | null): LetterHistoryEntry => ({
      eventId: stored.id,
      action,
      status,
      occurredAt,
      recordedAt,
      actor,
      note,
    });
    if (event.type === 'LetterDrafted') {
      const { letterId, addressee, ...content } = event.data;
      const row: LetterRow = {
        letterId,
        addressee,
        addresseeId: addressee.unitId,
        countyId: addressee.countyId,
        ...content,
        status: 'DRAFT',
        year: null,
        sequence: null,
        number: null,
        issuer: null,
        issuedOn: null,
        signedBy: null,
        withdrawnReason: null,
        closingRemark: null,
        answers: [],
        returns: [],
        history: [entry('DRAFTED', 'DRAFT', null)],
        draftedAt: occurredAt,
        position: Number(stored.position),
      };
      return [{ op: 'insert', table: LETTERS, row }];
    }
    const step = stepOf(event, { occurredAt, actor });
    const key = { letterId: event.data.letterId };
    const changes: Change[] = [
      { op: 'upsert', table: LETTERS, key, values: { ...step.values, status: step.status } },
      { op: 'push', table: LETTERS, key, column: 'history', items: [entry(step.action, step.status, step.note)] },
    ];
    for (const [column, item] of Object.entries(step.lists ?? {})) changes.push({ op: 'push', table: LETTERS, key, column, items: [item] });
    return changes;
  },
};

function stepOf(event: Exclude<LetterEvent, LetterDrafted>, by: { occurredAt: string; actor: Actor }): Step {
  switch (event.type) {
    case 'LetterDraftRevised': {
      const { letterId: _, ...values } = event.data;
      return { action: 'REVISED', status: 'DRAFT', values, note: null };
    }
    case 'LetterWithdrawn':
      return { action: 'WITHDRAWN', status: 'WITHDRAWN', values: { withdrawnReason: event.data.reason }, note: event.data.reason };
    case 'LetterIssued': {
      const { year, sequence, number, issuer, issuedOn } = event.data;
      return { action: 'ISSUED', status: 'ISSUED', values: { year, sequence, number, issuer, issuedOn }, note: number };
    }
    case 'LetterDelivered':
      return { action: 'DELIVERED', status: 'DELIVERED', values: {}, note: null };
    case 'LetterAcknowledged':
      return {
        action: 'ACKNOWLEDGED',
        status: 'ACKNOWLEDGED',
        values: { signedBy: event.data.signedBy },
        note: `签收人：${event.data.signedBy}`,
      };
    case 'LetterAnswered': {
      const { measures, answeredOn, deadline, late } = event.data;
      return {
        action: 'ANSWERED',
        status: 'ANSWERED',
        values: {},
        note: late ? `逾期回复（期限${chineseDate(deadline)}）` : null,
        lists: { answers: { measures, answeredOn, deadline, late, ...by } },
      };
    }
    case 'LetterAnswerReturned': {
      const { reason, deadline } = event.data;
      return {
        action: 'RETURNED',
        status: 'ACKNOWLEDGED',
        values: { deadline },
        note: reason,
        lists: { returns: { reason, deadline, ...by } },
      };
    }
    case 'LetterClosed':
      return { action: 'CLOSED', status: 'CLOSED', values: { closingRemark: event.data.remark }, note: event.data.remark };
  }
}
