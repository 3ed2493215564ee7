import { pointsChange } from './ratio-points';

describe('pointsChange', () => {
  it('gives the change of a rate in percentage points, signed, to one decimal', () => {
    expect(pointsChange({ numerator: 4, denominator: 5 }, { numerator: 1, denominator: 2 })).toBe('+30.0');
    expect(pointsChange({ numerator: 1, denominator: 3 }, { numerator: 2, denominator: 3 })).toBe('-33.3');
    expect(pointsChange({ numerator: 2, denominator: 4 }, { numerator: 1, denominator: 2 })).toBe('0.0');
  });

  it('says nothing when either rate has no denominator', () => {
    expect(pointsChange({ numerator: 0, denominator: 0 }, { numerator: 1, denominator: 2 })).toBeNull();
    expect(pointsChange({ numerator: 1, denominator: 2 }, { numerator: 0, denominator: 0 })).toBeNull();
  });
});
