import { Day } from '../../../common/business-day';

export const INSTRUCTION_UNIT_STATUSES = ['PENDING', 'OVERDUE', 'ANSWERED', 'WITHDRAWN'] as const;
export type InstructionUnitStatus = (typeof INSTRUCTION_UNIT_STATUSES)[number];

export const INSTRUCTION_UNIT_STATUS_LABELS: Record<InstructionUnitStatus, string> = {
  PENDING: '待复盘',
  OVERDUE: '逾期未复盘',
  ANSWERED: '已复盘',
  WITHDRAWN: '已撤回',
};

/** Where a named unit stands; 逾期 is not recorded but read off the clock: unanswered after the due day. */
export function instructionUnitStatus(withdrawn: boolean, answered: boolean, dueDay: Day, today: Day): InstructionUnitStatus {
  if (withdrawn) return 'WITHDRAWN';
  if (answered) return 'ANSWERED';
  return dueDay < today ? 'OVERDUE' : 'PENDING';
}
