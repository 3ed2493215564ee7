import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileImporter } from '../src/imports/commands/file-import.service';
import { loadMapping } from '../src/imports/files/mapping-files';
import { buildSmallCity } from './support/small-city';
import { TestApp, startTestApp } from './support/test-app';

const FIGURES = `indicator label current lastYear previous yearOnYearPercent periodOnPeriodPercent`;
const REPORT = `query($unitId: ID!, $from: Day!, $to: Day!) { indicatorReport(unitId: $unitId, from: $from, to: $to) {
  comparisons { ${FIGURES} } outflowAbroad { ${FIGURES} } } }`;
const REGISTER = `mutation($input: RegisterOutflowInput!) { registerOutflow(input: $input) { eventIds } }`;
const RETURN = `mutation($input: RecordOutflowReturnInput!) { recordOutflowReturn(input: $input) { eventIds } }`;
const RETRACT = `mutation($input: RetractOutflowFactInput!) { retractOutflowFact(input: $input) { eventIds } }`;
const RECORD_FACTS = `mutation($facts: [FactInput!]!) { recordFacts(facts: $facts) { recorded refused } }`;

type Comparison = { indicator: string; label: string; current: string; lastYear: string; previous: string };
type Res = { errors?: Array<{ extensions?: Record<string, unknown> }> };

/** April 2026 against March (环比) and April 2025 (同比). */
const APRIL = { from: '2026-04-01', to: '2026-04-30' };
const at = (day: string) => `${day}T10:00:00+08:00`;

