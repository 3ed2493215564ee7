import { chineseNumber } from './chinese-text';

describe('chinese text', () => {
  it('writes the ordinals of 一、二、三、', () => {
    expect([1, 2, 9, 10, 11, 20, 21, 99].map(chineseNumber)).toEqual(['一', '二', '九', '十', '十一', '二十', '二十一', '九十九']);
    expect(() => chineseNumber(0)).toThrow('chineseNumber takes 1 to 99, got 0');
  });
});
