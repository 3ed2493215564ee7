import { correctionSummary, factLabel } from './fact-catalogue';

const VISIT = { caseId: 'AJ-1', eventId: 'evt-1', visitedAt: '2026-04-20T02:00:00.000Z', caseFiledAt: '2026-04-16T16:30:00.000Z' };

describe('the fact catalogue: return visits to victims (一案一回访)', () => {
  it('names a visit and its retraction', () => {
    expect([factLabel('VictimVisited'), factLabel('VictimVisitRetracted')]).toEqual(['受害人回访', '撤回受害人回访']);
  });

  it('says whether a retracted visit took the case out of the victims visited', () => {
    expect(correctionSummary('VictimVisitRetracted', { ...VISIT, lastVisit: true, reason: '录错案件' })).toBe(
      '撤回受害人回访：案件AJ-1于2026-04-20 10:00的回访，核减回访受害人1人（录错案件）',
    );
    expect(correctionSummary('VictimVisitRetracted', { ...VISIT, lastVisit: false, reason: '重复录入' })).toBe(
      '撤回受害人回访：案件AJ-1于2026-04-20 10:00的回访（该案另有回访，回访人数不变）（重复录入）',
    );
  });

  it('counts the visit a revoked case takes back', () => {
    const revoked = { caseId: 'AJ-1', reason: '不构成诈骗', lossFen: 10_000, caseFiledAt: VISIT.caseFiledAt };
    expect(correctionSummary('CaseRevoked', { ...revoked, victimVisited: true })).toBe(
      '撤案：案件AJ-1，核减发案1起、财损100.00元、回访受害人1人（不构成诈骗）',
    );
    expect(correctionSummary('CaseRevoked', revoked)).toBe('撤案：案件AJ-1，核减发案1起、财损100.00元（不构成诈骗）');
  });
});
