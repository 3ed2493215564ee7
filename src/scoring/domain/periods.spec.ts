import { addDays } from '../../common/business-day';
import { refusal } from '../../common/decider.spec-helpers';
import { checkPeriod, previousRange, sameRangeLastYear } from './periods';

describe('checkPeriod', () => {
  it('returns a valid period unchanged', () => {
    const period = { from: '2026-04-01', to: '2026-04-30' };
    expect(checkPeriod(period)).toBe(period);
    expect(checkPeriod({ from: '2026-04-17', to: '2026-04-17' })).toEqual({ from: '2026-04-17', to: '2026-04-17' });
  });

  it('refuses a start that is not a calendar day, naming `from`', () => {
    const e = refusal(() => checkPeriod({ from: '2026-02-30', to: '2026-03-31' }));
    expect(e.message).toBe('日期 "2026-02-30" 有误：须为 YYYY-MM-DD 格式的日历日 / "2026-02-30" is not a calendar day (YYYY-MM-DD)');
    expect(e.field).toBe('from');
  });

  it('refuses an end that is not a calendar day, naming `to`', () => {
    const e = refusal(() => checkPeriod({ from: '2026-03-01', to: '2026/03/31' }));
    expect(e.message).toBe('日期 "2026/03/31" 有误：须为 YYYY-MM-DD 格式的日历日 / "2026/03/31" is not a calendar day (YYYY-MM-DD)');
    expect(e.field).toBe('to');
  });

  it('refuses a period ending before it starts', () => {
    const e = refusal(() => checkPeriod({ from: '2026-04-17', to: '2026-04-16' }));
    expect(e.message).toBe('结束日（2026-04-16）早于开始日（2026-04-17） / the period ends (2026-04-16) before it starts (2026-04-17)');
    expect(e.field).toBe('to');
  });

  it('accepts at most 3,660 days', () => {
    const from = '2016-01-01';
    expect(checkPeriod({ from, to: addDays(from, 3659) })).toEqual({ from, to: addDays(from, 3659) });
    const e = refusal(() => checkPeriod({ from, to: addDays(from, 3660) }));
    expect(e.message).toBe('统计期最长为十年 / a period may span at most ten years');
    expect(e.field).toBe('to');
  });
});

describe('sameRangeLastYear (同比)', () => {
  it('moves both ends back one year', () => {
    expect(sameRangeLastYear({ from: '2026-04-01', to: '2026-04-17' })).toEqual({ from: '2025-04-01', to: '2025-04-17' });
    expect(sameRangeLastYear({ from: '2026-01-01', to: '2026-12-31' })).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });

  it('ends a leap February on 28 February of the year before', () => {
    expect(sameRangeLastYear({ from: '2024-02-01', to: '2024-02-29' })).toEqual({ from: '2023-02-01', to: '2023-02-28' });
    expect(sameRangeLastYear({ from: '2024-02-29', to: '2024-02-29' })).toEqual({ from: '2023-02-28', to: '2023-02-28' });
  });
});

describe('previousRange (环比)', () => {
  it('is the same number of days immediately before', () => {
    expect(previousRange({ from: '2026-04-17', to: '2026-04-17' })).toEqual({ from: '2026-04-16', to: '2026-04-16' });
    expect(previousRange({ from: '2026-04-11', to: '2026-04-20' })).toEqual({ from: '2026-04-01', to: '2026-04-10' });
    expect(previousRange({ from: '2026-04-01', to: '2026-04-30' })).toEqual({ from: '2026-03-02', to: '2026-03-31' });
  });

  it('crosses year and leap-day boundaries', () => {
    expect(previousRange({ from: '2026-01-01', to: '2026-01-07' })).toEqual({ from: '2025-12-25', to: '2025-12-31' });
    expect(previousRange({ from: '2024-03-01', to: '2024-03-02' })).toEqual({ from: '2024-02-28', to: '2024-02-29' });
  });
});
