import { conversionDrift } from './conversion-drift.detector';
import { ShareOverTime } from './share-shift';

const unit = (unitId: string, now: [number, number], before: [number, number]): ShareOverTime => ({
  unitId,
  now: { part: now[0], whole: now[1] },
  before: { part: before[0], whole: before[1] },
});
/** Peers filing about 60% of their alerts as cases, before and now. */
const peers = ['st-a', 'st-b', 'st-c', 'st-d', 'st-e'].map((id, i) => unit(id, [60 + i, 100], [59 + i, 100]));

describe('conversionDrift', () => {
  it('flags a unit whose 警情转案率 falls from 60% to 30% while its peers hold theirs', () => {
    const [finding, ...rest] = conversionDrift('警情转案率', [...peers, unit('st-x', [30, 100], [60, 100])]);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ detector: 'CONVERSION_DRIFT', unitId: 'st-x', threshold: { value: -3, flagsWhen: 'BELOW' } });
    expect(finding.summary).toBe('警情转案率由60.0%（60/100）降至30.0%（30/100），同期其他单位由61.0%变为62.0%');
    expect(finding.statistic.value).toBeLessThan(-3);
  });

  it('does not flag a fall the whole city shares', () => {
    const falling = ['st-a', 'st-b', 'st-c', 'st-d', 'st-e'].map((id) => unit(id, [35, 100], [60, 100]));
    expect(conversionDrift('警情转案率', [...falling, unit('st-x', [30, 100], [60, 100])])).toEqual([]);
  });

  it('does not flag a fall within noise, a rise, or a unit with too few alerts to say', () => {
    expect(conversionDrift('警情转案率', [...peers, unit('st-x', [52, 100], [60, 100])])).toEqual([]);
    expect(conversionDrift('警情转案率', [...peers, unit('st-x', [90, 100], [60, 100])])).toEqual([]);
    expect(conversionDrift('警情转案率', [...peers, unit('st-x', [0, 10], [8, 10])])).toEqual([]);
  });

  it('reads a share of 0 with a variance, so a fall to nothing is measured, not divided by zero', () => {
    const [finding] = conversionDrift('刑事警情占比', [...peers, unit('st-x', [0, 40], [30, 40])]);
    expect(Number.isFinite(finding.statistic.value)).toBe(true);
    expect(finding.summary).toMatch(/^刑事警情占比由75\.0%（30\/40）降至0\.0%（0\/40）/);
  });
});
