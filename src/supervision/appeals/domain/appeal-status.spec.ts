import { appealStatus } from './appeal-status';

describe('appealStatus', () => {
  it('is pending until the deadline day has passed, then overdue', () => {
    expect(appealStatus('FILED', '2026-05-23', '2026-05-23')).toBe('PENDING');
    expect(appealStatus('FILED', '2026-05-23', '2026-05-24')).toBe('OVERDUE');
  });

  it('is the outcome or the withdrawal once recorded, whatever the day', () => {
    expect(appealStatus('CORRECTED', '2026-05-23', '2026-06-30')).toBe('CORRECTED');
    expect(appealStatus('WITHDRAWN', '2026-05-23', '2026-06-30')).toBe('WITHDRAWN');
  });
});
