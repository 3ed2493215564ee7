import { Day } from '../../../common/business-day';
import { Evidence } from '../../evidence/domain/evidence';
import { AppealTarget, Appellant, CitedCorrection } from '../events/appeal.events';
import { APPEAL_STATUS_LABELS, AppealStatus } from './appeal-status';
import { factLabel } from '../../../facts/domain/fact-catalogue';

export interface AppealRecord {
  filedOn: Day;
  appellant: Appellant;
  target: AppealTarget;
  /** When filed. */
  figures: Evidence;
  review: { corrections: CitedCorrection[]; figures: Evidence } | null;
}

const scoreOf = (e: Evidence) => (e.score === null ? '未参与排名' : `${e.score}分`);

/**
 * One line of a score history, e.g. "2026-05-16 陈志强申诉虬江派出所2026年5月15日的立案（发案）（申诉时-2.01分）：
 * 已更正，撤案：案件AJ-1，核减发案1起、财损100.00元（重复立案）；复核时0分": the score before and after.
 */
export function appealLine(appeal: AppealRecord, status: AppealStatus): string {
  const { filedOn, appellant, target, figures, review } = appeal;
  const contested = target.fact ? `的${factLabel(target.fact.type)}` : '得分';
  const corrections = review?.corrections.map((c) => `，${c.summary}`).join('') ?? '';
  const after = review ? `；复核时${scoreOf(review.figures)}` : '';
  return (
    `${filedOn} ${appellant.name}申诉${target.unitName}${figures.period.label}${contested}（申诉时${scoreOf(figures)}）：` +
    `${APPEAL_STATUS_LABELS[status]}${corrections}${after}`
  );
}
