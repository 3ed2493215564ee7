import { probabilityBelow, probabilityRose } from './count-evidence';

describe('probabilityRose', () => {
  it('is far from sure of 3 cases against 2', () => {
    // Beta(4, 3): P(share > ½) = 1 − P(Bin(6, ½) ≥ 4) = 1 − 22/64
    expect(probabilityRose(3, 2)).toBeCloseTo(42 / 64, 10);
  });

  it('is sure of 12 against 3, and knows a fall or a tie is no rise', () => {
    expect(probabilityRose(12, 3)).toBeGreaterThan(0.98);
    expect(probabilityRose(3, 9)).toBeLessThan(0.05);
    expect(probabilityRose(4, 4)).toBeCloseTo(0.5, 10);
  });

  it('reads 3 against none as likely but 1 against none as not', () => {
    expect(probabilityRose(3, 0)).toBeCloseTo(1 - 1 / 16, 10);
    expect(probabilityRose(1, 0)).toBeCloseTo(0.75, 10);
  });
});

describe('probabilityBelow', () => {
  it('is sure that 80 of 100 is under 90%, and not that 9 of 10 or 4 of 5 is', () => {
    expect(probabilityBelow(80, 100, 0.9)).toBeGreaterThan(0.99);
    expect(probabilityBelow(9, 10, 0.9)).toBeLessThan(0.9);
    expect(probabilityBelow(4, 5, 0.9)).toBeLessThan(0.9);
  });

  it('handles thousands of trials and the ends of the scale', () => {
    expect(probabilityBelow(1_780, 2_000, 0.9)).toBeGreaterThan(0.9);
    expect(probabilityBelow(1_820, 2_000, 0.9)).toBeLessThan(0.1);
    expect(probabilityBelow(0, 0, 0.9)).toBeCloseTo(0.9, 10);
    expect(probabilityBelow(5, 5, 0.9)).toBeCloseTo(0.9 ** 6, 10);
  });
});
