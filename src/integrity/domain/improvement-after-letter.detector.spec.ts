import { improvementAfterLetter } from './improvement-after-letter.detector';
import { ShareOverTime } from './share-shift';

const unit = (unitId: string, now: [number, number], before: [number, number]): ShareOverTime => ({
  unitId,
  now: { part: now[0], whole: now[1] },
  before: { part: before[0], whole: before[1] },
  evidence: [`${unitId}-e1`],
});
const peers = ['st-a', 'st-b', 'st-c', 'st-d'].map((id) => unit(id, [62, 80], [61, 80]));
const letter = { unitId: 'st-x', label: '提示函（明公督〔2026〕3号）' };

describe('improvementAfterLetter', () => {
  it('flags a 见面率 that leaps from 55% to 100% after the letter while the peers’ stays at 77%', () => {
    const [finding] = improvementAfterLetter(letter, '见面率', [...peers, unit('st-x', [80, 80], [44, 80])]);
    expect(finding).toMatchObject({
      detector: 'IMPROVEMENT_AFTER_LETTER',
      unitId: 'st-x',
      threshold: { value: 3, flagsWhen: 'ABOVE' },
      evidence: ['st-x-e1'],
    });
    expect(finding.summary).toBe('提示函（明公督〔2026〕3号）后见面率由55.0%（44/80）升至100.0%（80/80），同期其他单位由76.3%变为77.5%');
  });

  it('does not flag an improvement the peers share, a modest one, or a unit the letter did not address', () => {
    const rising = ['st-a', 'st-b', 'st-c', 'st-d'].map((id) => unit(id, [76, 80], [44, 80]));
    expect(improvementAfterLetter(letter, '见面率', [...rising, unit('st-x', [80, 80], [44, 80])])).toEqual([]);
    expect(improvementAfterLetter(letter, '见面率', [...peers, unit('st-x', [52, 80], [44, 80])])).toEqual([]);
    expect(improvementAfterLetter(letter, '见面率', peers)).toEqual([]);
  });
});
