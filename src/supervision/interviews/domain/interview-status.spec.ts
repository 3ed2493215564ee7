import { interviewStatusOn, requirementOverdue } from './interview-status';

describe('interview status as read', () => {
  it("reads a held interview OVERDUE from the day after an unchecked requirement's deadline", () => {
    expect(interviewStatusOn('HELD', '2026-04-10', '2026-04-10')).toBe('HELD');
    expect(interviewStatusOn('HELD', '2026-04-10', '2026-04-11')).toBe('OVERDUE');
    expect(interviewStatusOn('HELD', null, '2030-01-01')).toBe('HELD');
  });

  it('never reads a finished or not yet held interview as overdue', () => {
    for (const status of ['ORDERED', 'SCHEDULED', 'CANCELLED', 'FOLLOWED_UP', 'CLOSED'] as const) {
      expect(interviewStatusOn(status, '2026-04-10', '2030-01-01')).toBe(status);
    }
  });

  it('calls a requirement overdue only when it was never checked', () => {
    expect(requirementOverdue('2026-04-10', false, '2026-04-11')).toBe(true);
    expect(requirementOverdue('2026-04-10', true, '2026-04-11')).toBe(false);
  });
});
