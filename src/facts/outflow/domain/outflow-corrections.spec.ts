import { correctionSummary } from '../../domain/fact-catalogue';

const where = { personId: 'WL-1', eventId: 'evt-1', areaId: 'st-a', factOccurredAt: '2026-04-17T01:00:00Z', reason: '重复录入' };

describe('the outflow family in the fact catalogue', () => {
  it.each([
    [
      { type: 'OutflowRegistered', data: { personId: 'WL-1', destination: '缅甸', abroadSince: null } },
      '撤回外流人员登记：外流人员WL-1（缅甸），核减外流人员1人（重复录入）',
    ],
    [
      { type: 'OutflowReturned', data: { personId: 'WL-1', way: 'PERSUADED' } },
      '撤回回流记录：外流人员WL-1（劝返），核减回流1人、劝返1人（重复录入）',
    ],
    [
      { type: 'OutflowReturned', data: { personId: 'WL-1', way: 'SELF_RETURNED' } },
      '撤回回流记录：外流人员WL-1（自行回国），核减回流1人（重复录入）',
    ],
  ])('says what a retraction of %j took back', (retracted, summary) => {
    expect(correctionSummary('OutflowFactRetracted', { ...where, retracted })).toBe(summary);
  });
});
