import { shanghaiTimeOf } from '../common/business-day';
import { LateEntry } from '../event-store/event-store.port';

const DAY_MS = 86_400_000;

export interface FactTimeLimits {
  clockSkewSeconds: number;
  lateEntryDays: number;
}

/** A fact's time refused: the field and the problem, in Chinese first. */
export type FactTimeProblem = { field: 'occurredAt' | 'lateReason'; problem: string };

/**
 * Whether a fact that happened at `occurredAt` may be recorded at `now`: never later than now
 * (beyond the clock skew), and long after only with a reason, which marks it a late entry.
 */
export function judgeFactTime(
  occurredAt: string,
  now: Date,
  limits: FactTimeLimits,
  lateReason?: string,
): { lateEntry?: LateEntry } | FactTimeProblem {
  const occurred = Date.parse(occurredAt);
  if (occurred > now.getTime() + limits.clockSkewSeconds * 1000) {
    const when = shanghaiTimeOf(occurredAt);
    return {
      field: 'occurredAt',
      problem: `发生时间 ${when} 晚于当前时间，事实不能预先记录 / occurredAt ${when} is later than now: a fact cannot be recorded before it happens`,
    };
  }
  const daysLate = Math.floor((now.getTime() - occurred) / DAY_MS);
  if (daysLate <= limits.lateEntryDays) return {};
  if (!lateReason) {
    return {
      field: 'lateReason',
      problem: `该事实发生于 ${daysLate} 天前，超过 ${limits.lateEntryDays} 天的补录须说明原因（lateReason） / the fact happened ${daysLate} days ago, more than ${limits.lateEntryDays}: a late entry needs lateReason`,
    };
  }
  return { lateEntry: { reason: lateReason, daysLate } };
}
