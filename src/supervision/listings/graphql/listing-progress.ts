import { Day, addDays, dekadOf } from '../../../common/business-day';
import { Period } from '../../../scoring/domain/periods';
import { ExitCondition, ExitPeriod } from '../domain/exit-condition';
import { PeriodCounts, evaluateExit, exitPeriods, figureText, unmetText } from '../domain/exit-evaluation';
import { periodsMetInRow, toExitConditionType } from './listing.mapper';
import { ListingProgressType } from './listing.types';

/** What a listing's progress is measured from: its conditions, since the day it was listed. */
export interface ProgressOf {
  exitConditions: ExitCondition[];
  listedOn: Day;
}

/** The dekad or month under way on `today`. */
function periodUnderWay(per: ExitPeriod, today: Day): Period {
  const { from, to } = dekadOf(today);
  return per === 'DEKAD' ? { from, to } : { from: `${today.slice(0, 8)}01`, to: dekadOf(`${today.slice(0, 8)}21`).to };
}

/** A condition over the period under way alone: evaluated as if that period were over, on its figures so far. */
const soFar = (condition: ExitCondition, today: Day) => ({
  condition: { ...condition, consecutive: 1 },
  asOf: addDays(periodUnderWay(condition.per, today).to, 1),
});

/** Every period the progress looks at (the completed ones a review would, and those under way), to fetch once. */
export function progressPeriods({ exitConditions, listedOn }: ProgressOf, today: Day): Period[] {
  const underWay = exitConditions.map((c) => periodUnderWay(c.per, today)).filter((p) => p.from >= listedOn);
  const all = [...exitPeriods(exitConditions, listedOn, today), ...underWay];
  return [...new Map(all.map((p) => [`${p.from}/${p.to}`, p])).values()];
}

/**
 * 摘牌进度 as the figures stand today, as a review would find them now (nothing is recorded): per
 * condition, how many of the periods it asks for were met in a row up to the latest completed one,
 * and the period under way so far (when it began after the listing, so that it will count).
 */
export function toListingProgress(listing: ProgressOf, today: Day, figures: PeriodCounts[]): ListingProgressType {
  const { exitConditions, listedOn } = listing;
  const evaluation = evaluateExit(exitConditions, listedOn, today, figures);
  const conditions = evaluation.conditions.map((result) => {
    const { condition, periods, met } = result;
    const current = soFar(condition, today);
    const [underWay] = evaluateExit([current.condition], listedOn, current.asOf, figures).conditions[0].periods;
    return {
      condition: toExitConditionType(condition),
      met,
      periodsMet: periodsMetInRow(periods),
      periods: periods.map((p) => ({ ...p, value: figureText(condition, p) })),
      current: underWay ? { ...underWay, to: today, value: figureText(condition, underWay) } : null,
      unmet: met ? null : unmetText(result),
    };
  });
  return { asOf: today, met: evaluation.met, conditions };
}
