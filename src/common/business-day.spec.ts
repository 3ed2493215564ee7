import {
  addDays,
  businessDayOf,
  daysBetween,
  dekadOf,
  shanghaiTimeOf,
  isValidDay,
  sameDayLastYear,
  startOfBusinessDay,
} from './business-day';

describe('businessDayOf (Asia/Shanghai, UTC+8)', () => {
  it('starts the Shanghai day at 16:00 UTC of the previous UTC day', () => {
    expect(businessDayOf('2026-04-16T16:00:00Z')).toBe('2026-04-17');
    expect(businessDayOf('2026-04-16T16:00:00.000Z')).toBe('2026-04-17');
  });

  it('keeps the last millisecond before 16:00 UTC on the earlier day', () => {
    expect(businessDayOf('2026-04-16T15:59:59.999Z')).toBe('2026-04-16');
  });

  it('honours explicit offsets in the instant', () => {
    expect(businessDayOf('2026-04-17T00:00:00+08:00')).toBe('2026-04-17');
    expect(businessDayOf('2026-04-16T23:59:59.999+08:00')).toBe('2026-04-16');
    expect(businessDayOf('2026-04-16T12:00:00-05:00')).toBe('2026-04-17'); // 17:00Z = 01:00 on the 17th in Shanghai
  });

  it('accepts a Date', () => {
    expect(businessDayOf(new Date(Date.UTC(2026, 3, 16, 16, 0, 0)))).toBe('2026-04-17');
    expect(businessDayOf(new Date(Date.UTC(2026, 3, 16, 15, 59, 59, 999)))).toBe('2026-04-16');
  });

  it('crosses month and year ends in Shanghai time', () => {
    expect(businessDayOf('2025-12-31T16:00:00Z')).toBe('2026-01-01');
    expect(businessDayOf('2024-02-28T16:30:00Z')).toBe('2024-02-29');
    expect(businessDayOf('2026-04-30T16:00:00Z')).toBe('2026-05-01');
  });

  it('refuses what is not an instant', () => {
    expect(() => businessDayOf('not a time')).toThrow(RangeError);
    expect(() => businessDayOf('not a time')).toThrow('not a valid instant: not a time');
    expect(() => businessDayOf(new Date(NaN))).toThrow(RangeError);
  });
});

describe('startOfBusinessDay', () => {
  it('is 16:00 UTC of the previous day, the inverse of businessDayOf', () => {
    expect(startOfBusinessDay('2026-04-17')).toBe('2026-04-16T16:00:00.000Z');
    expect(startOfBusinessDay('2026-01-01')).toBe('2025-12-31T16:00:00.000Z');
    expect(businessDayOf(startOfBusinessDay('2026-04-17'))).toBe('2026-04-17');
    expect(businessDayOf(new Date(Date.parse(startOfBusinessDay('2026-04-17')) - 1))).toBe('2026-04-16');
  });
});

describe('isValidDay', () => {
  it.each(['2026-04-17', '2024-02-29', '2000-02-29', '2026-12-31', '2026-01-01', '2026-04-30'])('accepts %s', (day) => {
    expect(isValidDay(day)).toBe(true);
  });

  it.each([
    ['2026-02-29', 'no 29 February in a common year'],
    ['1900-02-29', 'century years are not leap unless divisible by 400'],
    ['2026-04-31', 'April has 30 days'],
    ['2026-13-01', 'no month 13'],
    ['2026-00-10', 'no month 0'],
    ['2026-04-00', 'no day 0'],
    ['2026-4-17', 'month must be two digits'],
    ['2026-04-7', 'day must be two digits'],
    ['2026/04/17', 'wrong separator'],
    ['2026-04-17T00:00:00Z', 'an instant is not a day'],
    [' 2026-04-17', 'no surrounding space'],
    ['', 'empty'],
  ])('refuses %s (%s)', (day) => {
    expect(isValidDay(day)).toBe(false);
  });
});

describe('addDays', () => {
  it('moves forwards and backwards across month, year and leap-day boundaries', () => {
    expect(addDays('2026-04-17', 1)).toBe('2026-04-18');
    expect(addDays('2026-04-30', 1)).toBe('2026-05-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2026-04-17', 0)).toBe('2026-04-17');
    expect(addDays('2026-01-01', 365)).toBe('2027-01-01');
    expect(addDays('2024-01-01', 365)).toBe('2024-12-31');
  });
});

