import { Publication, RecordedFact, lateEntries } from './late-entry.detector';

const at = (day: string, time = '10:00') => new Date(`${day}T${time}:00+08:00`).toISOString();
/** n facts of a unit in April, each recorded minutes after it happened. */
const onTime = (unitId: string, n: number): RecordedFact[] =>
  Array.from({ length: n }, (_, i) => {
    const day = `2026-04-${String(1 + (i % 28)).padStart(2, '0')}`;
    return { eventId: `${unitId}-${i}`, unitId, occurredAt: at(day), recordedAt: at(day, '10:05') };
  });
const ranking: Publication = { label: '4月排名', at: at('2026-05-01', '09:00'), from: '2026-04-01', to: '2026-04-30', unitIds: null };
const letter: Publication = { label: '提示函', at: at('2026-05-03'), from: '2026-04-01', to: '2026-04-30', unitIds: ['st-b'] };

describe('lateEntries', () => {
  const city = ['st-a', 'st-b', 'st-c', 'st-d'].flatMap((u) => onTime(u, 100));

  it('flags a unit that fills in its April figures after April’s ranking, citing the entries', () => {
    const backfilled = Array.from({ length: 8 }, (_, i) => ({
      eventId: `late-${i}`,
      unitId: 'st-b',
      occurredAt: at('2026-04-20'),
      recordedAt: at('2026-05-02'),
    }));
    const [finding, ...rest] = lateEntries([...city, ...backfilled], [ranking, letter]);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ detector: 'LATE_ENTRY', unitId: 'st-b', evidence: backfilled.map((f) => f.eventId) });
    expect(finding.summary).toBe('108条记录中8条事后补录（在4月排名之后补录8条），其他单位事后补录占比0.0%');
    expect(finding.statistic.value).toBeLessThan(0.001);
  });

  it('counts an entry recorded more than 30 days late, and only the publications that concerned the unit', () => {
    const late = (i: number, unitId: string): RecordedFact => ({
      eventId: `old-${unitId}-${i}`,
      unitId,
      occurredAt: at('2026-02-01'),
      recordedAt: at('2026-04-10'),
    });
    const findings = lateEntries([...city, ...Array.from({ length: 6 }, (_, i) => late(i, 'st-c'))], [letter]);
    expect(findings.map((f) => [f.unitId, f.summary])).toEqual([
      ['st-c', '106条记录中6条事后补录（超过30天才录入6条），其他单位事后补录占比0.0%'],
    ]);
  });

  it('lets a unit’s few late entries pass when the city has as many', () => {
    const spread = ['st-a', 'st-b', 'st-c', 'st-d'].flatMap((unitId) =>
      [0, 1].map((i) => ({ eventId: `l-${unitId}-${i}`, unitId, occurredAt: at('2026-04-20'), recordedAt: at('2026-05-02') })),
    );
    expect(lateEntries([...city, ...spread], [ranking])).toEqual([]);
  });

  it('never flags fewer than the minimum, nor an entry recorded before the publication', () => {
    const two = [0, 1].map((i) => ({ eventId: `x-${i}`, unitId: 'st-d', occurredAt: at('2026-04-20'), recordedAt: at('2026-05-02') }));
    expect(lateEntries([...city, ...two], [ranking])).toEqual([]);
    const before = Array.from({ length: 8 }, (_, i) => ({
      eventId: `y-${i}`,
      unitId: 'st-d',
      occurredAt: at('2026-04-30', '22:00'),
      recordedAt: at('2026-04-30', '23:00'),
    }));
    expect(lateEntries([...city, ...before], [ranking])).toEqual([]);
  });
});

describe('publication times in another zone', () => {
  it('compares instants, not strings: a letter at 09:00+08:00 came before a record at 02:00Z the same day', () => {
    const facts = Array.from({ length: 4 }, (_, i) => ({
      eventId: `e${i}`,
      unitId: 'st-a',
      occurredAt: '2026-04-10T02:00:00.000Z',
      recordedAt: '2026-04-20T02:00:00.000Z',
    }));
    const peers = Array.from({ length: 200 }, (_, i) => ({
      ...facts[0],
      eventId: `p${i}`,
      unitId: 'st-b',
      recordedAt: '2026-04-10T03:00:00.000Z',
    }));
    const letter = { label: '提示函', at: '2026-04-20T09:00:00+08:00', from: '2026-04-01', to: '2026-04-15', unitIds: ['st-a'] };
    expect(lateEntries([...facts, ...peers], [letter]).map((f) => f.unitId)).toEqual(['st-a']);
  });
});
