import { auditKind, correctionOf, correctsStreamFact } from './corrections';

describe('corrections', () => {
  it.each([
    'CaseLossAmended',
    'CaseRevoked',
    'FraudAlertRevoked',
    'WarningFactRetracted',
    'StrikeFactRetracted',
    'ApprehensionCountAmended',
    'RecoveryAmountAmended',
    'RecoveryFactRetracted',
  ])('counts %s as a correction', (type) => {
    expect(auditKind(type)).toBe('CORRECTED');
  });

  it.each(['CaseFiled', 'AppealCorrected', 'LetterWithdrawn', 'UnitCreated'])('counts %s as recorded', (type) => {
    expect(auditKind(type)).toBe('RECORDED');
  });

  it('reads the corrected event and the reason off a correction only', () => {
    expect(correctionOf('StrikeFactRetracted', { eventId: 'e-1', reason: '外省破获' })).toEqual({ eventId: 'e-1', reason: '外省破获' });
    expect(correctionOf('CaseRevoked', { caseId: 'AJ-1', reason: '重复' })).toEqual({ eventId: null, reason: '重复' });
    expect(correctionOf('LetterWithdrawn', { eventId: 'e-1', reason: 'x' })).toBeNull();
  });

  it("knows the case corrections name their stream's filing", () => {
    expect(correctsStreamFact('CaseLossAmended')).toBe(true);
    expect(correctsStreamFact('CaseRevoked')).toBe(true);
    expect(correctsStreamFact('FraudAlertRevoked')).toBe(false);
  });
});
