import { COUNTED_EVENT_TYPES } from '../../../scoring/projections/daily-indicators.projection';
import { FACT_LABELS, correctionSummary, isCorrection } from './fact-labels';

describe('fact labels', () => {
  it('names every fact a score counts', () => {
    expect(Object.keys(FACT_LABELS).sort()).toEqual([...COUNTED_EVENT_TYPES].sort());
  });

  it('knows the corrections of cases and no others', () => {
    expect(COUNTED_EVENT_TYPES.filter(isCorrection)).toEqual(['CaseLossAmended', 'CaseRevoked']);
  });

  it('says what a loss amendment changed', () => {
    const summary = correctionSummary('CaseLossAmended', { caseId: 'AJ-1', lossFen: 5_000, previousLossFen: 10_000, caseFiledAt: 'x', reason: '部分为借款' });
    expect(summary).toBe('更正财损: 案件AJ-1财损由100.00元更正为50.00元(部分为借款)');
    expect(() => correctionSummary('CaseFiled', {})).toThrow('not a correcting event');
  });
});
