import { eventLabel } from './event-labels';

describe('eventLabel', () => {
  it.each([
    ['CaseFiled', '立案（发案）'],
    ['RecoveryFactRetracted', '撤回挽损记录'],
    ['WarningInstructionReceived', '接收预警指令'],
    ['UnitCreated', '设立单位'],
    ['ChiefRemoved', '免去六长'],
    ['RuleSetPublished', '发布考评规则'],
    ['BulletinPublished', '发布日通报'],
    ['LetterIssued', '下发提示函'],
    ['InterviewHeld', '实施约谈'],
    ['ListingDelisted', '摘牌'],
    ['AppealCorrected', '申诉复核: 予以更正'],
    ['ProblemVerified', '核验销号'],
    ['SuggestionDismissed', '不予采纳督导建议'],
    ['SupervisionVisitRecorded', '记录旬督导'],
    ['BulletinInstructionAnswered', '复盘'],
  ])('names %s in Chinese', (type, label) => {
    expect(eventLabel(type)).toBe(label);
  });

  it("falls back to the type for one it does not know, and is not fooled by Object's own keys", () => {
    expect(eventLabel('SomethingNew')).toBe('SomethingNew');
    expect(eventLabel('toString')).toBe('toString');
  });
});
