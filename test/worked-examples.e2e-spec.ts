import { buildSmallCity } from './support/small-city';
import { TestApp, startTestApp } from './support/test-app';

const REPORT = `query($unitId: ID!, $from: Day!, $to: Day!) { indicatorReport(unitId: $unitId, from: $from, to: $to) {
  current { casesSolved suspectsApprehended warningsReceived faceToFace }
  comparisons { indicator current lastYear yearOnYearPercent }
  rates { rate label current { numerator denominator percent } } } }`;

/** Runs mutations with bounded concurrency: thousands of facts over real HTTP in a few seconds. */
async function inParallel<T>(items: T[], run: (item: T) => Promise<unknown>, width = 16) {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await run(items[next++]);
    }),
  );
}

describe('the worked examples of domain.md, through GraphQL', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await buildSmallCity(t);
  });
  afterAll(() => t.close());

  it('seed 002: 244 cases solved against 51 last year is +378.4%; 120 suspects against 12 is +900.0%', async () => {
    const solve = `mutation($input: SolveCaseInput!) { solveCase(input: $input) { eventIds } }`;
    const apprehend = `mutation($input: ApprehendSuspectsInput!) { apprehendSuspects(input: $input) { eventIds } }`;
    const solved = [
      ...Array.from({ length: 51 }, (_, i) => ({ year: 2025, i })),
      ...Array.from({ length: 244 }, (_, i) => ({ year: 2026, i })),
    ];
    await inParallel(solved, ({ year, i }) =>
      t.ok(solve, {
        input: {
          unitId: 'st-b',
          operationId: `OP-${year}-${i}`,
          caseId: `AJ-${year}-${i}`,
          occurredAt: `${year}-0${1 + (i % 9)}-1${i % 10}T10:00:00+08:00`,
        },
      }),
    );
    await t.ok(apprehend, {
      input: {
        unitId: 'st-b',
        operationId: 'OP-2025-0',
        charge: 'FRAUD',
        measure: 'CRIMINAL',
        count: 12,
        occurredAt: '2025-03-01T10:00:00+08:00',
      },
    });
    await t.ok(apprehend, {
      input: {
        unitId: 'st-b',
        operationId: 'OP-2026-0',
        charge: 'ASSISTING',
        measure: 'CRIMINAL',
        count: 120,
        occurredAt: '2026-03-01T10:00:00+08:00',
      },
    });

    const report = (await t.ok(REPORT, { unitId: 'county-sx', from: '2026-01-01', to: '2026-10-31' })).indicatorReport;
    const byKey = Object.fromEntries(report.comparisons.map((c: { indicator: string }) => [c.indicator, c]));
    expect(byKey.casesSolved).toMatchObject({ current: '244', lastYear: '51', yearOnYearPercent: '+378.4' });
    expect(byKey.suspectsApprehended).toMatchObject({ current: '120', lastYear: '12', yearOnYearPercent: '+900.0' });
  });

  it('seed 000: 1,826 face-to-face of 1,832 fund warnings is a 99.7% face-to-face rate', async () => {
    const receive = `mutation($input: ReceiveWarningInput!) { receiveWarning(input: $input) { eventIds } }`;
    const contact = `mutation($input: RecordWarningContactInput!) { recordWarningContact(input: $input) { eventIds } }`;
    const warnings = Array.from({ length: 1832 }, (_, i) => i);
    const at = (i: number, hour: number) => `2026-0${1 + (i % 6)}-${String(1 + (i % 28)).padStart(2, '0')}T${hour}:00:00+08:00`;
    await inParallel(warnings, async (i) => {
      await t.ok(receive, { input: { unitId: 'st-a', instructionId: `F-${i}`, kind: 'FUND', occurredAt: at(i, 10), deadline: at(i, 22) } });
      await t.ok(contact, {
        input: { unitId: 'st-a', instructionId: `F-${i}`, method: i < 1826 ? 'FACE_TO_FACE' : 'PHONE', occurredAt: at(i, 12) },
      });
    });
    const report = (await t.ok(REPORT, { unitId: 'st-a', from: '2026-01-01', to: '2026-06-30' })).indicatorReport;
    expect(report.current).toMatchObject({ warningsReceived: 1832, faceToFace: 1826 });
    const rate = report.rates.find((r: { rate: string }) => r.rate === 'faceToFaceRate');
    expect(rate).toMatchObject({ label: '见面率', current: { numerator: 1826, denominator: 1832, percent: '99.7' } });
  });

  it('seed 003: 44 suspects of whom 23 dealt with for fraud and 21 for 帮信; 2,058 accounts stopped in a quarter, 3,727万余元, 止付效率 up 70.08%', async () => {
    const system = t.tokens.mint({ subject: 'case-system', role: 'RECORDER', units: ['city'], kind: 'SYSTEM' });
    const recordFacts = async (facts: unknown[]) => {
      const res = await t.gql(
        `mutation($facts: [FactInput!]!) { recordFacts(facts: $facts) { recorded refused } }`,
        { facts },
        {
          authorization: `Bearer ${system}`,
        },
      );
      expect(res.data?.recordFacts).toEqual({ recorded: facts.length, refused: 0 });
    };
    // 1月18日: the operation's apprehensions, as three stations recorded them.
    const apprehended: Array<[string, string, number]> = [
      ['st-a', 'FRAUD', 12],
      ['st-b', 'FRAUD', 11],
      ['st-a', 'ASSISTING', 9],
      ['st-c', 'ASSISTING', 12],
    ];
    await recordFacts(
      apprehended.map(([unitId, charge, count], i) => ({
        apprehendSuspects: {
          unitId,
          operationId: `SW-0118-${i}`,
          charge,
          measure: 'CRIMINAL',
          count,
          occurredAt: '2026-01-18T16:00:00+08:00',
        },
      })),
    );
    // 一季度: 700 stop-payments of 2 or 3 accounts, 2,058 accounts and ¥37,271,234.56 in all.
    const total = 3_727_123_456;
    const stops = Array.from({ length: 700 }, (_, i) => ({ accounts: i < 658 ? 3 : 2, amountFen: 5_250_000 + i * 100 }));
    stops[699].amountFen = total - stops.slice(0, 699).reduce((sum, s) => sum + s.amountFen, 0);
    expect(stops.reduce((sum, s) => sum + s.accounts, 0)).toBe(2_058);
    for (let from = 0; from < stops.length; from += 350) {
      await recordFacts(
        stops.slice(from, from + 350).map((stop, j) => {
          const i = from + j;
          const day = `2026-0${1 + (i % 3)}-${String(1 + (i % 28)).padStart(2, '0')}`;
          const yuan = `${Math.floor(stop.amountFen / 100)}.${String(stop.amountFen % 100).padStart(2, '0')}`;
          return {
            stopPayment: {
              unitId: ['st-a', 'st-b', 'st-c'][i % 3],
              operationId: `ZF-Q1-${i}`,
              accounts: stop.accounts,
              amount: yuan,
              // 62 or 63 minutes from the report: 43,750 minutes for the 700 stops.
              reportedAt: `${day}T${i % 2 ? '09:57' : '09:58'}:00+08:00`,
              occurredAt: `${day}T11:00:00+08:00`,
            },
          };
        }),
      );
    }
    // The quarter before (the 90 days before 1月1日): as many stops, 74,410 minutes from report to stop.
    for (let from = 0; from < 700; from += 350) {
      await recordFacts(
        Array.from({ length: 350 }, (_, j) => {
          const i = from + j;
          const day = `2025-${10 + (i % 3)}-${String(5 + (i % 24)).padStart(2, '0')}`;
          return {
            stopPayment: {
              unitId: 'st-a',
              operationId: `ZF-Q4-${i}`,
              accounts: 1,
              amount: '1000.00',
              reportedAt: `${day}T${i < 490 ? '09:14' : '09:13'}:00+08:00`,
              occurredAt: `${day}T11:00:00+08:00`,
            },
          };
        }),
      );
    }

    const city = `query($from: Day!, $to: Day!) { indicatorReport(unitId: "city", from: $from, to: $to) {
      current { suspectsApprehended suspectsCriminal suspectsFraud suspectsAssisting suspectsConcealing accountsStopped stopped stopsTimed stopMinutes }
      stopEfficiency { averageMinutes previousAverageMinutes lastYearAverageMinutes periodOnPeriodPercent } } }`;
    const day = (await t.ok(city, { from: '2026-01-18', to: '2026-01-18' })).indicatorReport;
    expect(day.current).toMatchObject({
      suspectsApprehended: 44,
      suspectsCriminal: 44,
      suspectsFraud: 23,
      suspectsAssisting: 21,
      suspectsConcealing: 0,
    });
    const quarter = (await t.ok(city, { from: '2026-01-01', to: '2026-03-31' })).indicatorReport;
    expect(quarter.current).toMatchObject({ accountsStopped: 2_058, stopped: '37271234.56', stopsTimed: 700, stopMinutes: 43_750 });
    // 止付效率环比提升70.08%: 62.5 minutes from report to stop against 106.3 the quarter before.
    expect(quarter.stopEfficiency).toEqual({
      averageMinutes: '62.5',
      previousAverageMinutes: '106.3',
      lastYearAverageMinutes: null,
      periodOnPeriodPercent: '+70.08',
    });
  });

  it('seed 004: 49 people dissuaded on 熟警预警, a success rate of 100%, beside the other kinds', async () => {
    const system = t.tokens.mint({ subject: 'warning-platform', role: 'RECORDER', units: ['city'], kind: 'SYSTEM' });
    const at = (i: number, minutes: number) =>
      new Date(Date.parse(`2026-05-${String(1 + (i % 28)).padStart(2, '0')}T09:00:00+08:00`) + minutes * 60_000).toISOString();
    const warning = (i: number, kind: string, dissuaded: boolean) => {
      const common = { unitId: 'st-c', instructionId: `SJ-${kind}-${i}` };
      return [
        { receiveWarning: { ...common, kind, occurredAt: at(i, 0), deadline: at(i, 60) } },
        { recordWarningContact: { ...common, method: 'FACE_TO_FACE', occurredAt: at(i, 20) } },
        ...(dissuaded ? [{ recordWarningDissuaded: { ...common, occurredAt: at(i, 30) } }] : []),
      ];
    };
    const facts = [
      ...Array.from({ length: 49 }, (_, i) => warning(i, 'FAMILIAR_POLICE', true)),
      ...Array.from({ length: 20 }, (_, i) => warning(i, 'FUND', i < 15)),
    ].flat();
    const res = await t.gql(
      `mutation($facts: [FactInput!]!) { recordFacts(facts: $facts) { recorded refused } }`,
      { facts },
      {
        authorization: `Bearer ${system}`,
      },
    );
    expect(res.data?.recordFacts).toEqual({ recorded: facts.length, refused: 0 });

    const byKind = `query { indicatorReport(unitId: "st-c", from: "2026-05-01", to: "2026-05-31") {
      byWarningKind { key label rates { rate label current { numerator denominator percent } } } } }`;
    const rows = (await t.ok(byKind)).indicatorReport.byWarningKind;
    const dissuasion = (key: string) =>
      rows.find((r: { key: string }) => r.key === key).rates.find((r: { rate: string }) => r.rate === 'dissuasionRate');
    expect(rows.find((r: { key: string }) => r.key === 'FAMILIAR_POLICE').label).toBe('熟警预警');
    expect(dissuasion('FAMILIAR_POLICE')).toMatchObject({
      label: '劝阻成功率',
      current: { numerator: 49, denominator: 49, percent: '100.0' },
    });
    expect(dissuasion('FUND').current).toEqual({ numerator: 15, denominator: 20, percent: '75.0' });
  });

  it('刑事警情 and 警情→发案: the bulletin counts the criminal alerts only, and the report the cases filed from alerts', async () => {
    const system = t.tokens.mint({ subject: 'case-system', role: 'RECORDER', units: ['city'], kind: 'SYSTEM' });
    const at = (hour: number) => `2026-06-02T${String(hour).padStart(2, '0')}:00:00+08:00`;
    const facts = [
      { receiveFraudAlert: { unitId: 'st-a', alertId: 'JQ-X1', fraudType: 'LOAN', criminal: true, occurredAt: at(9) } },
      { receiveFraudAlert: { unitId: 'st-a', alertId: 'JQ-X2', fraudType: 'LOAN', occurredAt: at(10) } },
      // 未遂, no loss: an alert, not a criminal one.
      { receiveFraudAlert: { unitId: 'st-c', alertId: 'JQ-X3', fraudType: 'INVESTMENT', criminal: false, occurredAt: at(11) } },
      { fileCase: { unitId: 'st-a', caseId: 'AJ-X1', alertId: 'JQ-X1', fraudType: 'LOAN', loss: '5000.00', occurredAt: at(14) } },
      { fileCase: { unitId: 'st-a', caseId: 'AJ-X2', alertId: 'JQ-X2', fraudType: 'LOAN', loss: '800.00', occurredAt: at(15) } },
    ];
    const res = await t.gql(
      `mutation($facts: [FactInput!]!) { recordFacts(facts: $facts) { recorded refused } }`,
      { facts },
      {
        authorization: `Bearer ${system}`,
      },
    );
    expect(res.data?.recordFacts).toEqual({ recorded: 5, refused: 0 });

    const report = `query { indicatorReport(unitId: "city", from: "2026-06-02", to: "2026-06-02") {
      current { alerts criminalAlerts cases casesFromAlerts } alertConversionPercent } }`;
    expect((await t.ok(report)).indicatorReport).toEqual({
      current: { alerts: 3, criminalAlerts: 2, cases: 2, casesFromAlerts: 2 },
      alertConversionPercent: '66.7',
    });
    const draft = (
      await t.ok(`query { bulletinDraft(day: "2026-06-02") { text figures { alerts alertsByCounty { countyName alerts } } } }`)
    ).bulletinDraft;
    expect(draft.figures).toEqual({ alerts: 2, alertsByCounty: [{ countyName: '沙县', alerts: 2 }] });
    expect(draft.text).toMatch(/^6月2日，全市共接报涉电诈刑事警情2起，均在沙县。/);
  });
});
