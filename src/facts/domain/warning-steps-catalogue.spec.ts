import { FACT_LABELS, correctionSummary } from './fact-catalogue';

const retraction = (retracted: object) => ({
  instructionId: 'YJ-1',
  eventId: 'evt-1',
  areaId: 'st-a',
  reason: '重复录入',
  nextContact: null,
  retracted,
});
const ofWarning = { instructionId: 'YJ-1', warningReceivedAt: '2026-04-17T01:00:00Z', warningKind: 'FUND' };

describe('the fact catalogue: warning forwarding and on-site check', () => {
  it('names both steps', () => {
    expect(FACT_LABELS.WarningForwarded).toBe('流转预警指令');
    expect(FACT_LABELS.WarningCheckedOnSite).toBe('落地核查');
  });

  it.each([
    [
      { type: 'WarningForwarded', data: { ...ofWarning, toUnitId: 'st-b', minutesFromReceipt: 7 } },
      '撤回流转预警指令：预警指令YJ-1的流转记录，核减流转1次、用时7分钟（重复录入）',
    ],
    [
      { type: 'WarningCheckedOnSite', data: { ...ofWarning, result: 'LIVES_ELSEWHERE', minutesFromReceipt: 52 } },
      '撤回落地核查：预警指令YJ-1的落地核查记录（人户分离），核减核查1次、用时52分钟（重复录入）',
    ],
  ])('says what a retraction took back: %#', (retracted, summary) => {
    expect(correctionSummary('WarningFactRetracted', retraction(retracted))).toBe(summary);
  });
});
