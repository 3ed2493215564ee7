import { Ratio, percentOf } from './ratio';

/**
 * How far one rate moved from another, in percentage points (百分点) as reports compare rates, e.g.
 * 回访率 80.0% against 50.0% is "+30.0"; exact (n₁·d₀ − n₀·d₁ over d₁·d₀); null when either has no denominator.
 */
export function pointsChange(current: Ratio, before: Ratio): string | null {
  if (current.denominator === 0 || before.denominator === 0) return null;
  const p = percentOf(
    current.numerator * before.denominator - before.numerator * current.denominator,
    current.denominator * before.denominator,
  ) as string;
  return p.startsWith('-') || p === '0.0' ? p : `+${p}`;
}
