import { normalCdf } from './normal';

describe('normalCdf', () => {
  it('matches the standard normal table to six decimals', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 6);
    expect(normalCdf(1.2816)).toBeCloseTo(0.9, 4);
    expect(normalCdf(1.96)).toBeCloseTo(0.975002, 6);
    expect(normalCdf(-1.96)).toBeCloseTo(0.024998, 6);
    expect(normalCdf(-4)).toBeCloseTo(0.0000317, 6);
  });
});
