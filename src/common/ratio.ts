/**
 * Exact ratios: numerator and denominator stay integers, and the percentage is rounded half-up
 * with integer arithmetic, so 1,826 of 1,832 is always "99.7" and 244 against 51 is "+378.4".
 */
export interface Ratio {
  numerator: number;
  denominator: number;
}

/** Percentage of n/d with `decimals` places, rounded half away from zero; null when d is 0. */
export function percentOf(n: number, d: number, decimals = 1): string | null {
  if (d === 0) return null;
  const scale = 10n ** BigInt(decimals);
  const num = BigInt(Math.round(n)) * 100n * scale;
  const den = BigInt(Math.round(d));
  const negative = num < 0n !== den < 0n && num !== 0n;
  const absNum = num < 0n ? -num : num;
  const absDen = den < 0n ? -den : den;
  const rounded = (absNum * 2n + absDen) / (absDen * 2n);
  const whole = rounded / scale;
  const frac = rounded % scale;
  const text = decimals > 0 ? `${whole}.${frac.toString().padStart(decimals, '0')}` : `${whole}`;
  return negative && rounded !== 0n ? `-${text}` : text;
}

/** Relative change from `previous` to `current` as a signed percentage, e.g. "+378.4"; null when previous is 0. */
export function changePercent(current: number, previous: number, decimals = 1): string | null {
  const p = percentOf(current - previous, previous, decimals);
  if (p === null) return null;
  return p.startsWith('-') || /^0(\.0*)?$/.test(p) ? p : `+${p}`;
}
