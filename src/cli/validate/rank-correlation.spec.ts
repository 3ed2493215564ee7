import { spearman } from './rank-correlation';

describe('spearman', () => {
  it('is 1 for any increasing relation and −1 for a decreasing one', () => {
    expect(spearman([1, 2, 3, 4], [10, 20, 35, 1000])).toBeCloseTo(1);
    expect(spearman([1, 2, 3, 4], [9, 7, 3, -5])).toBeCloseTo(-1);
  });

  it('gives ties the mean of their ranks', () => {
    // ranks x: 1, 2.5, 2.5, 4; y: 1, 2, 3, 4
    expect(spearman([1, 2, 2, 3], [1, 2, 3, 4])).toBeCloseTo(0.9487, 4);
  });

  it('refuses series of different lengths', () => {
    expect(() => spearman([1], [1, 2])).toThrow(/one length/);
  });
});
