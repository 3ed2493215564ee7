import { chineseDate, chineseMonthDay } from './chinese-date';

describe('days as officers write them', () => {
  it('writes a day as a 成文日期, without leading zeros', () => {
    expect(chineseDate('2026-04-01')).toBe('2026年4月1日');
    expect(chineseDate('2026-12-31')).toBe('2026年12月31日');
  });

  it('writes a day within the year as month and date', () => {
    expect(chineseMonthDay('2026-04-07')).toBe('4月7日');
    expect(chineseMonthDay('2026-10-20')).toBe('10月20日');
  });
});
