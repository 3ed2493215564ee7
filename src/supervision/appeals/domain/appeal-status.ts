import { Day } from '../../../common/business-day';
import { AppealOutcome } from '../events/appeal.events';

export const APPEAL_STATUSES = ['PENDING', 'OVERDUE', 'UPHELD', 'CORRECTED', 'REJECTED', 'WITHDRAWN'] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];

export const APPEAL_STATUS_LABELS: Record<AppealStatus, string> = {
  PENDING: '待复核',
  OVERDUE: '逾期未复核',
  UPHELD: '维持原结果',
  CORRECTED: '已更正',
  REJECTED: '已驳回',
  WITHDRAWN: '已撤回',
};

/** What the log says happened last; OVERDUE is not recorded but read off the clock. */
export type RecordedState = 'FILED' | AppealOutcome | 'WITHDRAWN';

/** An appeal still unreviewed after its deadline day is overdue. */
export function appealStatus(recorded: RecordedState, deadline: Day, today: Day): AppealStatus {
  if (recorded !== 'FILED') return recorded;
  return deadline < today ? 'OVERDUE' : 'PENDING';
}
