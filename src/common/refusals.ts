import { bilingual } from './bilingual';
import { Day } from './business-day';
import { DomainRuleError } from './decider';

/**
 * Refusals several deciders and queries share, Chinese first, so that each sentence is written once.
 * `field` names the input each is about.
 */

/** 日期 "2026-02-30" 有误：须为 YYYY-MM-DD 格式的日历日. */
export const notACalendarDay = (text: string, field: string) =>
  new DomainRuleError(
    bilingual(`日期 "${text}" 有误：须为 YYYY-MM-DD 格式的日历日`, `"${text}" is not a calendar day (YYYY-MM-DD)`),
    field,
  );

/** A period whose last day is before its first: 结束日（2026-04-01）早于开始日（2026-04-30）. */
export const endsBeforeStart = (from: Day, to: Day, field: string) =>
  new DomainRuleError(bilingual(`结束日（${to}）早于开始日（${from}）`, `the period ends (${to}) before it starts (${from})`), field);

/** A day that has not come yet, with why it must have: 日期 2026-05-20 尚未到来（今天是 2026-05-15），…. */
export function dayNotYet(day: Day, today: Day, field: string, why?: { zh: string; en: string }) {
  return new DomainRuleError(
    bilingual(
      `日期 ${day} 尚未到来（今天是 ${today}）${why ? `，${why.zh}` : ''}`,
      `${day} has not come yet (today is ${today})${why ? `; ${why.en}` : ''}`,
    ),
    field,
  );
}

/** A deadline set in the past: 整改期限 2026-05-14 早于今天（2026-05-15）. `what` names the deadline. */
export function deadlineBeforeToday(deadline: Day, today: Day, field: string, what = { zh: '整改期限', en: 'deadline' }) {
  return new DomainRuleError(
    bilingual(`${what.zh} ${deadline} 早于今天（${today}）`, `the ${what.en} ${deadline} is before today (${today})`),
    field,
  );
}

/** Free text an officer must write: 填写内容不能为空白（title）. */
export const blank = (field: string) =>
  new DomainRuleError(bilingual(`填写内容不能为空白（${field}）`, `${field} must not be blank`), field);

/** Free text as recorded: trimmed, and refused when nothing is left. */
export function filledIn(text: string, field: string): string {
  const trimmed = text.trim();
  if (!trimmed) throw blank(field);
  return trimmed;
}
