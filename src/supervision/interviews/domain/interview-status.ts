import { Day } from '../../../common/business-day';

export const INTERVIEW_STATUSES = ['ORDERED', 'SCHEDULED', 'CANCELLED', 'HELD', 'FOLLOWED_UP', 'CLOSED', 'OVERDUE'] as const;
export type InterviewStatus = (typeof INTERVIEW_STATUSES)[number];
/** What events record; OVERDUE is only ever read. */
export type RecordedInterviewStatus = Exclude<InterviewStatus, 'OVERDUE'>;

export const INTERVIEW_STATUS_LABELS: Record<InterviewStatus, string> = {
  ORDERED: '待安排',
  SCHEDULED: '已安排',
  CANCELLED: '已取消',
  HELD: '已约谈',
  FOLLOWED_UP: '已回访核查',
  CLOSED: '已结案',
  OVERDUE: '逾期',
};

/** A requirement is overdue once its deadline day is over and no follow-up check has looked at it. */
export const requirementOverdue = (deadline: Day, checked: boolean, today: Day) => !checked && deadline < today;

/** The status as read on `today`: a held interview with an overdue requirement reads OVERDUE. */
export function interviewStatusOn(recorded: RecordedInterviewStatus, openDeadline: Day | null, today: Day): InterviewStatus {
  return recorded === 'HELD' && openDeadline !== null && requirementOverdue(openDeadline, false, today) ? 'OVERDUE' : recorded;
}
