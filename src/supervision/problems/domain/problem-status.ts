import { Day } from '../../../common/business-day';
import type { ProblemEvent } from '../events/problem.events';

/** Where a problem stands in its lifecycle, as recorded by events. */
export const PROBLEM_STAGES = ['RAISED', 'RECTIFYING', 'RECTIFIED', 'VERIFIED'] as const;
export type ProblemStage = (typeof PROBLEM_STAGES)[number];

/** What officers see: the stage, or OVERDUE, derived when the deadline has passed on an unfinished problem. */
export const PROBLEM_STATUSES = [...PROBLEM_STAGES, 'OVERDUE'] as const;
export type ProblemStatus = (typeof PROBLEM_STATUSES)[number];

export const PROBLEM_STATUS_LABELS: Record<ProblemStatus, string> = {
  RAISED: '待整改',
  RECTIFYING: '整改中',
  RECTIFIED: '已整改待核验',
  VERIFIED: '已核验销号',
  OVERDUE: '逾期',
};

/** A problem is finished once its rectification is reported; only verification remains then. */
const FINISHED: ReadonlySet<ProblemStage> = new Set(['RECTIFIED', 'VERIFIED']);

export function isOverdue(stage: ProblemStage, deadline: Day, today: Day): boolean {
  return deadline < today && !FINISHED.has(stage);
}

export function problemStatus(
  stage: ProblemStage,
  deadline: Day,
  today: Day,
): { status: ProblemStatus; statusLabel: string; overdue: boolean } {
  if (!isOverdue(stage, deadline, today)) return { status: stage, statusLabel: PROBLEM_STATUS_LABELS[stage], overdue: false };
  return { status: 'OVERDUE', statusLabel: `${PROBLEM_STATUS_LABELS.OVERDUE}（${PROBLEM_STATUS_LABELS[stage]}）`, overdue: true };
}

/** "RAISED (待整改)": the stage named in English and Chinese, as refusals quote it. */
export const stageName = (stage: ProblemStage) => `${stage} (${PROBLEM_STATUS_LABELS[stage]})`;

/** The stage each event leaves a problem in. */
export const STAGE_AFTER: Record<ProblemEvent['type'], ProblemStage> = {
  ProblemRaised: 'RAISED',
  ProblemRectificationStarted: 'RECTIFYING',
  ProblemRectified: 'RECTIFIED',
  ProblemVerified: 'VERIFIED',
  ProblemVerificationRefused: 'RECTIFYING',
};

/** What each step of a problem's history is called. */
export const STEP_LABELS: Record<ProblemEvent['type'], string> = {
  ProblemRaised: '提出问题',
  ProblemRectificationStarted: '提交整改方案',
  ProblemRectified: '报告整改完成',
  ProblemVerified: '核验销号',
  ProblemVerificationRefused: '核验不通过',
};
