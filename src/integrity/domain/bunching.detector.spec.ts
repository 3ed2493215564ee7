import { RecordedLoss, bunchingUnderThresholds } from './bunching.detector';

let n = 0;
const loss = (unitId: string, yuan: number): RecordedLoss => ({ eventId: `e${n++}`, unitId, lossFen: yuan * 100 });
/** Losses spread evenly either side of ¥3,000: what the other units report. */
const smooth = (unitId: string) => [2450, 2600, 2750, 2900, 2990, 3000, 3100, 3300, 3450, 3590].map((y) => loss(unitId, y));

describe('bunchingUnderThresholds', () => {
  const others = ['st-a', 'st-b', 'st-c', 'st-d'].flatMap(smooth);

  it('flags a unit whose losses near ¥3,000 sit just under it, citing those cases', () => {
    const under = [2800, 2850, 2900, 2950, 2980, 2990, 2999, 2960, 2870, 2930, 2940, 2970, 2985, 2995];
    const pushed = [...under, 3200].map((y) => loss('st-x', y));
    const [finding, ...rest] = bunchingUnderThresholds([...others, ...pushed]);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ detector: 'BUNCHING', unitId: 'st-x', evidence: pushed.slice(0, 14).map((l) => l.eventId) });
    expect(finding.summary).toBe('财损在2400元至3600元之间的15起中，14起低于3000元门槛，其他单位为50.0%');
    expect(finding.statistic.value).toBeLessThan(0.001);
  });

  it('does not flag a unit whose losses fall either side as everyone’s do, nor one with few near the threshold', () => {
    expect(bunchingUnderThresholds([...others, ...smooth('st-x')])).toEqual([]);
    expect(bunchingUnderThresholds([...others, ...[2900, 2950, 2990].map((y) => loss('st-x', y))])).toEqual([]);
  });

  it('looks under every threshold it is given, e.g. a scoring step of ¥10,000', () => {
    const near10k = (unitId: string, yuan: number[]) => yuan.map((y) => loss(unitId, y));
    const everyone = ['st-a', 'st-b', 'st-c'].flatMap((u) => near10k(u, [8500, 9200, 9800, 10_000, 10_500, 11_500]));
    const pushed = near10k('st-x', [9500, 9600, 9700, 9800, 9900, 9950, 9990, 9550, 9650, 9750, 9850, 9999]);
    const findings = bunchingUnderThresholds([...everyone, ...pushed], {
      thresholdsFen: [300_000, 1_000_000],
      window: 0.2,
      alpha: 0.001,
      minimum: 5,
    });
    expect(findings.map((f) => [f.unitId, f.summary])).toEqual([
      ['st-x', '财损在8000元至1.20万元之间的12起中，12起低于1.00万元门槛，其他单位为50.0%'],
    ]);
  });
});
