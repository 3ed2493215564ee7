import { chanceText } from './chance-text';

describe('a chance as staff read it', () => {
  it('writes a small one with a power of ten in superscript, a larger one as a percentage', () => {
    expect(chanceText(6.9e-6)).toBe('6.9×10⁻⁶');
    expect(chanceText(0.00042)).toBe('4.2×10⁻⁴');
    expect(chanceText(0.125)).toBe('12.5%');
  });
});