describe('daysBetween (inclusive)', () => {
  it('counts both ends', () => {
    expect(daysBetween('2026-04-17', '2026-04-17')).toBe(1);
    expect(daysBetween('2026-04-01', '2026-04-30')).toBe(30);
    expect(daysBetween('2026-04-11', '2026-04-20')).toBe(10);
    expect(daysBetween('2024-02-01', '2024-02-29')).toBe(29);
    expect(daysBetween('2026-01-01', '2026-12-31')).toBe(365);
    expect(daysBetween('2024-01-01', '2024-12-31')).toBe(366);
  });

  it('is consistent with addDays', () => {
    expect(daysBetween('2026-04-17', addDays('2026-04-17', 99))).toBe(100);
  });

  it('is 0 or negative when the end is before the start', () => {
    expect(daysBetween('2026-04-17', '2026-04-16')).toBe(0);
    expect(daysBetween('2026-04-17', '2026-04-10')).toBe(-6);
  });
});

describe('sameDayLastYear', () => {
  it('keeps month and day', () => {
    expect(sameDayLastYear('2026-04-17')).toBe('2025-04-17');
    expect(sameDayLastYear('2026-01-01')).toBe('2025-01-01');
    expect(sameDayLastYear('2026-12-31')).toBe('2025-12-31');
    expect(sameDayLastYear('2025-02-28')).toBe('2024-02-28');
    expect(sameDayLastYear('2025-03-01')).toBe('2024-03-01');
  });

  it('maps 29 February to 28 February', () => {
    expect(sameDayLastYear('2024-02-29')).toBe('2023-02-28');
    expect(sameDayLastYear('2000-02-29')).toBe('1999-02-28');
  });
});

describe('dekadOf (旬: 1–10, 11–20, 21–end of month)', () => {
  it.each([
    ['2026-04-01', '2026-04-01', '2026-04-10', 1],
    ['2026-04-10', '2026-04-01', '2026-04-10', 1],
    ['2026-04-11', '2026-04-11', '2026-04-20', 2],
    ['2026-04-17', '2026-04-11', '2026-04-20', 2],
    ['2026-04-20', '2026-04-11', '2026-04-20', 2],
    ['2026-04-21', '2026-04-21', '2026-04-30', 3],
    ['2026-04-30', '2026-04-21', '2026-04-30', 3],
    ['2026-01-31', '2026-01-21', '2026-01-31', 3],
    ['2026-02-21', '2026-02-21', '2026-02-28', 3],
    ['2026-02-28', '2026-02-21', '2026-02-28', 3],
    ['2024-02-21', '2024-02-21', '2024-02-29', 3],
    ['2024-02-29', '2024-02-21', '2024-02-29', 3],
    ['2100-02-25', '2100-02-21', '2100-02-28', 3],
    ['2000-02-25', '2000-02-21', '2000-02-29', 3],
    ['2026-06-25', '2026-06-21', '2026-06-30', 3],
    ['2026-12-21', '2026-12-21', '2026-12-31', 3],
    ['2026-12-31', '2026-12-21', '2026-12-31', 3],
  ])('%s is in %s..%s (dekad %i)', (day, from, to, index) => {
    expect(dekadOf(day)).toEqual({ from, to, index });
  });

  it('third dekads are 8, 9, 10 or 11 days long', () => {
    const length = (day: string) => daysBetween(dekadOf(day).from, dekadOf(day).to);
    expect(length('2026-02-22')).toBe(8);
    expect(length('2024-02-22')).toBe(9);
    expect(length('2026-04-22')).toBe(10);
    expect(length('2026-05-22')).toBe(11);
  });
});

describe('shanghaiTimeOf', () => {
  it('writes an instant in Shanghai time with its offset', () => {
    expect(shanghaiTimeOf('2030-01-05T02:00:00.000Z')).toBe('2030-01-05T10:00:00+08:00');
    expect(shanghaiTimeOf(new Date('2026-04-17T16:30:00Z'))).toBe('2026-04-18T00:30:00+08:00');
    expect(shanghaiTimeOf('2026-04-17T01:00:00.125Z')).toBe('2026-04-17T09:00:00.125+08:00');
  });
});
