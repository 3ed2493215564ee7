import { ChiefRole } from '../../organization/events/organization.events';
import { ChiefInfo, ScopeInfo, Subject, UnitInfo, subjectsOf } from '../domain/accountability';
import { IndicatorCounts, emptyCounts } from '../domain/indicators';
import { Period } from '../domain/periods';
import { resolvePeriod } from '../domain/resolve-period';
import { RuleSet } from '../domain/rule-set';
import { RankedSubject, RankingInputs, rankSubjects } from './rank-subjects';
import { DayFigures, DayScorer, ScoreIndex, countsOf } from './score-index';
import { daySpans, periodSegments, subjectTotals } from './subject-totals';

/**
 * A simple scorer: +1 per face-to-face contact, −1 per alert. Its variance is read off
 * `warningsReceived` / 100, a knob that leaves the score alone.
 */
const scorer: DayScorer = (_area, _day, c) => ({ score: c.faceToFace - c.alerts, variance: c.warningsReceived / 100 });

const counts = (partial: Partial<IndicatorCounts>): IndicatorCounts => ({ ...emptyCounts(), ...partial });
const figures = (areaId: string, day: string, partial: Partial<IndicatorCounts>): DayFigures => ({
  areaId,
  day,
  counts: counts(partial),
  caseLossesFen: [],
});

const unit = (unitId: string, level: string, parentId: string | null, population: number | null = null): UnitInfo => ({
  unitId,
  level,
  name: `${unitId}名`,
  parentId,
  areaName: level === 'STATION' ? `${unitId}防区` : null,
  population,
  effectiveFrom: '2020-01-01',
});
const chief = (chiefId: string, role: ChiefRole, unitId: string, appointedFrom: string, removedFrom: string | null = null): ChiefInfo => ({
  chiefId,
  name: `${chiefId}名`,
  role,
  unitId,
  appointedFrom,
  removedFrom,
});
const scope = (chiefId: string, effectiveFrom: string, unitIds: string[]): ScopeInfo => ({ chiefId, effectiveFrom, unitIds });
const rules = (effectiveFrom: string, aggregation: 'MEAN' | 'SUM', position = 1): RuleSet => ({
  ruleSetId: `r-${effectiveFrom}`,
  name: '规则',
  effectiveFrom,
  aggregation,
  terms: [],
  versionId: `r-${effectiveFrom}@0`,
  position,
});

// given: 沙县 K1 (S1 60,000 and S2 45,000 residents) and 大田 K2 (S3 80,000 and S4 70,000)
const UNITS: UnitInfo[] = [
  unit('C', 'CITY', null),
  unit('K1', 'COUNTY', 'C'),
  unit('K2', 'COUNTY', 'C'),
  unit('S1', 'STATION', 'K1', 60_000),
  unit('S2', 'STATION', 'K1', 45_000),
  unit('S3', 'STATION', 'K2', 80_000),
  unit('S4', 'STATION', 'K2', 70_000),
];
const POPULATIONS = new Map(UNITS.filter((u) => u.level === 'STATION').map((u) => [u.unitId, u.population ?? 0]));

/**
 * Area scores, April 2026: S1 4 − 2 = 2, S2 1, S3 10 + 6 = 16, S4 −1.
 * March 2026: S1 10, S2 −1, S3 2, S4 3. April 2025: S1 −3.
 */
const FIGURES_2025 = [figures('S1', '2025-04-05', { alerts: 3 })];
const FIGURES_2026 = [
  figures('S1', '2026-03-10', { faceToFace: 10 }),
  figures('S1', '2026-04-01', { faceToFace: 4 }),
  figures('S1', '2026-04-02', { alerts: 2 }),
  figures('S2', '2026-03-15', { alerts: 1 }),
  figures('S2', '2026-04-01', { faceToFace: 1 }),
  figures('S3', '2026-03-20', { faceToFace: 2 }),
  figures('S3', '2026-04-01', { faceToFace: 10 }),
  figures('S3', '2026-04-03', { faceToFace: 6 }),
  figures('S4', '2026-03-20', { faceToFace: 3 }),
  figures('S4', '2026-04-03', { alerts: 1 }),
];

