import { Day } from '../../../common/business-day';
import { toEvidenceType } from '../../evidence/graphql/evidence.mapper';
import { appealLine } from '../domain/appeal-line';
import { APPEAL_STATUS_LABELS, appealStatus } from '../domain/appeal-status';
import { factLabel } from '../../../facts/domain/fact-catalogue';
import { ContestedFact } from '../events/appeal.events';
import { AppealRow } from '../projections/appeals.projection';
import { AppealType, ContestedFactType, ScoreHistoryEntryType } from './appeal.types';

const toFactType = ({ eventId, type, streamId, areaId, day }: ContestedFact): ContestedFactType => ({
  eventId,
  type,
  typeLabel: factLabel(type),
  streamId,
  areaId,
  day,
});

export function toAppealType(row: AppealRow, today: Day): AppealType {
  const status = appealStatus(row.state, row.deadline, today);
  const { review } = row;
  return {
    appealId: row.appealId,
    appellant: row.appellant,
    unitId: row.unitId,
    unitName: row.target.unitName,
    from: row.fromDay,
    to: row.toDay,
    contestedFact: row.target.fact && toFactType(row.target.fact),
    reason: row.reason,
    filedOn: row.filedOn,
    deadline: row.deadline,
    filedAt: row.filedAt,
    filedBy: row.filedBy,
    status,
    statusLabel: APPEAL_STATUS_LABELS[status],
    overdue: status === 'OVERDUE',
    figuresAtFiling: toEvidenceType(row.figures),
    review: review && {
      ...review,
      outcomeLabel: APPEAL_STATUS_LABELS[review.outcome],
      corrections: review.corrections.map((c) => ({ ...toFactType(c), recordedAt: c.recordedAt, summary: c.summary })),
      figures: toEvidenceType(review.figures),
    },
    withdrawal: row.withdrawal,
  };
}

export function toScoreHistoryEntry(row: AppealRow, today: Day): ScoreHistoryEntryType {
  const appeal = toAppealType(row, today);
  return {
    appeal,
    scoreBefore: row.figures.score,
    scoreAfter: row.review?.figures.score ?? null,
    line: appealLine(row, appeal.status),
  };
}
