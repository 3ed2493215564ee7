import { rankAmong } from './chinese-rank';

describe('rankAmong', () => {
  it('writes the first and the places of the middle by number', () => {
    expect(rankAmong(1, 120, '防区')).toBe('120个防区中排名第1位');
    expect(rankAmong(57, 120, '防区')).toBe('120个防区中排名第57位');
    expect(rankAmong(3, 12, '县（区）')).toBe('12个县（区）中排名第3位');
  });

  it('writes the last place 末位, and counts the rest of the bottom three from the end', () => {
    expect(rankAmong(120, 120, '防区')).toBe('120个防区中排名末位');
    expect(rankAmong(119, 120, '防区')).toBe('120个防区中排名第119位（倒数第2位）');
    expect(rankAmong(118, 120, '防区')).toBe('120个防区中排名第118位（倒数第3位）');
    expect(rankAmong(117, 120, '防区')).toBe('120个防区中排名第117位');
  });

  it('keeps small rankings plain: the only one ranked is first, not last', () => {
    expect(rankAmong(1, 1, '县（区）')).toBe('1个县（区）中排名第1位');
    expect(rankAmong(1, 2)).toBe('2个中排名第1位');
    expect(rankAmong(2, 2)).toBe('2个中排名末位');
    expect(rankAmong(2, 3)).toBe('3个中排名第2位（倒数第2位）');
  });

  it('writes no ASCII punctuation', () => {
    for (const rank of [1, 2, 118, 119, 120]) expect(rankAmong(rank, 120, '防区')).not.toMatch(/[,:;()]/);
  });
});
