import { endsBeforeStart, notACalendarDay } from '../../common/refusals';
import { bilingual } from '../../common/bilingual';
import { Day, addDays, daysBetween, isValidDay, sameDayLastYear } from '../../common/business-day';
import { DomainRuleError } from '../../common/decider';

export interface Period {
  from: Day;
  to: Day;
}

export function checkPeriod(period: Period): Period {
  if (!isValidDay(period.from)) throw notACalendarDay(period.from, 'from');
  if (!isValidDay(period.to)) throw notACalendarDay(period.to, 'to');
  if (period.to < period.from) throw endsBeforeStart(period.from, period.to, 'to');
  if (daysBetween(period.from, period.to) > 3660) {
    throw new DomainRuleError(bilingual('统计期最长为十年', 'a period may span at most ten years'), 'to');
  }
  return period;
}

/** 同比: the same dates one year earlier. */
export function sameRangeLastYear(period: Period): Period {
  return { from: sameDayLastYear(period.from), to: sameDayLastYear(period.to) };
}

/** 环比: the same number of days immediately before. */
export function previousRange(period: Period): Period {
  const length = daysBetween(period.from, period.to);
  return { from: addDays(period.from, -length), to: addDays(period.from, -1) };
}
