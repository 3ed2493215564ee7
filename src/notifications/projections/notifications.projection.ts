import { chineseDate } from '../../common/chinese-date';
import { StoredEvent } from '../../event-store/event-store.port';
import { Projection } from '../../read-store/projection';
import { Change, Row } from '../../read-store/read-store.port';
import { AppealEvent, OUTCOME_EVENTS } from '../../supervision/appeals/events/appeal.events';
import { APPEAL_STATUS_LABELS } from '../../supervision/appeals/domain/appeal-status';
import { InterviewOrdered } from '../../supervision/interviews/events/interview.events';
import { LetterEvent } from '../../supervision/letters/events/letter.events';
import { ListingPlaced } from '../../supervision/listings/events/listing.events';
import { ProblemRaised } from '../../supervision/problems/events/problem.events';
import { Audience, NotificationKind, linkOf } from '../domain/notification-kinds';
import { NotificationsRead } from '../events/notification.events';

export const NOTIFICATIONS = 'notifications';
export const NOTIFICATION_MARKS = 'notification_marks';

/**
 * One thing addressed to an officer. Rows whose item is not yet out (a letter still a draft, an
 * appeal not yet decided) are kept at position 0 with what the later event does not repeat (the
 * addressee, the appellant), and shown once that event sets their position: events carry all the
 * mapping needs, so a replay needs no lookups.
 */
export interface NotificationRow {
  id: string;
  kind: NotificationKind;
  audience: Audience;
  /** UNIT: the unit addressed and its county (the county's chief hears of his stations' items too). */
  unitId: string | null;
  countyId: string | null;
  /** SUBJECT: the officer (token subject) it is for. */
  subject: string | null;
  /** In Chinese, e.g. "收到工作提示函：明公基管提〔2026〕3号". */
  title: string;
  /** A second line in Chinese: the letter's subject, the unit, the reason. */
  detail: string | null;
  itemId: string;
  /** The screen to open, e.g. "/letters?letter=L-3". */
  link: string;
  /** Global position of the event that made it news; 0 while its item is not out yet. */
  position: number;
  /** When that event was recorded (UTC ISO). */
  at: string | null;
}

/** An officer's read mark: everything addressed to him up to this position is read. */
export interface NotificationMarkRow {
  subject: string;
  upToPosition: number;
  at: string;
}

type Mapped = { type: string; data: unknown };

const news = (event: StoredEvent) => ({ position: Number(event.position), at: event.metadata.recordedAt });

const upsert = (id: string, values: Partial<NotificationRow>): Change => ({
  op: 'upsert',
  table: NOTIFICATIONS,
  key: { id },
  values: values as Row,
});
const remove = (id: string): Change => ({ op: 'delete', table: NOTIFICATIONS, key: { id } });

/** A row complete at once, from one event. */
function row(event: StoredEvent, values: Omit<NotificationRow, 'link' | 'position' | 'at' | 'id'>): Change {
  const id = `${values.kind}:${values.itemId}`;
  return upsert(id, { ...values, link: linkOf(values.kind, values.itemId), ...news(event) });
}

/** A row waiting for the event that makes it news (position 0 until then). */
function pending(values: Omit<NotificationRow, 'link' | 'position' | 'at' | 'id'>): Change {
  const id = `${values.kind}:${values.itemId}`;
  return upsert(id, { ...values, link: linkOf(values.kind, values.itemId), position: 0, at: null });
}

const noUnit = { unitId: null, countyId: null, subject: null };

function letterChanges(event: StoredEvent, letter: LetterEvent): Change[] {
  const { letterId } = letter.data;
  const issued = `LETTER_ISSUED:${letterId}`;
  const answered = `LETTER_ANSWERED:${letterId}`;
  switch (letter.type) {
    case 'LetterDrafted': {
      const { addressee, title } = letter.data;
      return [
        pending({
          kind: 'LETTER_ISSUED',
          audience: 'UNIT',
          unitId: addressee.unitId,
          countyId: addressee.countyId,
          subject: null,
          title: '收到工作提示函',
          detail: title,
          itemId: letterId,
        }),
        pending({
          kind: 'LETTER_ANSWERED',
          audience: 'STAFF',
          ...noUnit,
          title: '工作提示函已回复',
          detail: addressee.name,
          itemId: letterId,
        }),
      ];
    }
    case 'LetterDraftRevised':
      return [upsert(issued, { detail: letter.data.title })];
    case 'LetterWithdrawn':
      return [remove(issued), remove(answered)];
    case 'LetterIssued': {
      const { number } = letter.data;
      return [
        upsert(issued, { title: `收到工作提示函：${number}`, ...news(event) }),
        upsert(answered, { title: `工作提示函已回复：${number}` }),
      ];
    }
    case 'LetterAnswered':
      // Answered again after a return: the latest answer is the news.
      return [upsert(answered, news(event))];
    default:
      return [];
  }
}

function problemChanges(event: StoredEvent, { data }: ProblemRaised): Change[] {
  const [year, month] = data.month.split('-').map(Number);
  return [
    row(event, {
      kind: 'PROBLEM_RAISED',
      audience: 'UNIT',
      // Problem lists are the county's, read per county (a station's token does not reach them): its chief is told.
      unitId: data.countyId,
      countyId: data.countyId,
      subject: null,
      title: `列入问题清单：${data.title}`,
      detail: `${year}年${month}月问题清单第${data.number}项，整改期限${chineseDate(data.deadline)}`,
      itemId: data.problemId,
    }),
  ];
}

