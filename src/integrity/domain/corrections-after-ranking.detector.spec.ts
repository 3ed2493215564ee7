import { RecordedCorrection, correctionsAfterRanking } from './corrections-after-ranking.detector';

const at = (day: string) => new Date(`${day}T10:00:00+08:00`).toISOString();
const correction = (unitId: string, day: string, i: number): RecordedCorrection => ({
  eventId: `${unitId}-${day}-${i}`,
  unitId,
  recordedAt: at(day),
});
const PERIOD = { from: '2026-01-01', to: '2026-06-30' };
const bottom = { unitId: 'st-x', label: '4月排名（末位）', at: at('2026-05-01') };

describe('correctionsAfterRanking', () => {
  /** One correction a month, as a station makes in the ordinary way. */
  const ordinary = ['01', '02', '03', '04', '06'].map((m, i) => correction('st-x', `2026-${m}-15`, i));

  it('flags eight retractions in the fortnight after a bottom ranking from a unit that makes one a month', () => {
    const burst = Array.from({ length: 8 }, (_, i) => correction('st-x', `2026-05-0${2 + (i % 7)}`, 10 + i));
    const [finding] = correctionsAfterRanking([...ordinary, ...burst], [bottom], PERIOD);
    expect(finding).toMatchObject({ detector: 'CORRECTIONS_AFTER_RANKING', unitId: 'st-x', evidence: burst.map((c) => c.eventId) });
    expect(finding.summary).toBe('4月排名（末位）后14天内撤回、撤销或更正8条，按该单位其他时间的频率预计0.7条');
    expect(finding.statistic.value).toBeLessThan(0.001);
  });

  it('does not flag a unit that corrects as often at other times, nor one or two corrections after the ranking', () => {
    const busy = Array.from({ length: 60 }, (_, i) =>
      correction('st-x', `2026-0${1 + (i % 4)}-${String(1 + (i % 28)).padStart(2, '0')}`, i),
    );
    const afterwards = Array.from({ length: 5 }, (_, i) => correction('st-x', '2026-05-05', 100 + i));
    expect(correctionsAfterRanking([...busy, ...afterwards], [bottom], PERIOD)).toEqual([]);
    expect(correctionsAfterRanking([...ordinary, correction('st-x', '2026-05-03', 99)], [bottom], PERIOD)).toEqual([]);
  });

  it('counts only the ranked unit’s corrections', () => {
    const others = Array.from({ length: 8 }, (_, i) => correction('st-y', '2026-05-03', i));
    expect(correctionsAfterRanking([...ordinary, ...others], [bottom], PERIOD)).toEqual([]);
  });
});
