import { DEFAULT_RULE_SET } from '../domain/default-rule-set';
import { resolvePeriod } from '../domain/resolve-period';
import { RuleSet } from '../domain/rule-set';
import { RateTermScore } from '../domain/rate-score';
import { explainedTerm, toSubjectExplanationType } from './subject-explanation.mapper';

const rates: RuleSet = { ...DEFAULT_RULE_SET, versionId: 'default@1', position: 2, effectiveFrom: '2026-12-06' };
const additive: RuleSet = {
  ruleSetId: 'default',
  name: '默认考评规则',
  effectiveFrom: '2000-01-01',
  versionId: 'default@0',
  position: 1,
  kind: 'ADDITIVE',
  aggregation: 'MEAN',
  terms: [],
};
const subject = { subjectId: 'st-a', kind: 'AREA' as const, name: '凤岗防区', unitId: 'st-a', countyId: null, units: ['st-a'], spans: [] };
const period = resolvePeriod({ kind: 'MONTH', day: '2026-12-10' }, '2026-12-31');

describe('toSubjectExplanationType', () => {
  it('says in Chinese, with the date as officers write it, that the period spans a change of rules', () => {
    const e = {
      role: 'STATION_CHIEF' as const,
      subject,
      period,
      rules: rates,
      earlierRules: [additive],
      total: 50,
      days: 31,
      population: 1,
      counts: null,
      rateTerms: [],
    };
    expect(toSubjectExplanationType(e).notes).toEqual([
      '本期跨越考评规则变更，按期末生效的“默认考评规则(比率制)”（自2026年12月6日起施行）计分。',
    ]);
  });

  it('says so when the subject answered for nothing in the period', () => {
    const e = {
      role: 'STATION_CHIEF' as const,
      subject,
      period,
      rules: rates,
      earlierRules: [],
      total: null,
      days: 0,
      population: 0,
      counts: null,
      rateTerms: [],
    };
    expect(toSubjectExplanationType(e)).toMatchObject({ total: null, notes: ['本期内未负责任何防区，不计分。'] });
  });
});

describe('explainedTerm', () => {
  const explained = (key: string, numerator: number, denominator: number) => {
    const term = DEFAULT_RULE_SET.rateTerms.find((t) => t.key === key)!;
    return explainedTerm({ term, numerator, denominator, rate: 0, shrunk: 0, reference: 0, change: null, points: 0 } as RateTermScore);
  };

  it('says what each figure counts in, as officers write it: 元 of loss over 人 of residents, 条 of warnings, 起 of cases', () => {
    expect(explained('lossPer10k', 1_234_567, 56_000.5)).toMatchObject({
      numerator: '12345.67',
      numeratorUnit: '元',
      denominator: '56000.5',
      denominatorUnit: '人',
      unit: '元/万人',
    });
    expect(explained('timelyRate', 9, 10)).toMatchObject({ numeratorUnit: '条', denominatorUnit: '条', unit: '比例' });
    expect(explained('solveRate', 2, 5)).toMatchObject({ numeratorUnit: '起', denominatorUnit: '起' });
    expect(explained('recoveryRate', 100_000, 500_000)).toMatchObject({ numerator: '1000.00', numeratorUnit: '元', denominatorUnit: '元' });
    expect(explained('persuadedBack', 3, 4)).toMatchObject({ numeratorUnit: '人', denominatorUnit: '人', unit: '比例' });
    expect(explained('stopMinutes', 4_375, 70)).toMatchObject({ numeratorUnit: '分钟', denominatorUnit: '笔', unit: '分钟/笔' });
  });
});
