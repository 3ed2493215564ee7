import { tooGoodRates } from './too-good.detector';

const rate = (successes: number, trials: number, unitId = 'st-a') => ({ unitId, label: '劝阻成功率', successes, trials });

describe('tooGoodRates', () => {
  it('does not flag seed 004’s 熟警预警 100% of 49: at the best true rate that happens one time in five', () => {
    expect(tooGoodRates([rate(49, 49)])).toEqual([]);
  });

  it('flags 100% over 300 warnings, with the chance, the threshold and the evidence', () => {
    const [finding] = tooGoodRates([{ ...rate(300, 300), evidence: ['e1', 'e2'] }]);
    expect(finding).toMatchObject({
      detector: 'TOO_GOOD',
      unitId: 'st-a',
      threshold: { value: 0.001, flagsWhen: 'BELOW' },
      evidence: ['e1', 'e2'],
    });
    expect(finding.statistic.value).toBeCloseTo(0.97 ** 300, 12);
    expect(finding.summary).toMatch(/^劝阻成功率100\.0%（300\/300），即使按97\.0%的最好水平，出现的概率也仅为1\.1×10⁻⁴$/);
  });

  it('says from when a perfect run was counted, where it reaches before the period', () => {
    const [finding] = tooGoodRates([{ ...rate(300, 300), since: '2026-03-03' }]);
    expect(finding.summary).toMatch(/^自2026年3月3日起劝阻成功率100\.0%（300\/300）/);
  });

  it('flags 99.8% of 1,000 (domain.md’s warning sign) but not 97.5% of 1,000', () => {
    expect(tooGoodRates([rate(998, 1000, 'st-a'), rate(975, 1000, 'st-b')]).map((f) => f.unitId)).toEqual(['st-a']);
  });

  it('never flags a rate at or below the ceiling, nor a unit with nothing to rate', () => {
    expect(tooGoodRates([rate(970, 1000), rate(0, 0)])).toEqual([]);
  });

  it('takes the bureau’s own ceiling and threshold', () => {
    expect(tooGoodRates([rate(49, 49)], { ceiling: 0.9, alpha: 0.01 })).toHaveLength(1);
  });
});
