import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedDemoCity } from '../src/cli/demo/seed-demo-city';
import { FileImporter } from '../src/imports/commands/file-import.service';
import { loadMapping } from '../src/imports/files/mapping-files';
import { buildSmallCity } from './support/small-city';
import { TestApp, startTestApp } from './support/test-app';

const REPORT = `query($unitId: ID!, $from: Day!, $to: Day!) { indicatorReport(unitId: $unitId, from: $from, to: $to) {
  comparisons { indicator label current lastYear previous yearOnYearPercent periodOnPeriodPercent } } }`;
const HOLD = `mutation($input: HoldPreventionActivityInput!) { holdPreventionActivity(input: $input) { eventIds } }`;
const AMEND = `mutation($input: AmendPreventionTallyInput!) { amendPreventionTally(input: $input) { eventIds } }`;
const RETRACT = `mutation($input: RetractPreventionActivityInput!) { retractPreventionActivity(input: $input) { eventIds } }`;
const RECORD_FACTS = `mutation($facts: [FactInput!]!) { recordFacts(facts: $facts) { recorded refused } }`;

const PREVENTION = ['preventionSessions', 'peopleReached', 'peopleOneToOne', 'materialsDistributed', 'gridGroups'] as const;
type Comparison = {
  indicator: string;
  label: string;
  current: string;
  lastYear: string;
  previous: string;
  yearOnYearPercent: string | null;
  periodOnPeriodPercent: string | null;
};
type Tally = { peopleReached: number; oneToOne: number; materials: number; gridGroups: number };

const tally = (peopleReached: number, oneToOne: number, materials: number, gridGroups: number): Tally => ({
  peopleReached,
  oneToOne,
  materials,
  gridGroups,
});

async function reportOf(t: TestApp, unitId: string, from: string, to: string) {
  const { comparisons } = (await t.ok(REPORT, { unitId, from, to })).indicatorReport as { comparisons: Comparison[] };
  return Object.fromEntries(comparisons.filter((c) => PREVENTION.some((k) => k === c.indicator)).map((c) => [c.indicator, c]));
}
/** A period's 宣防 figures as the report states them: sessions, people, one to one, materials, grid groups. */
async function currentOf(t: TestApp, unitId: string, from: string, to: string) {
  const report = await reportOf(t, unitId, from, to);
  return PREVENTION.map((k) => report[k].current);
}