/** City leaders (局领导): L1 re-linked from 沙县 to 大田 on 3 April, L2 on 大田, L3 appointed 10 April, L4 from May, L5 gone by April. */
const CHIEFS: ChiefInfo[] = [
  chief('L1', 'BUREAU_LEADER', 'C', '2026-01-01'),
  chief('L2', 'BUREAU_LEADER', 'C', '2026-01-01'),
  chief('L3', 'BUREAU_LEADER', 'C', '2026-04-10'),
  chief('L4', 'BUREAU_LEADER', 'C', '2026-05-01'),
  chief('L5', 'BUREAU_LEADER', 'C', '2026-01-01', '2026-04-01'),
  chief('DEP', 'DEPUTY_COUNTY_CHIEF', 'K1', '2026-04-12'),
];
const SCOPES: ScopeInfo[] = [
  scope('L1', '2026-01-01', ['K1']),
  scope('L1', '2026-04-03', ['K2']),
  scope('L2', '2026-01-01', ['K2']),
  scope('L3', '2026-04-10', ['K1']),
  scope('L4', '2026-05-01', ['K1']),
  scope('L5', '2026-01-01', ['K2']),
  scope('DEP', '2026-04-01', ['S1']),
  scope('DEP', '2026-04-18', ['S1', 'S2']),
];

function buildIndex(): ScoreIndex {
  const index = new ScoreIndex(scorer);
  // a year at a time, as the service loads it
  index.load(FIGURES_2025);
  index.load(FIGURES_2026);
  return index;
}

const inputs = (ruleSets: RuleSet[] = [], index = buildIndex()): RankingInputs => ({ index, ruleSets, populations: POPULATIONS });
const subjects = (role: ChiefRole) => subjectsOf(role, UNITS, CHIEFS, SCOPES);
const subjectOf = (role: ChiefRole, id: string): Subject => {
  const subject = subjects(role).find((s) => s.subjectId === id);
  if (!subject) throw new Error(`no subject ${id}`);
  return subject;
};
const APRIL = resolvePeriod({ kind: 'MONTH', day: '2026-04-01' }, '2026-04-30');
const totalsOf = (subject: Subject, period: Period, index: ScoreIndex, ruleSets: RuleSet[], populations: Map<string, number>) =>
  subjectTotals(daySpans(subject.spans), periodSegments(period, ruleSets), index, populations);
/** A row with its comparisons worked out, as the mapper asks for them. */
const compared = (row: RankedSubject | undefined) => row && { ...row, lastYear: row.lastYear(), previous: row.previous() };
const summary = (rows: RankedSubject[]) => rows.map((r) => [r.subject.subjectId, r.score, r.rank, r.overallRank, r.previousRank, r.trend]);

describe('subjectTotals', () => {
  it('given a county, sums over the days the mean of its areas', () => {
    // when
    const totals = totalsOf(subjectOf('COUNTY_CHIEF', 'K1'), APRIL, buildIndex(), [], POPULATIONS);
    // then: 1 April (4 + 1) / 2 = 2.5, 2 April (−2 + 0) / 2 = −1
    expect(totals).toMatchObject({ score: 1.5, variance: 0, days: 30, population: 105_000 });
  });

  it('given a chief re-linked mid-month, splits the month where it happened', () => {
    // L1: 1–2 April 沙县 (2.5 − 1), 3–30 April 大田 ((6 − 1) / 2); 大田's 1 April is not theirs
    const totals = totalsOf(subjectOf('BUREAU_LEADER', 'L1'), APRIL, buildIndex(), [], POPULATIONS);
    expect(totals?.score).toBe(4);
    expect(totals?.days).toBe(30);
    // 2 days × 105,000 + 28 days × 150,000, over 30 days
    expect(totals?.population).toBe(147_000);
  });

  it('given a deputy assigned part of the month, counts the days accountable and weighs the population by day', () => {
    // DEP: 12–17 April S1 (6 days × 60,000), 18–30 April S1 and S2 (13 days × 105,000): 1,725,000 / 19 = 90,789.47
    const totals = totalsOf(subjectOf('DEPUTY_COUNTY_CHIEF', 'DEP'), APRIL, buildIndex(), [], POPULATIONS);
    expect(totals).toMatchObject({ score: 0, days: 19, population: 90_789 });
  });

  it('given no span in the period, gives nothing', () => {
    expect(totalsOf(subjectOf('BUREAU_LEADER', 'L4'), APRIL, buildIndex(), [], POPULATIONS)).toBeNull();
    expect(totalsOf(subjectOf('BUREAU_LEADER', 'L5'), APRIL, buildIndex(), [], POPULATIONS)).toBeNull();
  });

  it('given the rules say SUM, sums the areas of each day', () => {
    const totals = totalsOf(subjectOf('BUREAU_LEADER', 'L1'), APRIL, buildIndex(), [rules('2000-01-01', 'SUM')], POPULATIONS);
    // 1–2 April 沙县: (4 + 1) − 2; 3–30 April 大田: 6 − 1
    expect(totals?.score).toBe(8);
  });

  it('given the aggregation changes mid-month, combines each day as the rules in force that day say', () => {
    const ruleSets = [rules('2000-01-01', 'MEAN'), rules('2026-04-02', 'SUM', 2)];
    // 沙县: 1 April mean 2.5, 2 April sum −2
    expect(totalsOf(subjectOf('COUNTY_CHIEF', 'K1'), APRIL, buildIndex(), ruleSets, POPULATIONS)).toMatchObject({ score: 0.5, days: 30 });
    // 大田: 1 April mean 10 / 2, 3 April sum 6 − 1
    expect(totalsOf(subjectOf('COUNTY_CHIEF', 'K2'), APRIL, buildIndex(), ruleSets, POPULATIONS)).toMatchObject({ score: 10, days: 30 });
  });

  it('sums the counts of every area, whatever the aggregation of scores', () => {
    const mean = totalsOf(subjectOf('COUNTY_CHIEF', 'K1'), APRIL, buildIndex(), [], POPULATIONS);
    const sum = totalsOf(subjectOf('COUNTY_CHIEF', 'K1'), APRIL, buildIndex(), [rules('2000-01-01', 'SUM')], POPULATIONS);
    expect(Array.from(mean!.sums)).toEqual(Array.from(sum!.sums));
    expect(countsOf(mean!.sums)).toEqual(counts({ faceToFace: 4 + 1, alerts: 2 }));
  });
});

