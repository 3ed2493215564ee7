import { listingOverdue, listingStatusOn } from './listing-status';

describe('listing status as read', () => {
  it('reads a listed or extended listing OVERDUE from the day after its deadline', () => {
    expect(listingStatusOn('LISTED', '2026-03-31', '2026-03-31')).toBe('LISTED');
    expect(listingStatusOn('LISTED', '2026-03-31', '2026-04-01')).toBe('OVERDUE');
    expect(listingStatusOn('EXTENDED', '2026-04-30', '2026-05-01')).toBe('OVERDUE');
  });

  it('keeps ESCALATED past the deadline but flags it overdue; a delisted listing is never overdue', () => {
    expect(listingStatusOn('ESCALATED', '2026-03-31', '2026-04-05')).toBe('ESCALATED');
    expect(listingOverdue('ESCALATED', '2026-03-31', '2026-04-05')).toBe(true);
    expect(listingStatusOn('DELISTED', '2026-03-31', '2026-04-05')).toBe('DELISTED');
    expect(listingOverdue('DELISTED', '2026-03-31', '2026-04-05')).toBe(false);
  });
});
