import { binomialUpperTail } from './binomial-tail';

describe('binomialUpperTail', () => {
  it('is pⁿ for a perfect record', () => {
    expect(binomialUpperTail(49, 49, 0.97)).toBeCloseTo(0.97 ** 49, 12);
    expect(binomialUpperTail(200, 200, 0.97)).toBeCloseTo(0.97 ** 200, 15);
  });

  it('sums the tail exactly on a small case', () => {
    // P(X ≥ 2 | n = 3, p = 0.5) = (3 + 1) / 8
    expect(binomialUpperTail(2, 3, 0.5)).toBeCloseTo(0.5, 12);
    // P(X ≥ 1 | n = 2, p = 0.1) = 1 − 0.81
    expect(binomialUpperTail(1, 2, 0.1)).toBeCloseTo(0.19, 12);
  });

  it('is 1 for nothing asked, 0 for more than the trials, and does not underflow on thousands', () => {
    expect(binomialUpperTail(0, 10, 0.3)).toBe(1);
    expect(binomialUpperTail(11, 10, 0.3)).toBe(0);
    // 998 of 1,000 at a true rate of 97%: far out in the tail, yet a number, not 0 or NaN
    const tail = binomialUpperTail(998, 1000, 0.97);
    expect(tail).toBeGreaterThan(0);
    expect(tail).toBeLessThan(1e-9);
  });
});
