/**
 * What the bell tells an officer of: to a unit's chiefs, what the accountability ladder addressed to
 * the unit; to evaluation staff, what came back to them; to one officer, the outcome of his appeal.
 */
export const NOTIFICATION_KINDS = [
  'LETTER_ISSUED',
  'PROBLEM_RAISED',
  'INTERVIEW_ORDERED',
  'LISTING_PLACED',
  'APPEAL_DECIDED',
  'LETTER_ANSWERED',
  'APPEAL_FILED',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  LETTER_ISSUED: '工作提示函',
  PROBLEM_RAISED: '问题清单',
  INTERVIEW_ORDERED: '约谈',
  LISTING_PLACED: '挂牌整治',
  APPEAL_DECIDED: '申诉复核',
  LETTER_ANSWERED: '提示函回复',
  APPEAL_FILED: '申诉',
};

/**
 * Whom a notification is for: the chiefs of a unit (and of its county), evaluation staff, or one
 * officer (his token's subject).
 */
export type Audience = 'UNIT' | 'STAFF' | 'SUBJECT';

/** The screen of the officers' application that shows the item, with the item selected. */
export function linkOf(kind: NotificationKind, itemId: string): string {
  const id = encodeURIComponent(itemId);
  switch (kind) {
    case 'LETTER_ISSUED':
    case 'LETTER_ANSWERED':
      return `/letters?letter=${id}`;
    case 'PROBLEM_RAISED':
      return `/problems?problem=${id}`;
    case 'INTERVIEW_ORDERED':
      return `/interviews?interview=${id}`;
    case 'LISTING_PLACED':
      return `/listings?listing=${id}`;
    case 'APPEAL_DECIDED':
    case 'APPEAL_FILED':
      return `/appeals?appeal=${id}`;
  }
}
