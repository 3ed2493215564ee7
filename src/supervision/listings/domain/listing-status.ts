import { Day } from '../../../common/business-day';

export const LISTING_STATUSES = ['LISTED', 'EXTENDED', 'ESCALATED', 'DELISTED', 'OVERDUE'] as const;
export type ListingStatus = (typeof LISTING_STATUSES)[number];
/** What events record; OVERDUE is only ever read. */
export type RecordedListingStatus = Exclude<ListingStatus, 'OVERDUE'>;

export const LISTING_STATUS_LABELS: Record<ListingStatus, string> = {
  LISTED: '挂牌中',
  EXTENDED: '已延期',
  ESCALATED: '已升级',
  DELISTED: '已摘牌',
  OVERDUE: '逾期',
};

/** Still listed on a day after its deadline. */
export const listingOverdue = (recorded: RecordedListingStatus, deadline: Day, today: Day) => recorded !== 'DELISTED' && deadline < today;

/**
 * The status as read on `today`: a listed or extended listing past its deadline reads OVERDUE. An
 * escalated one keeps ESCALATED (escalation is the answer to the deadline passing) and is flagged overdue.
 */
export function listingStatusOn(recorded: RecordedListingStatus, deadline: Day, today: Day): ListingStatus {
  return recorded !== 'ESCALATED' && listingOverdue(recorded, deadline, today) ? 'OVERDUE' : recorded;
}
