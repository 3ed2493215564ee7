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
});
