import { formatWanYuan } from './wan-yuan';

describe('formatWanYuan', () => {
  it.each([
    [0, '0'],
    [1, '0.000001'],
    [100, '0.0001'],
    [1_000_000, '1'],
    [12_345_600, '12.3456'],
    [12_345_678, '12.345678'],
    [5_000_000_000, '5000'],
    [123_456_789_012_34, '12345678.901234'],
  ])('%d fen is %s 万元', (fen, text) => {
    expect(formatWanYuan(fen)).toBe(text);
  });

  it('keeps the sign of a negative amount (a correction)', () => {
    expect(formatWanYuan(-250_000)).toBe('-0.25');
  });

  it('refuses what is not a whole number of fen', () => {
    expect(() => formatWanYuan(1.5)).toThrow('not an integer amount of fen: 1.5');
  });
});
