import { emptyCounts } from '../../../scoring/domain/indicators';
import { Evidence, evidenceSummary } from './evidence';

const evidence = (over: Partial<Evidence> = {}): Evidence => ({
  unitId: 'SX',
  unitName: '沙县',
  role: 'COUNTY_CHIEF',
  period: { kind: 'DEKAD', from: '2026-04-11', to: '2026-04-20', label: '2026年4月中旬' },
  rank: 11,
  rankedOf: 12,
  score: -12.5,
  indicators: { ...emptyCounts(), cases: 12, lossFen: 3_200_000, warningsReceived: 20, faceToFace: 19 },
  lastYear: { ...emptyCounts(), cases: 8 },
  bulletin: null,
  ...over,
});

describe('evidenceSummary', () => {
  it('reads the rank, cases against last year, loss and face-to-face rate in Chinese', () => {
    expect(evidenceSummary(evidence())).toBe(
      '2026年4月中旬 沙县: 得分-12.5, 全市第11名(共12); 发案12起(同比+50.0%), 财损32000.00元; 见面率95.0%',
    );
  });

  it('says when the unit was not ranked, had no warnings, and cites the bulletin', () => {
    const text = evidenceSummary(
      evidence({
        rank: null,
        score: null,
        indicators: emptyCounts(),
        lastYear: emptyCounts(),
        bulletin: { day: '2026-04-17', number: 3, hash: 'h' },
      }),
    );
    expect(text).toBe('2026年4月中旬 沙县: 未参与排名; 发案0起(同比—), 财损0.00元; 无预警指令; 见第3期日通报(2026-04-17)');
  });
});
