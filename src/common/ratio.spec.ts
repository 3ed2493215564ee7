import { changePercent, percentOf } from './ratio';

describe('percentOf', () => {
  it('reproduces seed 000: 1,826 of 1,832 fund warnings met face to face is 99.7%', () => {
    expect(percentOf(1826, 1832)).toBe('99.7');
    expect(percentOf(1826, 1832, 2)).toBe('99.67'); // 99.6724…
    expect(percentOf(1826, 1832, 0)).toBe('100');
  });

  it('defaults to one decimal and pads trailing zeros', () => {
    expect(percentOf(1, 2)).toBe('50.0');
    expect(percentOf(1, 1)).toBe('100.0');
    expect(percentOf(0, 7)).toBe('0.0');
    expect(percentOf(1, 4, 2)).toBe('25.00');
    expect(percentOf(3, 2)).toBe('150.0');
  });

  it('supports other precisions', () => {
    expect(percentOf(1, 3, 0)).toBe('33');
    expect(percentOf(1, 3, 1)).toBe('33.3');
    expect(percentOf(1, 3, 2)).toBe('33.33');
    expect(percentOf(1, 3, 4)).toBe('33.3333');
    expect(percentOf(2, 3)).toBe('66.7');
  });

  it('is null when the denominator is 0', () => {
    expect(percentOf(5, 0)).toBeNull();
    expect(percentOf(0, 0)).toBeNull();
  });

  describe('rounds half up (away from zero), exactly', () => {
    it.each([
      [1, 8, 1, '12.5'], //  12.5 exactly
      [1, 16, 1, '6.3'], //  6.25 → up (banker's rounding would give 6.2)
      [3, 16, 1, '18.8'], // 18.75 → up
      [1, 2000, 1, '0.1'], // 0.05 → up
      [1, 2001, 1, '0.0'], // 0.04997… → down
      [201, 20000, 2, '1.01'], // 1.005: float arithmetic gives 1.00
      [1, 200, 0, '1'], // 0.5 → 1
      [1, 201, 0, '0'], // 0.4975… → 0
      [5, 6, 1, '83.3'], // 83.333…
      [1, 6, 1, '16.7'], // 16.666…
    ])('%i/%i to %i decimals is %s', (n, d, decimals, expected) => {
      expect(percentOf(n, d, decimals)).toBe(expected);
    });

    it('rounds negatives away from zero and never prints -0', () => {
      expect(percentOf(-1, 16)).toBe('-6.3');
      expect(percentOf(1, -16)).toBe('-6.3');
      expect(percentOf(-1, -16)).toBe('6.3');
      expect(percentOf(-1, 3)).toBe('-33.3');
      expect(percentOf(-1, 3000)).toBe('0.0'); // −0.0333… rounds to zero: no sign
      expect(percentOf(-1, 2000)).toBe('-0.1'); // −0.05 → away from zero
      expect(percentOf(0, -5)).toBe('0.0');
    });
  });

  it('stays exact with large amounts in fen', () => {
    // ¥50M of ¥150M, and one fen more: integer arithmetic keeps the difference at 9 decimals.
    expect(percentOf(5_000_000_000, 15_000_000_000, 9)).toBe('33.333333333');
    expect(percentOf(5_000_000_001, 15_000_000_000, 9)).toBe('33.333333340');
  });
});

describe('changePercent', () => {
  it('reproduces seed 002: 244 cases solved against 51 is +378.4%', () => {
    expect(changePercent(244, 51)).toBe('+378.4');
    expect(changePercent(244, 51, 2)).toBe('+378.43'); // 193/51 = 3.784313…
  });

  it('reproduces seed 002: 120 suspects against 12 is +900.0%', () => {
    expect(changePercent(120, 12)).toBe('+900.0');
  });

  it('computes a −49.2% style fall exactly', () => {
    // (3222 − 6343) / 6343 = −3121/6343 = −0.4920384…
    expect(changePercent(3222, 6343, 2)).toBe('-49.20');
    expect(changePercent(3222, 6343)).toBe('-49.2');
    // seed 004 "cases −49.21%": e.g. 32 against 63 = −31/63 = −0.4920634…
    expect(changePercent(32, 63, 2)).toBe('-49.21');
    // seed 004 "loss −57.30%": keeps the trailing zero
    expect(changePercent(427, 1000, 2)).toBe('-57.30');
  });

  it('signs rises with + and falls with -', () => {
    expect(changePercent(11, 10)).toBe('+10.0');
    expect(changePercent(9, 10)).toBe('-10.0');
    expect(changePercent(0, 10)).toBe('-100.0');
    expect(changePercent(20, 10)).toBe('+100.0');
    expect(changePercent(5, 3, 0)).toBe('+67');
  });

  it('is "0.0" with no sign when nothing changed or the change rounds to zero', () => {
    expect(changePercent(10, 10)).toBe('0.0');
    expect(changePercent(10, 10, 2)).toBe('0.00');
    expect(changePercent(10, 10, 0)).toBe('0');
    expect(changePercent(10001, 10000, 1)).toBe('0.0'); // +0.01% → 0.0
    expect(changePercent(9999, 10000, 1)).toBe('0.0'); // −0.01% → 0.0, not "-0.0"
  });

  it('rounds the smallest visible change half away from zero', () => {
    expect(changePercent(2001, 2000)).toBe('+0.1'); // +0.05%
    expect(changePercent(1999, 2000)).toBe('-0.1'); // −0.05%
  });

  it('is null when the previous value is 0, even if the current one is 0 too', () => {
    expect(changePercent(5, 0)).toBeNull();
    expect(changePercent(0, 0)).toBeNull();
  });
});
