import { given } from '../../common/decider.spec-helpers';
import { FindingVerified } from '../events/finding.events';
import { Finding } from './finding';
import { findingIdOf } from './finding-id';
import { findingVerificationDecider as decider } from './finding-verification.decider';

const PERIOD = { from: '2026-04-01', to: '2026-04-30' };
const finding: Finding = {
  detector: 'TOO_GOOD',
  unitId: 'st-a',
  about: '劝阻成功率',
  summary: '劝阻成功率100.0%（300/300）',
  statistic: { name: 'P(≥300/300 | 0.97)', value: 1.1e-4 },
  threshold: { value: 0.001, flagsWhen: 'BELOW' },
  evidence: ['e1'],
};
const ID = findingIdOf(finding, PERIOD);
const verify = (extra: Partial<{ finding: Finding | null; reason: string; findingId: string }> = {}) => ({
  type: 'VerifyFinding' as const,
  findingId: ID,
  finding,
  period: PERIOD,
  outcome: 'EXPLAINED' as const,
  reason: '该所推行专人专班，经抽查回访属实',
  ...extra,
});
const verified: FindingVerified = {
  type: 'FindingVerified',
  data: { findingId: ID, finding, period: PERIOD, outcome: 'EXPLAINED', reason: '该所推行专人专班，经抽查回访属实' },
};

describe('finding verification (核查)', () => {
  it('records the verdict with its reason and the finding as it was seen', () => {
    given(decider, []).when(verify()).then([verified]);
  });

  it('keeps the id whatever the counts have become, and tells findings of other rates apart', () => {
    const grown = { ...finding, summary: '劝阻成功率100.0%（320/320）', statistic: { name: 'P(≥320/320 | 0.97)', value: 6e-5 } };
    expect(findingIdOf(grown, PERIOD)).toBe(ID);
    expect(findingIdOf({ ...finding, about: '见面率' }, PERIOD)).not.toBe(ID);
    expect(findingIdOf(finding, { ...PERIOD, to: '2026-05-31' })).not.toBe(ID);
  });

  it('refuses a finding the detectors no longer give, a second verdict, and a verdict without a reason', () => {
    given(decider, [])
      .when(verify({ finding: null }))
      .thenThrows({ message: 'is not among the period', field: 'findingId' });
    given(decider, [])
      .when(verify({ findingId: 'other' }))
      .thenThrows({ field: 'findingId' });
    given(decider, [verified]).when(verify()).thenThrows({ message: '已核查（已作出合理解释）', field: 'findingId' });
    given(decider, [])
      .when(verify({ reason: '  ' }))
      .thenThrows({ message: '须写明核查结论的理由', field: 'reason' });
  });
});
