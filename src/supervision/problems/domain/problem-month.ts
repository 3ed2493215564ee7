import { bilingual } from '../../../common/bilingual';
import { Day } from '../../../common/business-day';
import { DomainRuleError } from '../../../common/decider';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** A list's month: YYYY-MM, begun by today. Returns its first day. */
export function checkMonth(month: string, today: Day): Day {
  if (!MONTH.test(month)) {
    throw new DomainRuleError(
      bilingual(`月份 "${month}" 有误：须为 YYYY-MM 格式，例如 "2026-05"`, `"${month}" is not a month: use YYYY-MM, e.g. "2026-05"`),
      'month',
    );
  }
  const first = `${month}-01`;
  if (first > today) {
    throw new DomainRuleError(
      bilingual(`月份 ${month} 尚未开始（今天是 ${today}）`, `the month ${month} has not begun (today is ${today})`),
      'month',
    );
  }
  return first;
}