describe('rankSubjects', () => {
  it('given the 局领导 of April, ranks those who answered for anything, against March', () => {
    // when
    const rows = rankSubjects(subjects('BUREAU_LEADER'), APRIL, inputs());
    // then: L2 大田 7.5; L1 4 (re-linked); L3 0 (沙县 from 10 April, nothing happened). L4 and L5 answered for nothing.
    // March: L1 沙县 (10 − 1) / 2 = 4.5, L2 大田 (2 + 3) / 2 = 2.5, L3 not yet appointed.
    expect(summary(rows)).toEqual([
      ['L2', 7.5, 1, 1, 2, 'UP'],
      ['L1', 4, 2, 2, 1, 'DOWN'],
      ['L3', 0, 3, 3, null, 'NEW'],
    ]);
  });

  it('gives each row its figures: counts of the areas on their days, last year, the previous period, days and population', () => {
    const rows = rankSubjects(subjects('BUREAU_LEADER'), APRIL, inputs());
    const l1 = rows.find((r) => r.subject.subjectId === 'L1');
    expect(compared(l1)).toEqual({
      subject: subjectOf('BUREAU_LEADER', 'L1'),
      unitName: 'C',
      countyName: null,
      chief: null,
      rank: 2,
      overallRank: 2,
      rankRange: { best: 2, worst: 2 },
      previousRank: 1,
      trend: 'DOWN',
      // certain scores: L1 lost ground against the field for sure
      moveProbability: 1,
      score: 4,
      interval: { low: 4, high: 4 },
      previousScore: 4.5,
      days: 30,
      population: 147_000,
      counts: counts({ faceToFace: 4 + 1 + 6, alerts: 2 + 1 }),
      lastYear: emptyCounts(),
      previous: counts({ faceToFace: 10, alerts: 1 }),
      peerGroup: null,
    });
    const l3 = rows.find((r) => r.subject.subjectId === 'L3');
    expect(compared(l3)).toMatchObject({
      days: 21,
      population: 105_000,
      previousScore: null,
      previous: emptyCounts(),
      lastYear: emptyCounts(),
      counts: emptyCounts(),
    });
  });

  it('given county chiefs, compares with last year and March', () => {
    const rows = rankSubjects(subjects('COUNTY_CHIEF'), APRIL, inputs());
    expect(summary(rows)).toEqual([
      ['K2', 7.5, 1, 1, 2, 'UP'],
      ['K1', 1.5, 2, 2, 1, 'DOWN'],
    ]);
    expect(compared(rows[1])).toMatchObject({
      previousScore: 4.5,
      days: 30,
      population: 105_000,
      counts: counts({ faceToFace: 5, alerts: 2 }),
      previous: counts({ faceToFace: 10, alerts: 1 }),
      lastYear: counts({ alerts: 3 }),
    });
    expect(compared(rows[0])).toMatchObject({ previousScore: 2.5, population: 150_000, lastYear: emptyCounts() });
  });

  it('given the rules say SUM, ranks chiefs by the sum of their areas', () => {
    const rows = rankSubjects(subjects('COUNTY_CHIEF'), APRIL, inputs([rules('2000-01-01', 'SUM')]));
    expect(rows.map((r) => [r.subject.subjectId, r.score, r.previousScore])).toEqual([
      ['K2', 15, 5],
      ['K1', 3, 9],
    ]);
  });

  it('given defense areas, ranks all of them with their trends against March', () => {
    const rows = rankSubjects(subjects('STATION_CHIEF'), APRIL, inputs());
    // March: S1 10, S4 3, S3 2, S2 −1
    expect(summary(rows)).toEqual([
      ['S3', 16, 1, 1, 3, 'UP'],
      ['S1', 2, 2, 2, 1, 'DOWN'],
      ['S2', 1, 3, 3, 4, 'UP'],
      ['S4', -1, 4, 4, 2, 'DOWN'],
    ]);
  });

  describe('withinUnitId', () => {
    it('given a county, ranks its areas among themselves and keeps their city-wide rank as overallRank', () => {
      const rows = rankSubjects(subjects('STATION_CHIEF'), APRIL, inputs(), { withinUnitId: 'K1' });
      // March within 沙县: S1 10, S2 −1
      expect(summary(rows)).toEqual([
        ['S1', 2, 1, 2, 1, 'SAME'],
        ['S2', 1, 2, 3, 2, 'SAME'],
      ]);
    });

    it('given a county, ranks the city chiefs ever linked to it', () => {
      expect(summary(rankSubjects(subjects('BUREAU_LEADER'), APRIL, inputs(), { withinUnitId: 'K1' }))).toEqual([
        ['L1', 4, 1, 2, 1, 'SAME'],
        ['L3', 0, 2, 3, null, 'NEW'],
      ]);
      expect(summary(rankSubjects(subjects('BUREAU_LEADER'), APRIL, inputs(), { withinUnitId: 'K2' }))).toEqual([
        ['L2', 7.5, 1, 1, 2, 'UP'],
        ['L1', 4, 2, 2, 1, 'DOWN'],
      ]);
    });

    it('given the city, keeps everyone; given a unit nobody belongs to, gives nothing', () => {
      expect(rankSubjects(subjects('BUREAU_LEADER'), APRIL, inputs(), { withinUnitId: 'C' }).map((r) => r.subject.subjectId)).toEqual([
        'L2',
        'L1',
        'L3',
      ]);
      expect(rankSubjects(subjects('STATION_CHIEF'), APRIL, inputs(), { withinUnitId: 'K9' })).toEqual([]);
    });
  });

  describe('peerGroups', () => {
    it('given two bands, ranks areas of similar population among themselves, smallest first, with labels', () => {
      // when
      const rows = rankSubjects(subjects('STATION_CHIEF'), APRIL, inputs(), { peerGroups: 2 });
      // then: S2 45,000 and S1 60,000; S4 70,000 and S3 80,000
      expect(rows.map((r) => [r.subject.subjectId, r.rank, r.overallRank, r.previousRank, r.trend, r.peerGroup])).toEqual([
        ['S1', 1, 2, 1, 'SAME', { index: 1, label: '同类第1组(人口4.5万–6万)' }],
        ['S2', 2, 3, 2, 'SAME', { index: 1, label: '同类第1组(人口4.5万–6万)' }],
        ['S3', 1, 1, 2, 'UP', { index: 2, label: '同类第2组(人口7万–8万)' }],
        ['S4', 2, 4, 1, 'DOWN', { index: 2, label: '同类第2组(人口7万–8万)' }],
      ]);
    });

    it('given chiefs, bands them by their day-weighted population', () => {
      // L3 105,000; L1 147,000; L2 150,000
      const rows = rankSubjects(subjects('BUREAU_LEADER'), APRIL, inputs(), { peerGroups: 2 });
      expect(rows.map((r) => [r.subject.subjectId, r.rank, r.overallRank, r.peerGroup?.label])).toEqual([
        ['L1', 1, 2, '同类第1组(人口10.5万–14.7万)'],
        ['L3', 2, 3, '同类第1组(人口10.5万–14.7万)'],
        ['L2', 1, 1, '同类第2组(人口15万–15万)'],
      ]);
    });

    it('given more bands than subjects, leaves the empty band out', () => {
      const rows = rankSubjects(subjects('COUNTY_CHIEF'), APRIL, inputs(), { peerGroups: 3 });
      expect(rows.map((r) => [r.subject.subjectId, r.rank, r.overallRank, r.peerGroup])).toEqual([
        ['K1', 1, 2, { index: 1, label: '同类第1组(人口10.5万–10.5万)' }],
        ['K2', 1, 1, { index: 3, label: '同类第3组(人口15万–15万)' }],
      ]);
    });

    it('given a filter too, bands only the subjects within the unit', () => {
      const rows = rankSubjects(subjects('STATION_CHIEF'), APRIL, inputs(), { peerGroups: 2, withinUnitId: 'K2' });
      expect(rows.map((r) => [r.subject.subjectId, r.rank, r.overallRank, r.peerGroup?.label])).toEqual([
        ['S4', 1, 4, '同类第1组(人口7万–7万)'],
        ['S3', 1, 1, '同类第2组(人口8万–8万)'],
      ]);
    });
  });

  describe('intervals', () => {
    // given: four areas on 1 April (X 10 ± 1.96 × 1, Y 8 ± 1.96 × 0.5, Z −5 and W −10 certain),
    // ranked Y, X, W, Z on 31 March
    const units = [unit('K', 'COUNTY', null), ...['X', 'Y', 'Z', 'W'].map((id) => unit(id, 'STATION', 'K', 10_000))];
    const index = new ScoreIndex(scorer);
    index.load([
      figures('X', '2026-03-31', { faceToFace: 5 }),
      figures('Y', '2026-03-31', { faceToFace: 9 }),
      figures('W', '2026-03-31', { faceToFace: 1 }),
      figures('Z', '2026-03-31', { alerts: 1 }),
      figures('X', '2026-04-01', { faceToFace: 10, warningsReceived: 100 }),
      figures('Y', '2026-04-01', { faceToFace: 8, warningsReceived: 25 }),
      figures('Z', '2026-04-01', { alerts: 5 }),
      figures('W', '2026-04-01', { alerts: 10 }),
    ]);
    const day = resolvePeriod({ kind: 'DAY', day: '2026-04-01' }, '2026-04-01');
    const ranking = (options = {}) =>
      rankSubjects(subjectsOf('STATION_CHIEF', units, [], []), day, { index, ruleSets: [], populations: new Map() }, options);

    it('widens each score by 1.96 standard deviations and the ranks by the overlaps; an arrow needs the move itself to be real', () => {
      // then: against the field's mean (0.75 now, 3.5 before), X gained 7.75 and W lost 8.25, surely;
      // Y dropped a place while its own standing rose, and Z gained a place only because W fell
      // past it while Z itself lost ground: no arrow for either
      expect(ranking().map((r) => [r.subject.subjectId, r.score, r.interval, r.rank, r.rankRange, r.previousRank, r.trend])).toEqual([
        ['X', 10, { low: 8.04, high: 11.96 }, 1, { best: 1, worst: 2 }, 2, 'UP'],
        ['Y', 8, { low: 7.02, high: 8.98 }, 2, { best: 1, worst: 2 }, 1, 'UNCERTAIN'],
        ['Z', -5, { low: -5, high: -5 }, 3, { best: 3, worst: 3 }, 4, 'UNCERTAIN'],
        ['W', -10, { low: -10, high: -10 }, 4, { best: 4, worst: 4 }, 3, 'DOWN'],
      ]);
    });

    it('takes the rank ranges and the field a move is measured against within the band, not the city', () => {
      // bands of equal population keep input order: X, Y | Z, W; X and Y against their band's means (9 now, 7 before)
      const rows = ranking({ peerGroups: 2 });
      expect(rows.map((r) => [r.subject.subjectId, r.rank, r.rankRange, r.trend])).toEqual([
        ['X', 1, { best: 1, worst: 2 }, 'UP'],
        ['Y', 2, { best: 1, worst: 2 }, 'DOWN'],
        ['Z', 1, { best: 1, worst: 1 }, 'UP'],
        ['W', 2, { best: 2, worst: 2 }, 'DOWN'],
      ]);
    });

    it('given a chief over several areas, divides the variance of a mean by n² and keeps that of a sum', () => {
      // P scores 2 with variance 3, Q scores 4 with variance 1, on different days
      const twoAreas = [unit('K', 'COUNTY', null), unit('P', 'STATION', 'K'), unit('Q', 'STATION', 'K')];
      const pq = new ScoreIndex(scorer);
      pq.load([
        figures('P', '2026-04-01', { faceToFace: 2, warningsReceived: 300 }),
        figures('Q', '2026-04-02', { faceToFace: 4, warningsReceived: 100 }),
      ]);
      const county = subjectsOf('COUNTY_CHIEF', twoAreas, [], []);
      const period = resolvePeriod({ kind: 'MONTH', day: '2026-04-01' }, '2026-04-30');
      // mean 3, variance (3 + 1) / 4 = 1: 3 ± 1.96
      const [mean] = rankSubjects(county, period, { index: pq, ruleSets: [], populations: new Map() });
      expect([mean.score, mean.interval]).toEqual([3, { low: 1.04, high: 4.96 }]);
      // sum 6, variance 4: 6 ± 3.92
      const [sum] = rankSubjects(county, period, { index: pq, ruleSets: [rules('2000-01-01', 'SUM')], populations: new Map() });
      expect([sum.score, sum.interval]).toEqual([6, { low: 2.08, high: 9.92 }]);
    });
  });

  // Bug: ScoreIndex.setDays shifts the running variance totals by a floating-point delta, so a day
  // whose variance went back to 0 reads back as −2.8e-17 (0.1 − (0.4 − 0.3) in binary); the
  // interval is then 1.96 × √(negative) = NaN, which no screen (nor GraphQL's Float) can show.
  it('given a day whose variance a correction set back to zero, gives a certain interval, not NaN', () => {
    // given: S1 with variances 0.1, 0.3 and 0.7 on 1–3 April; 2 April re-read without warnings
    const index = new ScoreIndex(scorer);
    index.load([
      figures('S1', '2026-04-01', { warningsReceived: 10 }),
      figures('S1', '2026-04-02', { faceToFace: 2, warningsReceived: 30 }),
      figures('S1', '2026-04-03', { warningsReceived: 70 }),
      figures('S2', '2026-04-02', { faceToFace: 1 }),
    ]);
    index.setDays([figures('S1', '2026-04-02', { faceToFace: 2 })]);
    // when
    const day = resolvePeriod({ kind: 'DAY', day: '2026-04-02' }, '2026-04-30');
    const rows = rankSubjects(subjects('STATION_CHIEF'), day, inputs([], index));
    // then
    expect(rows.slice(0, 2).map((r) => [r.subject.subjectId, r.score, r.interval, r.rankRange])).toEqual([
      ['S1', 2, { low: 2, high: 2 }, { best: 1, worst: 1 }],
      ['S2', 1, { low: 1, high: 1 }, { best: 2, worst: 2 }],
    ]);
  });

  it('rounds a mean to four decimals', () => {
    const threeAreas = [unit('K', 'COUNTY', null), unit('P', 'STATION', 'K'), unit('Q', 'STATION', 'K'), unit('R', 'STATION', 'K')];
    const index = new ScoreIndex(scorer);
    index.load([figures('P', '2026-04-01', { faceToFace: 1 })]);
    const [row] = rankSubjects(subjectsOf('COUNTY_CHIEF', threeAreas, [], []), APRIL, { index, ruleSets: [], populations: new Map() });
    expect(row.score).toBe(0.3333);
  });

  it('given subjects of which none answered for anything in the period, gives nothing', () => {
    const period: Period & { previous: Period; lastYear: Period } = {
      from: '2026-06-01',
      to: '2026-06-30',
      previous: { from: '2026-05-01', to: '2026-05-31' },
      lastYear: { from: '2025-06-01', to: '2025-06-30' },
    };
    const gone = subjectsOf('BUREAU_LEADER', UNITS, [chief('L5', 'BUREAU_LEADER', 'C', '2026-01-01', '2026-04-01')], SCOPES);
    expect(rankSubjects(gone, period, inputs())).toEqual([]);
    expect(rankSubjects([], APRIL, inputs())).toEqual([]);
  });
});
