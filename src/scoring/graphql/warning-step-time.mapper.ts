import { changePercent, percentOf } from '../../common/ratio';
import { IndicatorCounts, IndicatorKey } from '../domain/indicators';
import { WarningStepTime } from './warning-step-time.types';

/** A step's count and its minutes summed from the warnings' receipt. */
type Step = { count: IndicatorKey; minutes: IndicatorKey };
export const FORWARDING: Step = { count: 'warningsForwarded', minutes: 'forwardMinutes' };
export const ON_SITE_CHECK: Step = { count: 'checkedOnSite', minutes: 'checkMinutes' };

/**
 * 流转用时 or 核查用时: the average minutes of the period beside the period before and a year before,
 * and the change of the average, exact from the integer sums (a·d / (b·c) for averages a/b and c/d).
 */
export function warningStepTime(
  step: Step,
  current: IndicatorCounts,
  previous: IndicatorCounts,
  lastYear: IndicatorCounts,
): WarningStepTime {
  const average = (counts: IndicatorCounts) => percentOf(counts[step.minutes], counts[step.count] * 100, 1);
  const comparable = current[step.count] > 0 && previous[step.minutes] > 0;
  return {
    count: current[step.count],
    averageMinutes: average(current),
    previousAverageMinutes: average(previous),
    lastYearAverageMinutes: average(lastYear),
    periodOnPeriodPercent: comparable
      ? changePercent(current[step.minutes] * previous[step.count], previous[step.minutes] * current[step.count])
      : null,
  };
}
