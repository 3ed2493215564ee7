import { refusal } from '../../common/decider.spec-helpers';
import { PeriodRequest, ResolvedPeriod, labelOf, resolvePeriod } from './resolve-period';

/** A "today" late enough that no period of 2026 or earlier is partial. */
const END_OF_2026 = '2026-12-31';

const range = (from: string, to: string) => ({ from, to });
/**
 * resolvePeriod with the comparison periods reduced to their dates: a DEKAD's previous period
 * comes straight from dekadOf and also carries the dekad's `index`, which is no part of a Period.
 */
const resolve = (request: PeriodRequest, today = END_OF_2026): ResolvedPeriod => {
  const period = resolvePeriod(request, today);
  return {
    ...period,
    previous: range(period.previous.from, period.previous.to),
    lastYear: range(period.lastYear.from, period.lastYear.to),
  };
};

describe('resolvePeriod', () => {
  describe('DAY', () => {
    it('given a past day, resolves that day, the day before and the same day last year', () => {
      // when
      const period = resolve({ kind: 'DAY', day: '2026-04-15' }, '2026-04-17');
      // then
      expect(period).toEqual({
        kind: 'DAY',
        from: '2026-04-15',
        to: '2026-04-15',
        label: '2026年4月15日',
        partial: false,
        previous: range('2026-04-14', '2026-04-14'),
        lastYear: range('2025-04-15', '2025-04-15'),
        periodOnPeriod: true,
      });
    });

    it('given no day, resolves today', () => {
      const period = resolve({ kind: 'DAY' }, '2026-04-17');
      expect(period).toMatchObject({
        from: '2026-04-17',
        to: '2026-04-17',
        label: '2026年4月17日',
        partial: false,
        previous: range('2026-04-16', '2026-04-16'),
      });
    });

    it('given 1 January, the previous day is 31 December of the year before', () => {
      const period = resolve({ kind: 'DAY', day: '2026-01-01' });
      expect(period.previous).toEqual(range('2025-12-31', '2025-12-31'));
      expect(period.label).toBe('2026年1月1日');
    });

    it('given 1 March of a leap year, the previous day is 29 February', () => {
      expect(resolve({ kind: 'DAY', day: '2024-03-01' }).previous).toEqual(range('2024-02-29', '2024-02-29'));
      expect(resolve({ kind: 'DAY', day: '2026-03-01' }).previous).toEqual(range('2026-02-28', '2026-02-28'));
    });

    it('given 29 February, compares with 28 February of the year before (同比)', () => {
      const period = resolve({ kind: 'DAY', day: '2024-02-29' });
      expect(period.lastYear).toEqual(range('2023-02-28', '2023-02-28'));
      expect(period.previous).toEqual(range('2024-02-28', '2024-02-28'));
      expect(period.label).toBe('2024年2月29日');
    });
  });

  describe('DEKAD (旬)', () => {
    it("given a day of the 上旬, resolves days 1–10 with the previous month's 下旬 as previous", () => {
      const period = resolve({ kind: 'DEKAD', day: '2026-04-05' });
      expect(period).toEqual({
        kind: 'DEKAD',
        from: '2026-04-01',
        to: '2026-04-10',
        label: '2026年4月上旬',
        partial: false,
        previous: range('2026-03-21', '2026-03-31'),
        lastYear: range('2025-04-01', '2025-04-10'),
        periodOnPeriod: true,
      });
    });

    it("given a day of the 中旬, resolves days 11–20 with the same month's 上旬 as previous", () => {
      const period = resolve({ kind: 'DEKAD', day: '2026-04-15' });
      expect(period).toMatchObject({
        from: '2026-04-11',
        to: '2026-04-20',
        label: '2026年4月中旬',
        previous: range('2026-04-01', '2026-04-10'),
      });
    });

    it.each([
      ['2026-01-25', '2026-01-31', '2026年1月下旬'],
      ['2026-04-21', '2026-04-30', '2026年4月下旬'],
      ['2026-02-28', '2026-02-28', '2026年2月下旬'],
      ['2024-02-21', '2024-02-29', '2024年2月下旬'],
      ['2026-12-31', '2026-12-31', '2026年12月下旬'],
    ])('given %s, the 下旬 runs from day 21 to the month end %s', (day, monthEnd, label) => {
      const period = resolve({ kind: 'DEKAD', day });
      expect(period.from).toBe(`${day.slice(0, 8)}21`);
      expect(period.to).toBe(monthEnd);
      expect(period.label).toBe(label);
      expect(period.previous).toEqual(range(`${day.slice(0, 8)}11`, `${day.slice(0, 8)}20`));
    });

    it.each([
      ['2026-04-01', '2026-04-01', '2026-04-10'],
      ['2026-04-10', '2026-04-01', '2026-04-10'],
      ['2026-04-11', '2026-04-11', '2026-04-20'],
      ['2026-04-20', '2026-04-11', '2026-04-20'],
      ['2026-04-21', '2026-04-21', '2026-04-30'],
      ['2026-04-30', '2026-04-21', '2026-04-30'],
    ])('given day %s, the dekad is %s to %s (boundaries 10/11 and 20/21)', (day, from, to) => {
      expect(resolve({ kind: 'DEKAD', day })).toMatchObject({ from, to });
    });

    it('given the 上旬 of March, the previous 下旬 has 8 days (28 days) or 9 days (leap year), whole and not clipped to 10', () => {
      expect(resolve({ kind: 'DEKAD', day: '2026-03-03' }).previous).toEqual(range('2026-02-21', '2026-02-28'));
      expect(resolve({ kind: 'DEKAD', day: '2024-03-03' }).previous).toEqual(range('2024-02-21', '2024-02-29'));
    });

    it('given the 上旬 of January, the previous dekad is the 下旬 of December of the year before', () => {
      const period = resolve({ kind: 'DEKAD', day: '2026-01-02' });
      expect(period.previous).toEqual(range('2025-12-21', '2025-12-31'));
      expect(period.lastYear).toEqual(range('2025-01-01', '2025-01-10'));
      expect(period.label).toBe('2026年1月上旬');
    });

    it('given the 下旬 of February of a leap year, compares with the 下旬 of February a year earlier', () => {
      expect(resolve({ kind: 'DEKAD', day: '2024-02-25' }).lastYear).toEqual(range('2023-02-21', '2023-02-28'));
    });

    // Suspected bug: 同比 maps dates one by one, so the 下旬 of February 2025 is compared with
    // 21–28 February 2024 and leaves out 29 February 2024, which belongs to that dekad.
    it('given the 下旬 of February after a leap year, compares with the whole 下旬 of February of the leap year (21–29)', () => {
      expect(resolve({ kind: 'DEKAD', day: '2025-02-25' }).lastYear).toEqual(range('2024-02-21', '2024-02-29'));
    });
  });

  describe('MONTH', () => {
    it('given a day of April, resolves April with the whole of March as previous', () => {
      const period = resolve({ kind: 'MONTH', day: '2026-04-17' });
      expect(period).toEqual({
        kind: 'MONTH',
        from: '2026-04-01',
        to: '2026-04-30',
        label: '2026年4月',
        partial: false,
        previous: range('2026-03-01', '2026-03-31'),
        lastYear: range('2025-04-01', '2025-04-30'),
        periodOnPeriod: true,
      });
    });

    it.each([
      ['2026-01-15', '2026-01-31', '2025-12-01', '2025-12-31'],
      ['2026-02-15', '2026-02-28', '2026-01-01', '2026-01-31'],
      ['2024-02-15', '2024-02-29', '2024-01-01', '2024-01-31'],
      ['2026-03-15', '2026-03-31', '2026-02-01', '2026-02-28'],
      ['2024-03-15', '2024-03-31', '2024-02-01', '2024-02-29'],
      ['2026-06-15', '2026-06-30', '2026-05-01', '2026-05-31'],
      ['2026-12-15', '2026-12-31', '2026-11-01', '2026-11-30'],
    ])(
      'given %s, the month ends on %s and the previous month is %s to %s, whatever the lengths',
      (day, monthEnd, previousFrom, previousTo) => {
        const period = resolve({ kind: 'MONTH', day });
        expect(period.from).toBe(`${day.slice(0, 8)}01`);
        expect(period.to).toBe(monthEnd);
        expect(period.partial).toBe(false);
        expect(period.previous).toEqual(range(previousFrom, previousTo));
      },
    );

    it('given February of a leap year, compares with February of the year before (28 days)', () => {
      const period = resolve({ kind: 'MONTH', day: '2024-02-29' });
      expect(period.label).toBe('2024年2月');
      expect(period.lastYear).toEqual(range('2023-02-01', '2023-02-28'));
    });

    // Suspected bug: 同比 maps dates one by one, so February 2025 is compared with 1–28 February
    // 2024 and leaves out 29 February 2024 (a quarter keeps it: Q1 2025 compares with all of Q1 2024).
    it('given February after a leap year, compares with the whole of February of the leap year (1–29)', () => {
      expect(resolve({ kind: 'MONTH', day: '2025-02-10' }).lastYear).toEqual(range('2024-02-01', '2024-02-29'));
    });
  });

  describe('QUARTER', () => {
    it('given a day of May, resolves the second quarter with the first quarter as previous', () => {
      const period = resolve({ kind: 'QUARTER', day: '2026-05-10' });
      expect(period).toEqual({
        kind: 'QUARTER',
        from: '2026-04-01',
        to: '2026-06-30',
        label: '2026年第二季度',
        partial: false,
        previous: range('2026-01-01', '2026-03-31'),
        lastYear: range('2025-04-01', '2025-06-30'),
        periodOnPeriod: true,
      });
    });

    it.each([
      ['2026-01-01', '2026-01-01', '2026-03-31', '第一季度'],
      ['2026-02-14', '2026-01-01', '2026-03-31', '第一季度'],
      ['2026-03-31', '2026-01-01', '2026-03-31', '第一季度'],
      ['2026-04-01', '2026-04-01', '2026-06-30', '第二季度'],
      ['2026-06-30', '2026-04-01', '2026-06-30', '第二季度'],
      ['2026-07-01', '2026-07-01', '2026-09-30', '第三季度'],
      ['2026-09-30', '2026-07-01', '2026-09-30', '第三季度'],
      ['2026-10-01', '2026-10-01', '2026-12-31', '第四季度'],
      ['2026-12-31', '2026-10-01', '2026-12-31', '第四季度'],
    ])('given %s, the quarter is %s to %s (%s)', (day, from, to, name) => {
      expect(resolve({ kind: 'QUARTER', day })).toMatchObject({ from, to, label: `2026年${name}` });
    });

    it('given the first quarter, the previous quarter is the fourth of the year before', () => {
      expect(resolve({ kind: 'QUARTER', day: '2026-02-14' }).previous).toEqual(range('2025-10-01', '2025-12-31'));
    });

    it('given the first quarter after a leap year, compares with the whole first quarter of the leap year', () => {
      expect(resolve({ kind: 'QUARTER', day: '2025-02-14' }).lastYear).toEqual(range('2024-01-01', '2024-03-31'));
    });
  });

  describe('YEAR', () => {
    it('given a day of 2025, resolves 2025 with 2024 as both previous and last year', () => {
      const period = resolve({ kind: 'YEAR', day: '2025-06-01' });
      expect(period).toEqual({
        kind: 'YEAR',
        from: '2025-01-01',
        to: '2025-12-31',
        label: '2025年',
        partial: false,
        previous: range('2024-01-01', '2024-12-31'),
        lastYear: range('2024-01-01', '2024-12-31'),
        periodOnPeriod: true,
      });
    });
  });

  describe('YEAR_TO_DATE (累计)', () => {
    it('given today, runs from 1 January to today; the previous is the running total as it stood yesterday', () => {
      const period = resolve({ kind: 'YEAR_TO_DATE' }, '2026-04-17');
      expect(period).toEqual({
        kind: 'YEAR_TO_DATE',
        from: '2026-01-01',
        to: '2026-04-17',
        label: '2026年1月1日至4月17日',
        partial: false,
        previous: range('2026-01-01', '2026-04-16'),
        lastYear: range('2025-01-01', '2025-04-17'),
        periodOnPeriod: false,
      });
    });

    it('given a past last day, runs to that day and compares with the day before', () => {
      const period = resolve({ kind: 'YEAR_TO_DATE', day: '2026-03-31' }, '2026-04-17');
      expect(period).toMatchObject({
        from: '2026-01-01',
        to: '2026-03-31',
        label: '2026年1月1日至3月31日',
        partial: false,
        previous: range('2026-01-01', '2026-03-30'),
      });
    });

    it('given 1 January, the previous running total is the whole of last year', () => {
      const period = resolve({ kind: 'YEAR_TO_DATE' }, '2026-01-01');
      expect(period).toEqual({
        kind: 'YEAR_TO_DATE',
        from: '2026-01-01',
        to: '2026-01-01',
        label: '2026年1月1日',
        partial: false,
        previous: range('2025-01-01', '2025-12-31'),
        lastYear: range('2025-01-01', '2025-01-01'),
        periodOnPeriod: false,
      });
    });

    it('given 29 February, compares with 1 January to 28 February of the year before', () => {
      const period = resolve({ kind: 'YEAR_TO_DATE', day: '2024-02-29' });
      expect(period.lastYear).toEqual(range('2023-01-01', '2023-02-28'));
      expect(period.previous).toEqual(range('2024-01-01', '2024-02-28'));
      expect(period.label).toBe('2024年1月1日至2月29日');
    });

    // Bug: previousOf(YEAR_TO_DATE) ends the day before the *requested* day (2026-12-30); the
    // partial-period clip then cuts it to as many days as the current period, so it ends today too
    // and "previous" equals the current period. It should be the running total up to yesterday.
    it('given a last day after today, stops at today and the previous running total ends yesterday', () => {
      const period = resolve({ kind: 'YEAR_TO_DATE', day: '2026-12-31' }, '2026-04-17');
      expect(period.from).toBe('2026-01-01');
      expect(period.to).toBe('2026-04-17');
      expect(period.partial).toBe(true);
      expect(period.label).toBe('2026年1月1日至4月17日');
      expect(period.previous).toEqual(range('2026-01-01', '2026-04-16'));
    });
  });

  describe('RANGE (自定义)', () => {
    it('given from and to, the previous period is as many days immediately before', () => {
      const period = resolve({ kind: 'RANGE', from: '2026-04-01', to: '2026-04-10' }, '2026-04-17');
      expect(period).toEqual({
        kind: 'RANGE',
        from: '2026-04-01',
        to: '2026-04-10',
        label: '2026年4月1日至2026年4月10日',
        partial: false,
        previous: range('2026-03-22', '2026-03-31'),
        lastYear: range('2025-04-01', '2025-04-10'),
        periodOnPeriod: true,
      });
    });

    it('given a single day, labels it as a day and compares with the day before', () => {
      const period = resolve({ kind: 'RANGE', from: '2026-04-17', to: '2026-04-17' }, '2026-04-17');
      expect(period).toMatchObject({
        label: '2026年4月17日',
        partial: false,
        previous: range('2026-04-16', '2026-04-16'),
        lastYear: range('2025-04-17', '2025-04-17'),
      });
    });

    it('given a range across New Year, labels both years and goes back as many days (12)', () => {
      const period = resolve({ kind: 'RANGE', from: '2025-12-25', to: '2026-01-05' }, '2026-04-17');
      expect(period.label).toBe('2025年12月25日至2026年1月5日');
      expect(period.previous).toEqual(range('2025-12-13', '2025-12-24'));
      expect(period.lastYear).toEqual(range('2024-12-25', '2025-01-05'));
    });

    it('ignores `day`', () => {
      const period = resolve({ kind: 'RANGE', day: '2026-01-01', from: '2026-04-01', to: '2026-04-10' }, '2026-04-17');
      expect(period).toMatchObject({ from: '2026-04-01', to: '2026-04-10' });
    });
  });

  describe('partial periods (running past today)', () => {
    it('given April with today the 17th, stops at today and compares with 1–17 March', () => {
      const period = resolve({ kind: 'MONTH', day: '2026-04-03' }, '2026-04-17');
      expect(period).toEqual({
        kind: 'MONTH',
        from: '2026-04-01',
        to: '2026-04-17',
        label: '2026年4月',
        partial: true,
        previous: range('2026-03-01', '2026-03-17'),
        lastYear: range('2025-04-01', '2025-04-17'),
        periodOnPeriod: true,
      });
    });

    it('given the default day (today) for a month, the month is partial until its last day', () => {
      expect(resolve({ kind: 'MONTH' }, '2026-04-29')).toMatchObject({
        to: '2026-04-29',
        partial: true,
        previous: range('2026-03-01', '2026-03-29'),
      });
      expect(resolve({ kind: 'MONTH' }, '2026-04-30')).toMatchObject({
        to: '2026-04-30',
        partial: false,
        previous: range('2026-03-01', '2026-03-31'),
      });
    });

    it('given 30 days of March, the previous (February) is not longer than February', () => {
      expect(resolve({ kind: 'MONTH' }, '2026-03-30').previous).toEqual(range('2026-02-01', '2026-02-28'));
      expect(resolve({ kind: 'MONTH' }, '2024-03-30').previous).toEqual(range('2024-02-01', '2024-02-29'));
      expect(resolve({ kind: 'MONTH' }, '2026-03-28').previous).toEqual(range('2026-02-01', '2026-02-28'));
      expect(resolve({ kind: 'MONTH' }, '2026-03-27').previous).toEqual(range('2026-02-01', '2026-02-27'));
    });

    it('given the 下旬 with today the 25th, compares with the first 5 days of the 中旬', () => {
      const period = resolve({ kind: 'DEKAD' }, '2026-03-25');
      expect(period).toMatchObject({
        from: '2026-03-21',
        to: '2026-03-25',
        label: '2026年3月下旬',
        partial: true,
        previous: range('2026-03-11', '2026-03-15'),
        lastYear: range('2025-03-21', '2025-03-25'),
      });
    });

    it('given a day of a dekad after today but the dekad already begun, stops at today', () => {
      expect(resolve({ kind: 'DEKAD', day: '2026-04-19' }, '2026-04-17')).toMatchObject({
        from: '2026-04-11',
        to: '2026-04-17',
        partial: true,
        previous: range('2026-04-01', '2026-04-07'),
      });
    });

    it('given the 上旬 of March with 9 days gone, the previous 下旬 of February stays within February', () => {
      expect(resolve({ kind: 'DEKAD' }, '2026-03-09').previous).toEqual(range('2026-02-21', '2026-02-28'));
      expect(resolve({ kind: 'DEKAD' }, '2026-03-07').previous).toEqual(range('2026-02-21', '2026-02-27'));
    });

    it('given 40 days of the second quarter, compares with the first 40 days of the first', () => {
      const period = resolve({ kind: 'QUARTER' }, '2026-05-10');
      expect(period).toMatchObject({
        from: '2026-04-01',
        to: '2026-05-10',
        label: '2026年第二季度',
        partial: true,
        previous: range('2026-01-01', '2026-02-09'),
        lastYear: range('2025-04-01', '2025-05-10'),
      });
    });

    it('given the year so far, compares with the same days of last year', () => {
      const period = resolve({ kind: 'YEAR' }, '2026-04-17');
      expect(period).toEqual({
        kind: 'YEAR',
        from: '2026-01-01',
        to: '2026-04-17',
        label: '2026年',
        partial: true,
        previous: range('2025-01-01', '2025-04-17'),
        lastYear: range('2025-01-01', '2025-04-17'),
        periodOnPeriod: true,
      });
    });

    it('given a partial leap year, the previous year and 同比 are the same 61 days', () => {
      // 1 January – 1 March 2024 is 61 days; 2023 has no 29 February, so they end on 2 March.
      const period = resolve({ kind: 'YEAR' }, '2024-03-01');
      expect(period.previous).toEqual(range('2023-01-01', '2023-03-02'));
      expect(period.lastYear).toEqual(range('2023-01-01', '2023-03-02'));
    });

    it('given a range running past today, stops at today and compares with as many days just before', () => {
      // 10–17 April (8 days) against 2–9 April.
      const period = resolve({ kind: 'RANGE', from: '2026-04-10', to: '2026-04-30' }, '2026-04-17');
      expect(period).toEqual({
        kind: 'RANGE',
        from: '2026-04-10',
        to: '2026-04-17',
        label: '2026年4月10日至2026年4月17日',
        partial: true,
        previous: range('2026-04-02', '2026-04-09'),
        lastYear: range('2025-04-10', '2025-04-17'),
        periodOnPeriod: true,
      });
    });
  });

  describe('periodOnPeriod (环比)', () => {
    it.each([
      ['DAY', true],
      ['DEKAD', true],
      ['MONTH', true],
      ['QUARTER', true],
      ['YEAR', true],
      ['YEAR_TO_DATE', false],
      ['RANGE', true],
    ] as const)('is %s → %s', (kind, expected) => {
      expect(resolve({ kind, day: '2026-04-17', from: '2026-04-01', to: '2026-04-10' }).periodOnPeriod).toBe(expected);
    });
  });

  describe('refusals', () => {
    it.each(['2026-02-30', '2026/04/17', '2026-4-17', ''])('refuses day "%s", naming period.day', (day) => {
      const e = refusal(() => resolvePeriod({ kind: 'MONTH', day }, '2026-04-17'));
      expect(e.message).toBe(`日期 "${day}" 有误：须为 YYYY-MM-DD 格式的日历日 / "${day}" is not a calendar day (YYYY-MM-DD)`);
      expect(e.field).toBe('period.day');
    });

    it('refuses a RANGE without `from`, naming period.from', () => {
      const e = refusal(() => resolvePeriod({ kind: 'RANGE', to: '2026-04-10' }, '2026-04-17'));
      expect(e.message).toBe('自定义时段（RANGE）须同时填写 from 和 to / a RANGE needs both `from` and `to`');
      expect(e.field).toBe('period.from');
    });

    it('refuses a RANGE without `to`, naming period.to', () => {
      const e = refusal(() => resolvePeriod({ kind: 'RANGE', from: '2026-04-01' }, '2026-04-17'));
      expect(e.message).toBe('自定义时段（RANGE）须同时填写 from 和 to / a RANGE needs both `from` and `to`');
      expect(e.field).toBe('period.to');
    });

    it('refuses a RANGE with neither, naming period.from', () => {
      expect(refusal(() => resolvePeriod({ kind: 'RANGE' }, '2026-04-17')).field).toBe('period.from');
    });

    // Inconsistent field names: checkPeriod's refusals name `from`/`to`, while every other refusal
    // of resolvePeriod names the input path (period.day, period.from, period.to, period).
    it('refuses a RANGE ending before it starts, naming period.to', () => {
      const e = refusal(() => resolvePeriod({ kind: 'RANGE', from: '2026-04-10', to: '2026-04-01' }, '2026-04-17'));
      expect(e.message).toBe('结束日（2026-04-01）早于开始日（2026-04-10） / the period ends (2026-04-01) before it starts (2026-04-10)');
      expect(e.field).toBe('period.to');
    });

    it.each([
      [{ kind: 'DAY', day: '2026-04-18' }, '2026-04-18'],
      [{ kind: 'DEKAD', day: '2026-04-21' }, '2026-04-21'],
      [{ kind: 'MONTH', day: '2026-05-01' }, '2026-05-01'],
      [{ kind: 'QUARTER', day: '2026-07-15' }, '2026-07-01'],
      [{ kind: 'YEAR', day: '2027-03-01' }, '2027-01-01'],
      [{ kind: 'YEAR_TO_DATE', day: '2027-01-05' }, '2027-01-01'],
      [{ kind: 'RANGE', from: '2026-04-18', to: '2026-04-20' }, '2026-04-18'],
    ] as Array<[PeriodRequest, string]>)('refuses %o, which starts after today, naming period', (request, start) => {
      const e = refusal(() => resolvePeriod(request, '2026-04-17'));
      expect(e.message).toBe(`统计期的开始日（${start}）晚于今天（2026-04-17） / the period starts (${start}) after today (2026-04-17)`);
      expect(e.field).toBe('period');
    });

    it('accepts a period that starts today', () => {
      expect(resolvePeriod({ kind: 'MONTH' }, '2026-05-01')).toMatchObject({
        from: '2026-05-01',
        to: '2026-05-01',
        partial: true,
        previous: range('2026-04-01', '2026-04-01'),
      });
    });
  });
});

describe('labelOf', () => {
  it('prints every kind as bulletins do, without leading zeros', () => {
    expect(labelOf('DAY', range('2026-04-07', '2026-04-07'))).toBe('2026年4月7日');
    expect(labelOf('DEKAD', range('2026-04-11', '2026-04-20'))).toBe('2026年4月中旬');
    expect(labelOf('DEKAD', range('2026-11-21', '2026-11-30'))).toBe('2026年11月下旬');
    expect(labelOf('MONTH', range('2026-09-01', '2026-09-30'))).toBe('2026年9月');
    expect(labelOf('QUARTER', range('2026-10-01', '2026-12-31'))).toBe('2026年第四季度');
    expect(labelOf('YEAR', range('2026-01-01', '2026-12-31'))).toBe('2026年');
    expect(labelOf('YEAR_TO_DATE', range('2026-01-01', '2026-10-09'))).toBe('2026年1月1日至10月9日');
    expect(labelOf('RANGE', range('2026-04-01', '2026-04-10'))).toBe('2026年4月1日至2026年4月10日');
    expect(labelOf('RANGE', range('2026-04-01', '2026-04-01'))).toBe('2026年4月1日');
  });
});
