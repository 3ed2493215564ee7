import { correctionSummary } from '../../domain/fact-catalogue';

const where = { activityId: 'XF-1', form: 'COMMUNITY', areaId: 'st-a', factOccurredAt: '2026-06-01T02:00:00Z' };
const TALLY = { peopleReached: 420, oneToOne: 380, materials: 1_500, gridGroups: 0 };

describe('the 宣防 corrections as officers read them', () => {
  it('says what a retraction took back, leaving out the counts that were 0', () => {
    expect(correctionSummary('PreventionActivityRetracted', { ...where, ...TALLY, reason: '活动未举办' })).toBe(
      '撤回宣防活动：XF-1（进社区），核减宣防活动1场、覆盖人数420人、一对一精准宣传380人、宣传资料1500份（活动未举办）',
    );
  });

  it('says which counts an amendment changed, from what to what', () => {
    const data = { ...where, ...TALLY, peopleReached: 400, gridGroups: 2, previous: TALLY, reason: '重复统计' };
    expect(correctionSummary('PreventionTallyAmended', data)).toBe(
      '更正宣防活动：XF-1（进社区）覆盖人数由420人更正为400人、网格群由0个更正为2个（重复统计）',
    );
  });
});