function interviewChanges(event: StoredEvent, { data }: InterviewOrdered): Change[] {
  // An industry's organisation is interviewed, not the unit whose figures prompted it.
  if (data.target.kind !== 'UNIT') return [];
  return [
    row(event, {
      kind: 'INTERVIEW_ORDERED',
      audience: 'UNIT',
      unitId: data.unitId,
      countyId: data.countyId,
      subject: null,
      title: `决定约谈：${data.target.unitName}`,
      detail: data.reason,
      itemId: data.interviewId,
    }),
  ];
}

function listingChanges(event: StoredEvent, { data }: ListingPlaced): Change[] {
  const { stationId, stationName, areaName, township } = data.target;
  return [
    row(event, {
      kind: 'LISTING_PLACED',
      audience: 'UNIT',
      unitId: stationId,
      countyId: data.countyId,
      subject: null,
      title: `挂牌整治：${township ? `${stationName}${township}` : (areaName ?? stationName)}`,
      detail: `整改期限${chineseDate(data.deadline)}：${data.reason}`,
      itemId: data.listingId,
    }),
  ];
}

function appealChanges(event: StoredEvent, appeal: AppealEvent): Change[] {
  const { appealId } = appeal.data;
  switch (appeal.type) {
    case 'AppealFiled': {
      const { appellant, target, reason } = appeal.data;
      const days = target.from === target.to ? chineseDate(target.from) : `${chineseDate(target.from)}至${chineseDate(target.to)}`;
      const what = target.fact ? '记录的事实' : '得分';
      return [
        row(event, {
          kind: 'APPEAL_FILED',
          audience: 'STAFF',
          ...noUnit,
          title: `收到申诉：${appellant.name}（${target.unitName}）`,
          detail: reason,
          itemId: appealId,
        }),
        pending({
          kind: 'APPEAL_DECIDED',
          audience: 'SUBJECT',
          unitId: null,
          countyId: null,
          // The officer who filed it, as his token named him.
          subject: event.metadata.actor.subject,
          title: '申诉已复核',
          detail: `${target.unitName}${days}${what}`,
          itemId: appealId,
        }),
      ];
    }
    case 'AppealWithdrawn':
      return [remove(`APPEAL_DECIDED:${appealId}`)];
    default: {
      const outcome = OUTCOME_EVENTS[appeal.type];
      return [upsert(`APPEAL_DECIDED:${appealId}`, { title: `申诉已复核：${APPEAL_STATUS_LABELS[outcome]}`, ...news(event) })];
    }
  }
}

function markChanges(event: StoredEvent, { data }: NotificationsRead): Change[] {
  const values: Omit<NotificationMarkRow, 'subject'> = { upToPosition: Number(data.upToPosition), at: event.metadata.recordedAt };
  return [{ op: 'upsert', table: NOTIFICATION_MARKS, key: { subject: data.subject }, values }];
}

const LETTER_TYPES = ['LetterDrafted', 'LetterDraftRevised', 'LetterWithdrawn', 'LetterIssued', 'LetterAnswered'];
const APPEAL_TYPES = ['AppealFiled', ...Object.keys(OUTCOME_EVENTS), 'AppealWithdrawn'];
const EVENT_TYPES = [...LETTER_TYPES, 'ProblemRaised', 'InterviewOrdered', 'ListingPlaced', ...APPEAL_TYPES, 'NotificationsRead'];

function changesOf(event: StoredEvent): Change[] {
  const mapped = event as unknown as Mapped;
  if (LETTER_TYPES.includes(mapped.type)) return letterChanges(event, mapped as LetterEvent);
  if (APPEAL_TYPES.includes(mapped.type)) return appealChanges(event, mapped as AppealEvent);
  switch (mapped.type) {
    case 'ProblemRaised':
      return problemChanges(event, mapped as ProblemRaised);
    case 'InterviewOrdered':
      return interviewChanges(event, mapped as InterviewOrdered);
    case 'ListingPlaced':
      return listingChanges(event, mapped as ListingPlaced);
    case 'NotificationsRead':
      return markChanges(event, mapped as NotificationsRead);
    default:
      return [];
  }
}

/** 通知: what the supervision events addressed to whom, and each officer's read mark. */
export const notificationsProjection: Projection = {
  name: 'notifications',
  version: 1,
  tables: [
    {
      name: NOTIFICATIONS,
      columns: {
        id: 'text',
        kind: 'text',
        audience: 'text',
        unitId: 'text',
        countyId: 'text',
        subject: 'text',
        title: 'text',
        detail: 'text',
        itemId: 'text',
        link: 'text',
        position: 'integer',
        at: 'text',
      },
      key: ['id'],
      indexes: [
        ['audience', 'position'],
        ['unitId', 'position'],
        ['countyId', 'position'],
        ['subject', 'position'],
      ],
    },
    {
      name: NOTIFICATION_MARKS,
      columns: { subject: 'text', upToPosition: 'integer', at: 'text' },
      key: ['subject'],
    },
  ],
  eventTypes: EVENT_TYPES,
  project: (event) => (EVENT_TYPES.includes(event.type) ? changesOf(event) : []),
};