describe('people gone abroad for fraud (外流) and persuaded back (劝返)', () => {
  let t: TestApp;
  const eventIds = new Map<string, string>();

  beforeAll(async () => {
    t = await startTestApp();
    await buildSmallCity(t);
  });
  afterAll(() => t.close());

  const report = async (unitId = 'st-a', period = APRIL) => {
    const { comparisons, outflowAbroad } = (await t.ok(REPORT, { unitId, ...period })).indicatorReport as {
      comparisons: Comparison[];
      outflowAbroad: Comparison;
    };
    return Object.fromEntries([...comparisons, outflowAbroad].map((c) => [c.indicator, c]));
  };
  const register = async (personId: string, day: string, extra: object = {}) => {
    const res = await t.ok(REGISTER, { input: { unitId: 'st-a', personId, destination: '缅甸', occurredAt: at(day), ...extra } });
    eventIds.set(`${personId} registered`, res.registerOutflow.eventIds[0]);
  };
  const back = async (personId: string, day: string, way: string) => {
    const res = await t.ok(RETURN, { input: { unitId: 'st-a', personId, way, occurredAt: at(day) } });
    eventIds.set(`${personId} returned`, res.recordOutflowReturn.eventIds[0]);
  };
  const problemOf = (res: Res) => (res.errors![0].extensions!.problems as Array<{ field: string; problem: string }>)[0];

  it('records last year through recordFacts and this year through the mutations, and reports them with 同比 and 环比', async () => {
    const system = t.tokens.mint({ subject: 'outflow-ledger', role: 'RECORDER', units: ['city'], kind: 'SYSTEM' });
    const facts = [
      { registerOutflow: { unitId: 'st-a', personId: 'WL-2025-01', destination: '柬埔寨', occurredAt: at('2025-03-05') } },
      { recordOutflowReturn: { unitId: 'st-a', personId: 'WL-2025-01', way: 'PERSUADED', occurredAt: at('2025-04-10') } },
      { registerOutflow: { unitId: 'st-a', personId: 'WL-2025-02', destination: '老挝', occurredAt: at('2025-04-12') } },
    ];
    const sent = await t.gql(RECORD_FACTS, { facts }, { authorization: `Bearer ${system}` });
    expect(sent.data?.recordFacts).toEqual({ recorded: 3, refused: 0 });

    await register('WL-2026-01', '2026-03-02', { abroadSince: '2025-12-01T00:00:00+08:00' });
    await register('WL-2026-02', '2026-03-10');
    await register('WL-2026-03', '2026-03-20');
    await register('WL-2026-04', '2026-04-05');
    await back('WL-2026-01', '2026-04-15', 'PERSUADED');
    await back('WL-2026-02', '2026-04-20', 'REPATRIATED');
    await back('WL-2026-03', '2026-04-25', 'PERSUADED');

    const april = await report();
    expect(april.outflowIdentified).toMatchObject({ label: '外流人员数', current: '1', lastYear: '1', previous: '3' });
    expect(april.outflowIdentified).toMatchObject({ yearOnYearPercent: '0.0', periodOnPeriodPercent: '-66.7' });
    expect(april.outflowReturned).toMatchObject({ label: '回流人数', current: '3', lastYear: '1', yearOnYearPercent: '+200.0' });
    expect(april.outflowPersuaded).toMatchObject({ label: '劝返人数', current: '2', lastYear: '1', yearOnYearPercent: '+100.0' });
    // Still abroad at each period's end: 6 registered less 4 returned; 5 less 1 at March's; 2 less 1 a year before.
    expect(april.outflowAbroad).toMatchObject({
      label: '期末在外外流人员数',
      current: '2',
      previous: '4',
      lastYear: '1',
      periodOnPeriodPercent: '-50.0',
      yearOnYearPercent: '+100.0',
    });
    // The county and the city count the station's people as theirs.
    expect((await report('county-sx')).outflowPersuaded.current).toBe('2');
    expect((await report('city')).outflowAbroad.current).toBe('2');
  });

  it('takes a retracted return back on its own day, and a registration only once its return is taken back', async () => {
    const retract = (personId: string, what: string) =>
      t.gql(RETRACT, {
        input: { unitId: 'st-a', personId, eventId: eventIds.get(`${personId} ${what}`), reason: '重复录入', occurredAt: at('2026-05-06') },
      });
    expect((await retract('WL-2026-03', 'returned')).errors).toBeUndefined();
    let april = await report();
    expect([april.outflowReturned.current, april.outflowPersuaded.current, april.outflowAbroad.current]).toEqual(['2', '1', '3']);

    const refused = await retract('WL-2026-02', 'registered');
    expect(problemOf(refused)).toMatchObject({ field: 'eventId', problem: expect.stringContaining('须先撤回其回流记录') });

    expect((await retract('WL-2026-04', 'registered')).errors).toBeUndefined();
    april = await report();
    expect([april.outflowIdentified.current, april.outflowAbroad.current]).toEqual(['0', '2']);
    // The return taken back may be recorded again, as it truly happened.
    await back('WL-2026-03', '2026-04-28', 'SELF_RETURNED');
    expect((await report()).outflowReturned.current).toBe('3');
  });

  it.each([
    [RETURN, { personId: 'WL-NONE', way: 'PERSUADED' }, '2026-04-20', 'personId', '外流人员 WL-NONE 尚未登记'],
    [
      RETURN,
      { personId: 'WL-2026-01', way: 'PERSUADED' },
      '2026-04-21',
      'personId',
      '外流人员 WL-2026-01 已于 2026-04-15T10:00:00+08:00 回流',
    ],
    [RETURN, { personId: 'WL-2025-02', way: 'PERSUADED' }, '2025-04-01', 'occurredAt', '早于查明外流的时间（2025-04-12T10:00:00+08:00）'],
    [REGISTER, { personId: 'WL-2026-01', destination: '缅甸' }, '2026-04-22', 'personId', '外流人员 WL-2026-01 已登记'],
    [REGISTER, { personId: 'WL-NEW', destination: '' }, '2026-04-22', 'destination', '须写明外流地（国家或地区）'],
    [
      REGISTER,
      { personId: 'WL-NEW', destination: '缅甸', abroadSince: at('2026-04-23') },
      '2026-04-22',
      'abroadSince',
      '晚于查明外流的时间',
    ],
  ])('refuses bad input naming the field and records nothing (%#)', async (mutation, fields, day, field, problem) => {
    const before = await report();
    const res = await t.gql(mutation, { input: { unitId: 'st-a', occurredAt: at(day), ...fields } });
    expect(problemOf(res).field).toMatch(new RegExp(`^(input\\.)?${field}$`));
    expect(problemOf(res).problem).toContain(problem);
    expect(await report()).toEqual(before);
  });

  it('imports the sample ledger: a person with a return time is registered and returned, one without stays abroad', async () => {
    const work = mkdtempSync(join(tmpdir(), 'outflow-import-'));
    try {
      const mapping = { ...(await loadMapping('station-outflow-persons')), units: { 岩口派出所: 'st-b', 青洋派出所: 'st-c' } };
      const file = join(__dirname, '..', 'src', 'imports', 'samples', '外流人员台账.csv');
      const run = () => t.app.get(FileImporter).run({ file, mapping, report: join(work, `report-${Date.now()}.csv`) });
      expect((await run()).counts).toMatchObject({ recorded: 10, duplicates: 0, refused: 0, rowsWithProblems: 0 });
      const november = await report('county-sx', { from: '2026-11-01', to: '2026-11-30' });
      // 岩口 (st-b, in 沙县): three people, all back, two persuaded; two of them registered before November.
      expect([november.outflowIdentified.current, november.outflowReturned.current, november.outflowPersuaded.current]).toEqual([
        '1',
        '3',
        '2',
      ]);
      const dt = await report('st-c', { from: '2026-11-01', to: '2026-11-30' });
      expect([dt.outflowIdentified.current, dt.outflowReturned.current, dt.outflowAbroad.current]).toEqual(['2', '1', '2']);
      expect((await run()).counts).toMatchObject({ recorded: 0, duplicates: 10 });
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
