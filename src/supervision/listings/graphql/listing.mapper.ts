import { chineseDate } from '../../../common/chinese-date';
import { Day } from '../../../common/business-day';
import { toEvidenceType } from '../../evidence/graphql/evidence.mapper';
import { WorkflowStepType, toWorkflowStep } from '../../common/graphql/workflow-step.types';
import { RecordedStep } from '../../common/queries/recorded-steps';
import { ExitCondition, conditionText, indicatorLabel, thresholdText } from '../domain/exit-condition';
import { ConditionResult, figureText, unmetText } from '../domain/exit-evaluation';
import { LISTING_STATUS_LABELS, listingOverdue, listingStatusOn } from '../domain/listing-status';
import { ListingEvent, ListingTarget } from '../events/listing.events';
import { ListingRow, ReviewRow } from '../projections/listings.projection';
import { ExitConditionType, ListingConditionReviewType, ListingReviewType, ListingType } from './listing.types';

const targetLabel = (t: ListingTarget) => `${t.areaName ?? t.stationName}${t.township ? ` ${t.township}` : ''}`;

export const toExitConditionType = (c: ExitCondition): ExitConditionType => ({
  ...c,
  indicatorLabel: indicatorLabel(c.indicator),
  threshold: thresholdText(c.indicator, c.threshold),
  text: conditionText(c),
});

/** Of the periods looked at (oldest first), how many in a row up to the latest met the condition. */
export const periodsMetInRow = (periods: Array<{ met: boolean }>): number =>
  periods.length - periods.map((p) => p.met).lastIndexOf(false) - 1;

const toConditionReview = (r: ConditionResult): ListingConditionReviewType => ({
  condition: toExitConditionType(r.condition),
  met: r.met,
  periodsMet: periodsMetInRow(r.periods),
  periods: r.periods.map((p) => ({ ...p, value: figureText(r.condition, p) })),
  unmet: r.met ? null : unmetText(r),
});

export const toReviewType = (r: ReviewRow): ListingReviewType => ({ ...r, conditions: r.conditions.map(toConditionReview) });

export function toListingType(row: ListingRow, today: Day): ListingType {
  const status = listingStatusOn(row.status, row.deadline, today);
  return {
    ...row,
    status,
    statusLabel: LISTING_STATUS_LABELS[status],
    overdue: listingOverdue(row.status, row.deadline, today),
    target: { ...row.target, label: targetLabel(row.target) },
    evidence: toEvidenceType(row.evidence),
    exitConditions: row.exitConditions.map(toExitConditionType),
    lastReview: row.lastReview ? toReviewType(row.lastReview) : null,
  };
}

function describe({ type, data }: RecordedStep): { label: string; summary: string } {
  const event = { type, data } as ListingEvent;
  switch (event.type) {
    case 'ListingPlaced': {
      const { target, reason, deadline, exitConditions } = event.data;
      return {
        label: '挂牌',
        summary: `挂牌整治${targetLabel(target)}：${reason}；期限${chineseDate(deadline)}；摘牌条件：${exitConditions.map(conditionText).join('；')}`,
      };
    }
    case 'ListingReviewed': {
      const { asOf, met, conditions } = event.data;
      return {
        label: '复核',
        summary: `截至${chineseDate(asOf)}：${
          met
            ? '满足摘牌条件'
            : conditions
                .filter((c) => !c.met)
                .map(unmetText)
                .join('；')
        }`,
      };
    }
    case 'ListingExtended':
      return {
        label: '延期',
        summary: `期限由${chineseDate(event.data.previousDeadline)}延至${chineseDate(event.data.deadline)}；原因：${event.data.reason}`,
      };
    case 'ListingEscalated': {
      const { interviewId, reason } = event.data;
      return { label: '升级', summary: `升级为约谈${interviewId ? `（约谈${interviewId}）` : ''}；原因：${reason}` };
    }
    case 'ListingDelisted': {
      const { review, note } = event.data;
      return { label: '摘牌', summary: `依第${review.number}次复核（截至${chineseDate(review.asOf)}）摘牌${note ? `；${note}` : ''}` };
    }
  }
}

export const toListingStep = (step: RecordedStep): WorkflowStepType => toWorkflowStep(step, describe);