describe('宣防: prevention activities recorded, corrected and reported', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await buildSmallCity(t);
  });
  afterAll(() => t.close());

  const hold = (activityId: string, form: string, counts: Tally, occurredAt: string, unitId = 'st-c') =>
    t.ok(HOLD, { input: { unitId, activityId, form, ...counts, occurredAt } });
  const recordFacts = async (facts: unknown[]) => {
    const system = t.tokens.mint({ subject: 'prevention-ledger', role: 'RECORDER', units: ['city'], kind: 'SYSTEM' });
    const res = await t.gql(RECORD_FACTS, { facts }, { authorization: `Bearer ${system}` });
    expect(res.data?.recordFacts).toEqual({ recorded: facts.length, refused: 0 });
  };

  it('reports a station’s sessions, people reached (one to one apart), materials and grid groups with 同比 and 环比', async () => {
    await hold('XF-C-2505', 'GATHERING', tally(300, 100, 1_000, 0), '2025-05-10T09:00:00+08:00');
    await hold('XF-C-2604', 'SCHOOL', tally(500, 50, 2_000, 1), '2026-04-12T10:00:00+08:00');
    await hold('XF-C-2605A', 'COMMUNITY', tally(400, 300, 1_500, 2), '2026-05-08T15:00:00+08:00');
    await hold('XF-C-2605B', 'ENTERPRISE', tally(200, 100, 500, 1), '2026-05-20T14:00:00+08:00');

    const may = await reportOf(t, 'st-c', '2026-05-01', '2026-05-31');
    expect(may.preventionSessions).toMatchObject({
      label: '宣防活动场次',
      current: '2',
      lastYear: '1',
      previous: '1',
      yearOnYearPercent: '+100.0',
      periodOnPeriodPercent: '+100.0',
    });
    expect(may.peopleReached).toMatchObject({
      label: '宣防覆盖人数',
      current: '600',
      yearOnYearPercent: '+100.0',
      periodOnPeriodPercent: '+20.0',
    });
    expect(may.peopleOneToOne).toMatchObject({ label: '一对一精准宣传人数', current: '400', lastYear: '100', yearOnYearPercent: '+300.0' });
    expect(may.materialsDistributed).toMatchObject({
      label: '发放宣传资料份数',
      current: '2000',
      previous: '2000',
      periodOnPeriodPercent: '0.0',
    });
    expect(may.gridGroups).toMatchObject({
      label: '组建网格群数',
      current: '3',
      lastYear: '0',
      yearOnYearPercent: null,
      periodOnPeriodPercent: '+200.0',
    });
    // The county sees its station's activities.
    expect((await reportOf(t, 'county-dt', '2026-05-01', '2026-05-31')).peopleReached.current).toBe('600');
  });

  it('counts an amendment and a retraction on the activity’s own day, not the day they were made', async () => {
    const correctedAt = '2026-06-02T10:00:00+08:00';
    await t.ok(AMEND, {
      input: { unitId: 'st-c', activityId: 'XF-C-2605B', ...tally(250, 100, 500, 1), reason: '签到表漏计50人', occurredAt: correctedAt },
    });
    expect(await currentOf(t, 'st-c', '2026-05-01', '2026-05-31')).toEqual(['2', '650', '400', '2000', '3']);

    await t.ok(RETRACT, { input: { unitId: 'st-c', activityId: 'XF-C-2605A', reason: '与XF-C-2604重复录入', occurredAt: correctedAt } });
    expect(await currentOf(t, 'st-c', '2026-05-01', '2026-05-31')).toEqual(['1', '250', '100', '500', '1']);
    expect(await currentOf(t, 'st-c', '2026-06-01', '2026-06-30')).toEqual(['0', '0', '0', '0', '0']);

    const again = await t.refused(AMEND, {
      input: { unitId: 'st-c', activityId: 'XF-C-2605A', ...tally(1, 0, 0, 0), reason: '再改', occurredAt: correctedAt },
    });
    expect(again.message).toContain('宣防活动 XF-C-2605A 已撤回，不能再更改');
  });

  it('lets only a recorder of the station that held the activity correct it', async () => {
    const otherStation = t.tokens.mint({ subject: 'recorder-st-b', role: 'RECORDER', units: ['st-b'] });
    const res = await t.refused(
      RETRACT,
      { input: { unitId: 'st-b', activityId: 'XF-C-2604', reason: '误录', occurredAt: '2026-06-02T10:00:00+08:00' } },
      { authorization: `Bearer ${otherStation}` },
    );
    expect(res.message).toContain('宣防活动 XF-C-2604 由本令牌所辖以外的单位记录');
  });

  it.each([
    [tally(10, 11, 0, 0), 'oneToOne', '一对一精准宣传人数（11人）不能多于覆盖人数（10人）'],
    [tally(0, 0, 0, 0), 'peopleReached', '覆盖人数、宣传资料份数和网格群数不能均为 0'],
    [tally(10, 0, -5, 0), 'input.materials', 'materials（发放宣传资料）不能为负数'],
    [tally(10, 0, 0, 20_000), 'input.gridGroups', 'gridGroups（组建网格群）一次活动最多为 10000个'],
  ])('refuses bad counts naming the field, recording nothing (%#)', async (counts, field, problem) => {
    const res = await t.refused(HOLD, {
      input: { unitId: 'st-c', activityId: 'XF-BAD', form: 'ONLINE', ...counts, occurredAt: '2026-05-05T10:00:00+08:00' },
    });
    const problems = res.extensions!.problems as Array<{ field: string; problem: string }>;
    expect(problems[0].field).toBe(field);
    expect(problems[0].problem).toContain(problem);
  });

  it('refuses an activity id recorded before, naming activityId', async () => {
    const res = await t.refused(HOLD, {
      input: { unitId: 'st-c', activityId: 'XF-C-2604', form: 'SCHOOL', ...tally(1, 0, 0, 0), occurredAt: '2026-05-05T10:00:00+08:00' },
    });
    expect((res.extensions!.problems as Array<{ field: string }>)[0].field).toBe('activityId');
  });

  it('seed 001: 莲前派出所 held 十余场 (12) gatherings, 12,000 people of 30–65 reached one to one, recorded through recordFacts', async () => {
    // 莲心大走访, March to June: each session's one-to-one follow-up differs; they sum to 12,000.
    const oneToOne = [820, 1_150, 960, 1_040, 1_210, 880, 990, 1_060, 1_120, 870, 930, 970];
    expect(oneToOne.reduce((a, b) => a + b)).toBe(12_000);
    await recordFacts(
      oneToOne.map((n, i) => ({
        holdPreventionActivity: {
          unitId: 'st-a',
          activityId: `XF-LQ-${i + 1}`,
          form: 'GATHERING',
          ...tally(n + 120, n, n * 2, 0),
          occurredAt: `2026-0${3 + Math.floor(i / 3)}-${String(5 + (i % 3) * 9).padStart(2, '0')}T09:30:00+08:00`,
        },
      })),
    );
    const spring = await reportOf(t, 'st-a', '2026-03-01', '2026-06-30');
    expect(spring.preventionSessions.current).toBe('12');
    expect(spring.peopleOneToOne.current).toBe('12000');
    expect(spring.peopleReached.current).toBe(String(12_000 + 12 * 120));
  });

  it('seed 002: a county handed out 16万余份 materials over 巡回演出30余场 (32 performances) since January', async () => {
    const materials = Array.from({ length: 32 }, (_, i) => (i === 0 ? 5_500 : 5_000));
    await recordFacts(
      materials.map((n, i) => ({
        holdPreventionActivity: {
          unitId: i % 2 ? 'st-a' : 'st-b',
          activityId: `XF-LT-${i + 1}`,
          form: 'PERFORMANCE',
          ...tally(600, 0, n, 0),
          occurredAt: `2025-${String(1 + (i % 11)).padStart(2, '0')}-${String(1 + Math.floor(i / 11) * 9).padStart(2, '0')}T19:30:00+08:00`,
        },
      })),
    );
    const year = await reportOf(t, 'county-sx', '2025-01-01', '2025-11-30');
    expect(year.preventionSessions.current).toBe('32');
    expect(year.materialsDistributed.current).toBe('160500');
  });
});

