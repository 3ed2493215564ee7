import { emptyCounts } from '../../../scoring/domain/indicators';
import { Evidence, evidenceSummary, yearOnYear } from './evidence';

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
      '2026年4月中旬 沙县：得分-12.50，全市12个县（区）中排名第11位（倒数第2位）；发案12起（同比+50.0%），财损3.20万元；见面率95.0%',
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
    expect(text).toBe('2026年4月中旬 沙县：未参与排名；无发案，无财损；无预警指令；见第3期日通报（2026-04-17）');
  });

  it('writes an unchanged count 持平, and names the defense areas a station was ranked among', () => {
    const text = evidenceSummary(evidence({ role: 'STATION_CHIEF', rank: 120, rankedOf: 120, lastYear: { ...emptyCounts(), cases: 12 } }));
    expect(text).toBe('2026年4月中旬 沙县：得分-12.50，全市120个防区中排名末位；发案12起（同比持平），财损3.20万元；见面率95.0%');
  });
});

describe('yearOnYear', () => {
  it('signs a change, writes no change 持平, and has nothing to say without last year', () => {
    expect(yearOnYear(12, 8)).toBe('+50.0%');
    expect(yearOnYear(4, 8)).toBe('-50.0%');
    expect(yearOnYear(8, 8)).toBe('持平');
    expect(yearOnYear(3, 0)).toBeNull();
    expect(yearOnYear(0, 0)).toBeNull();
  });
});
