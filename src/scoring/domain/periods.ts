import { Day, addDays, daysBetween, isValidDay, sameDayLastYear } from '../../common/business-day';
import { DomainRuleError } from '../../common/decider';

export interface Period {
  from: Day;
  to: Day;
}

export function checkPeriod(period: Period): Period {
  if (!isValidDay(period.from)) throw new DomainRuleError(`"${period.from}" is not a calendar day (YYYY-MM-DD)`, 'from');
  if (!isValidDay(period.to)) throw new DomainRuleError(`"${period.to}" is not a calendar day (YYYY-MM-DD)`, 'to');
  if (period.to < period.from) throw new DomainRuleError(`the period ends (${period.to}) before it starts (${period.from})`, 'to');
  if (daysBetween(period.from, period.to) > 3660) throw new DomainRuleError('a period may span at most ten years', 'to');
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
