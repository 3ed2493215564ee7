import { poissonUpperTail } from './poisson-tail';

describe('poissonUpperTail', () => {
  it('matches closed forms', () => {
    expect(poissonUpperTail(1, 2)).toBeCloseTo(1 - Math.exp(-2), 12);
    expect(poissonUpperTail(2, 0.5)).toBeCloseTo(1 - Math.exp(-0.5) * 1.5, 12);
    expect(poissonUpperTail(0, 3)).toBe(1);
  });

  it('stays accurate far in the tail: 12 corrections where 0.5 were expected', () => {
    // The first term dominates: e^−0.5 · 0.5¹² / 12!
    const first = (Math.exp(-0.5) * 0.5 ** 12) / 479_001_600;
    expect(poissonUpperTail(12, 0.5)).toBeGreaterThan(first);
    expect(poissonUpperTail(12, 0.5)).toBeLessThan(first * 1.1);
  });
});
