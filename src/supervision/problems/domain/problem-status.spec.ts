import { refusal } from '../../../common/decider.spec-helpers';
import { checkMonth } from './problem-month';
import { isOverdue, problemStatus } from './problem-status';

describe('problem status', () => {
  it('shows the stage while the deadline holds, the deadline day included', () => {
    expect(problemStatus('RECTIFYING', '2026-05-31', '2026-05-31')).toEqual({
      status: 'RECTIFYING',
      statusLabel: '整改中',
      overdue: false,
    });
  });

  it('shows OVERDUE, with the stage in the label, once the deadline has passed on an unfinished problem', () => {
    expect(problemStatus('RAISED', '2026-05-31', '2026-06-01')).toEqual({
      status: 'OVERDUE',
      statusLabel: '逾期（待整改）',
      overdue: true,
    });
    expect(problemStatus('RECTIFYING', '2026-05-31', '2026-06-01')).toEqual({
      status: 'OVERDUE',
      statusLabel: '逾期（整改中）',
      overdue: true,
    });
  });

  it('never shows a rectified or verified problem overdue', () => {
    expect(problemStatus('RECTIFIED', '2026-05-31', '2027-01-01')).toEqual({
      status: 'RECTIFIED',
      statusLabel: '已整改待核验',
      overdue: false,
    });
    expect(isOverdue('VERIFIED', '2026-05-31', '2027-01-01')).toBe(false);
  });
});

describe('checkMonth', () => {
  it('gives the first day of a month begun by today', () => {
    expect(checkMonth('2026-05', '2026-05-01')).toBe('2026-05-01');
    expect(checkMonth('2025-12', '2026-05-01')).toBe('2025-12-01');
  });

  it.each([
    ['2026-13', 'is not a month'],
    ['26-05', 'is not a month'],
    ['2026-06', 'the month 2026-06 has not begun (today is 2026-05-31)'],
  ])('refuses %s', (month, message) => {
    const error = refusal(() => checkMonth(month, '2026-05-31'));
    expect(error).toMatchObject({ field: 'month' });
    expect(error.message).toContain(message);
  });
});
