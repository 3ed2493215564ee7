import { judgeFactTime } from './fact-time';

const NOW = new Date('2026-12-06T02:00:00.000Z');
const LIMITS = { clockSkewSeconds: 300, lateEntryDays: 30 };

describe('the time of a fact being recorded', () => {
  it('takes a fact of today, of a month ago, and one a few minutes ahead of our clock', () => {
    expect(judgeFactTime('2026-12-06T09:30:00+08:00', NOW, LIMITS)).toEqual({});
    expect(judgeFactTime('2026-11-06T02:00:00.000Z', NOW, LIMITS)).toEqual({});
    expect(judgeFactTime('2026-12-06T02:04:59.000Z', NOW, LIMITS)).toEqual({});
  });

  it('refuses a fact dated after now, naming the field', () => {
    expect(judgeFactTime('2030-01-05T02:00:00.000Z', NOW, LIMITS)).toEqual({
      field: 'occurredAt',
      problem:
        '发生时间 2030-01-05T10:00:00+08:00 晚于当前时间，事实不能预先记录 / occurredAt 2030-01-05T10:00:00+08:00 is later than now: a fact cannot be recorded before it happens',
    });
    expect(judgeFactTime('2026-12-06T02:05:01.000Z', NOW, LIMITS)).toMatchObject({ field: 'occurredAt' });
  });

  it('takes a fact long past only with a reason, and marks it a late entry with the days', () => {
    expect(judgeFactTime('1999-01-05T10:00:00+08:00', NOW, LIMITS)).toEqual({
      field: 'lateReason',
      problem:
        '该事实发生于 10197 天前，超过 30 天的补录须说明原因（lateReason） / the fact happened 10197 days ago, more than 30: a late entry needs lateReason',
    });
    expect(judgeFactTime('2026-11-05T02:00:00.000Z', NOW, LIMITS, '系统故障期间未能录入')).toEqual({
      lateEntry: { reason: '系统故障期间未能录入', daysLate: 31 },
    });
  });
});
