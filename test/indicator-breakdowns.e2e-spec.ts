import { Clock } from '../src/common/clock';
import { buildSmallCity } from './support/small-city';
import { TestApp, startTestApp } from './support/test-app';

const DAY = '2026-05-15';
const TODAY = '2026-05-16';
const at = (time: string, day = DAY) => `${day}T${time}:00+08:00`;

const INPUT_TYPES: Record<string, string> = {
  receiveWarning: 'ReceiveWarningInput',
  recordWarningContact: 'RecordWarningContactInput',
  recordWarningDissuaded: 'RecordWarningDissuadedInput',
  retractWarningFact: 'RetractWarningFactInput',
  receiveFraudAlert: 'ReceiveFraudAlertInput',
  revokeFraudAlert: 'RevokeFraudAlertInput',
  fileCase: 'FileCaseInput',
  amendCaseLoss: 'AmendCaseLossInput',
  revokeCase: 'RevokeCaseInput',
};
const mutation = (name: string) => `mutation($input: ${INPUT_TYPES[name]}!) { ${name}(input: $input) { eventIds } }`;

const REPORT = `query($unitId: ID!, $from: Day!, $to: Day!) { indicatorReport(unitId: $unitId, from: $from, to: $to) {
  current { warningsReceived contacted faceToFace dissuaded alerts cases loss }
  byWarningKind { key label comparisons { indicator current lastYear } rates { rate current { numerator denominator percent } } }
  byFraudType { key label comparisons { indicator current yearOnYearPercent } rates { rate } } } }`;

interface Row {
  key: string;
  label: string;
  comparisons: Array<{ indicator: string; current: string; lastYear?: string; yearOnYearPercent?: string | null }>;
  rates: Array<{ rate: string; current?: { numerator: number; denominator: number; percent: string | null } }>;
}

/** A row's figures by indicator, as the API writes them. */
const figures = (row: Row | undefined) => Object.fromEntries((row?.comparisons ?? []).map((c) => [c.indicator, c.current]));

