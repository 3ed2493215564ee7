import { instructionUnitStatus } from './instruction-status';

describe('instructionUnitStatus', () => {
  it.each([
    [false, false, '2026-04-20', 'PENDING'],
    [false, false, '2026-04-19', 'OVERDUE'],
    [false, true, '2026-04-19', 'ANSWERED'],
    [true, false, '2026-04-19', 'WITHDRAWN'],
    [true, true, '2026-04-25', 'WITHDRAWN'],
  ] as const)('withdrawn %s, answered %s, due %s: %s on 2026-04-20', (withdrawn, answered, dueDay, status) => {
    expect(instructionUnitStatus(withdrawn, answered, dueDay, '2026-04-20')).toBe(status);
  });
});
