import { Day } from '../../../common/business-day';

/** A letter's status as officers read it; OVERDUE is derived at read time, never recorded. */
export const LETTER_STATUSES = ['DRAFT', 'WITHDRAWN', 'ISSUED', 'DELIVERED', 'ACKNOWLEDGED', 'ANSWERED', 'CLOSED', 'OVERDUE'] as const;
export type LetterStatus = (typeof LETTER_STATUSES)[number];

/** The statuses the events record. */
export type RecordedLetterStatus = Exclude<LetterStatus, 'OVERDUE'>;

export const LETTER_STATUS_LABELS: Record<LetterStatus, string> = {
  DRAFT: '草稿',
  WITHDRAWN: '已撤回',
  ISSUED: '已下发',
  DELIVERED: '已送达',
  ACKNOWLEDGED: '已签收',
  ANSWERED: '已回复',
  CLOSED: '已办结',
  OVERDUE: '逾期',
};

/** Issued and not yet answered: the unit owes an answer by the deadline. */
const AWAITING_ANSWER: readonly RecordedLetterStatus[] = ['ISSUED', 'DELIVERED', 'ACKNOWLEDGED'];

export const statusText = (status: LetterStatus) => `${LETTER_STATUS_LABELS[status]} (${status})`;

/** Overdue once the deadline day has passed with the answer still owed. */
export function isOverdue(status: RecordedLetterStatus, deadline: Day, today: Day): boolean {
  return AWAITING_ANSWER.includes(status) && deadline < today;
}

export function displayStatus(status: RecordedLetterStatus, deadline: Day, today: Day): LetterStatus {
  return isOverdue(status, deadline, today) ? 'OVERDUE' : status;
}

/** The steps a letter's history lists, one per event. */
export const LETTER_ACTIONS = [
  'DRAFTED',
  'REVISED',
  'WITHDRAWN',
  'ISSUED',
  'DELIVERED',
  'ACKNOWLEDGED',
  'ANSWERED',
  'RETURNED',
  'CLOSED',
] as const;
export type LetterAction = (typeof LETTER_ACTIONS)[number];

export const LETTER_ACTION_LABELS: Record<LetterAction, string> = {
  DRAFTED: '起草',
  REVISED: '修改草稿',
  WITHDRAWN: '撤回',
  ISSUED: '下发',
  DELIVERED: '送达',
  ACKNOWLEDGED: '签收',
  ANSWERED: '回复',
  RETURNED: '退回重新回复',
  CLOSED: '办结',
};