describe('指标 breakdowns: by warning kind and by fraud type, corrections included', () => {
  let t: TestApp;
  const ids: Record<string, string> = {};
  const record = async (name: string, input: Record<string, unknown>, unitId = 'st-a') =>
    (await t.ok(mutation(name), { input: { unitId, ...input } }))[name].eventIds[0] as string;
  const report = async (unitId: string, from = DAY, to = DAY) => (await t.ok(REPORT, { unitId, from, to })).indicatorReport;

  beforeAll(async () => {
    t = await startTestApp();
    jest.spyOn(t.app.get(Clock), 'today').mockReturnValue(TODAY);
    await buildSmallCity(t);
    // Two fund warnings (one met face to face and dissuaded), one familiar-police warning by phone; one on st-b.
    await record('receiveWarning', { instructionId: 'YJ-1', kind: 'FUND', occurredAt: at('09:00'), deadline: at('11:00') });
    ids.met = await record('recordWarningContact', { instructionId: 'YJ-1', method: 'FACE_TO_FACE', occurredAt: at('09:30') });
    ids.dissuaded = await record('recordWarningDissuaded', { instructionId: 'YJ-1', occurredAt: at('09:40') });
    await record('receiveWarning', { instructionId: 'YJ-2', kind: 'FUND', occurredAt: at('10:00'), deadline: at('12:00') });
    await record('receiveWarning', { instructionId: 'YJ-3', kind: 'FAMILIAR_POLICE', occurredAt: at('10:00'), deadline: at('12:00') });
    await record('recordWarningContact', { instructionId: 'YJ-3', method: 'PHONE', occurredAt: at('10:20') });
    await record('receiveWarning', { instructionId: 'YJ-9', kind: 'SMS', occurredAt: at('10:00'), deadline: at('12:00') }, 'st-b');
    // Alerts and cases of two fraud types; one alert revoked, one case's loss amended, one case revoked.
    await record('receiveFraudAlert', { alertId: 'JQ-1', fraudType: 'INVESTMENT', occurredAt: at('08:00') });
    await record('receiveFraudAlert', { alertId: 'JQ-2', fraudType: 'INVESTMENT', occurredAt: at('08:10') });
    await record('receiveFraudAlert', { alertId: 'JQ-3', fraudType: 'ORDER_BRUSHING', occurredAt: at('08:20') });
    await record('fileCase', { caseId: 'AJ-1', fraudType: 'INVESTMENT', loss: '120000.00', occurredAt: at('11:00') });
    await record('fileCase', { caseId: 'AJ-2', fraudType: 'ORDER_BRUSHING', loss: '3000.00', occurredAt: at('11:30') });
    await record('fileCase', { caseId: 'AJ-3', fraudType: 'ORDER_BRUSHING', loss: '500.00', occurredAt: at('11:40') });
    const correct = { occurredAt: at('09:00', TODAY) };
    await record('revokeFraudAlert', { alertId: 'JQ-2', reason: '重复接报', ...correct });
    await record('amendCaseLoss', { caseId: 'AJ-1', loss: '100000.00', reason: '部分款项已追回前转出', ...correct });
    await record('revokeCase', { caseId: 'AJ-3', reason: '不构成诈骗', ...correct });
  }, 120_000);

  afterAll(() => t?.close());

  it('splits the warnings by kind, with each kind its own rates', async () => {
    const { byWarningKind } = await report('st-a');
    expect(byWarningKind.map((r: Row) => [r.key, r.label])).toEqual([
      ['FUND', '资金预警'],
      ['FAMILIAR_POLICE', '熟警预警'],
    ]);
    expect(figures(byWarningKind[0])).toMatchObject({ warningsReceived: '2', contacted: '1', faceToFace: '1', dissuaded: '1' });
    expect(figures(byWarningKind[1])).toMatchObject({ warningsReceived: '1', contacted: '1', faceToFace: '0', dissuaded: '0' });
    const faceToFace = (row: Row) => row.rates.find((r) => r.rate === 'faceToFaceRate')!.current;
    expect(faceToFace(byWarningKind[0])).toEqual({ numerator: 1, denominator: 2, percent: '50.0' });
    expect(faceToFace(byWarningKind[1])).toEqual({ numerator: 0, denominator: 1, percent: '0.0' });
  });

  it('splits alerts, cases and losses by fraud type, after revocations and amendments', async () => {
    const { byFraudType } = await report('st-a');
    expect(byFraudType.map((r: Row) => [r.key, r.label])).toEqual([
      ['ORDER_BRUSHING', '刷单返利'],
      ['INVESTMENT', '虚假投资理财'],
    ]);
    expect(figures(byFraudType[0])).toEqual({ alerts: '1', cases: '1', loss: '3000.00' });
    expect(figures(byFraudType[1])).toEqual({ alerts: '1', cases: '1', loss: '100000.00' });
    expect(byFraudType[1].rates).toEqual([]);
  });

  it("adds up to the report's own totals, for a station, its county and the city", async () => {
    for (const unitId of ['st-a', 'county-sx', 'city']) {
      const { current, byWarningKind, byFraudType } = await report(unitId);
      const sum = (rows: Row[], indicator: string) =>
        rows.reduce((s, r) => s + Number(r.comparisons.find((c) => c.indicator === indicator)!.current), 0);
      for (const k of ['warningsReceived', 'contacted', 'faceToFace', 'dissuaded']) expect(sum(byWarningKind, k)).toBe(current[k]);
      for (const k of ['alerts', 'cases']) expect(sum(byFraudType, k)).toBe(current[k]);
      expect(sum(byFraudType, 'loss').toFixed(2)).toBe(current.loss);
    }
    // st-b's SMS warning is the county's and the city's, not st-a's.
    expect((await report('county-sx')).byWarningKind.map((r: Row) => r.key)).toEqual(['FUND', 'SMS', 'FAMILIAR_POLICE']);
  });

  it('compares with the same days last year, and leaves out kinds with nothing in any of the periods', async () => {
    const { byWarningKind, byFraudType } = await report('st-c');
    expect(byWarningKind).toEqual([]);
    expect(byFraudType).toEqual([]);
    const fund = (await report('st-a')).byWarningKind[0] as Row;
    expect(fund.comparisons.find((c) => c.indicator === 'warningsReceived')!.lastYear).toBe('0');
  });

  it("counts a retracted follow-up back under its warning's kind", async () => {
    await record('retractWarningFact', {
      instructionId: 'YJ-1',
      eventId: ids.dissuaded,
      reason: '当事人事后仍转账',
      occurredAt: at('09:00', TODAY),
    });
    const fund = (await report('st-a')).byWarningKind[0] as Row;
    expect(figures(fund)).toMatchObject({ warningsReceived: '2', dissuaded: '0' });
  });
});