describe('宣防活动台账 imported, and imported again after the ledger was corrected', () => {
  let t: TestApp;
  let work: string;
  const SAMPLE = join(__dirname, '..', 'src', 'imports', 'samples', '宣防活动台账.csv');
  const run = async (file: string) =>
    t.app.get(FileImporter).run({ file, mapping: await loadMapping('prevention-ledger'), report: join(work, `report-${Date.now()}.csv`) });

  beforeAll(async () => {
    // The demo city's organisation: the sample names its stations.
    t = await startTestApp({ seed: (store) => seedDemoCity(store, { until: '2025-01-01' }) });
    work = mkdtempSync(join(tmpdir(), 'prevention-import-'));
  });
  afterAll(async () => {
    await t.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('records every row, then a changed row as the amendment of its counts', async () => {
    expect((await run(SAMPLE)).counts).toMatchObject({ rows: 8, recorded: 8, refused: 0 });
    expect(await currentOf(t, 'city', '2026-11-01', '2026-11-30')).toEqual(['8', '3125', '495', '6590', '9']);

    const changed = join(work, 'changed.csv');
    writeFileSync(
      changed,
      readFileSync(SAMPLE, 'utf8').replace('青洋派出所,2026-11-18 19:00:00,900,0,2000,0', '青洋派出所,2026-11-18 19:00:00,1000,0,2500,0'),
    );
    expect((await run(changed)).counts).toMatchObject({ duplicates: 7, corrected: 1, refused: 0 });
    expect(await currentOf(t, 'city', '2026-11-01', '2026-11-30')).toEqual(['8', '3225', '495', '7090', '9']);
  });
});
