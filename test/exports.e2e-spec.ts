import ExcelJS from 'exceljs';
import { Clock } from '../src/common/clock';
import { buildSmallCity } from './support/small-city';
import { TestApp, startTestApp } from './support/test-app';

const DAY = '2026-05-15';
const at = (time: string) => `${DAY}T${time}:00+08:00`;
const RECORD: Record<string, string> = {
  receiveFraudAlert: 'ReceiveFraudAlertInput',
  fileCase: 'FileCaseInput',
  receiveWarning: 'ReceiveWarningInput',
  recordWarningContact: 'RecordWarningContactInput',
};
const RANKING = `query($day: Day!) { ranking(role: STATION_CHIEF, period: { kind: MONTH, day: $day }) {
  roleLabel period { label from to } rows { rank name countyName chief { name } score interval { low high } casesPer10k
  headline { indicator label current yearOnYearPercent } } } }`;
const REPORT = `query($unitId: ID!, $from: Day!, $to: Day!) { indicatorReport(unitId: $unitId, from: $from, to: $to) {
  comparisons { indicator label current lastYear } rates { label current { numerator denominator percent } }
  byFraudType { label comparisons { indicator current } } } }`;

async function workbookOf(response: Response): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs types its input as its own Buffer interface; a response's bytes are what it reads.
  await workbook.xlsx.load((await response.arrayBuffer()) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}

/** A sheet's rows below its caption and header, as plain values. */
const bodyOf = (sheet: ExcelJS.Worksheet) =>
  sheet
    .getSheetValues()
    .slice(3)
    .map((row) => (row as ExcelJS.CellValue[]).slice(1));
const headerOf = (sheet: ExcelJS.Worksheet) => (sheet.getRow(2).values as ExcelJS.CellValue[]).slice(1);

describe('exports: rankings and indicator reports as Excel and CSV', () => {
  let t: TestApp;
  const record = (name: string, input: Record<string, unknown>, unitId = 'st-a') =>
    t.ok(`mutation($input: ${RECORD[name]}!) { ${name}(input: $input) { eventIds } }`, { input: { unitId, ...input } });
  const as = (role: string, units?: string[]) => t.tokens.mint({ subject: `export-${role}`, role: role as never, units });

  beforeAll(async () => {
    t = await startTestApp();
    jest.spyOn(t.app.get(Clock), 'today').mockReturnValue('2026-05-16');
    await buildSmallCity(t);
    await record('receiveFraudAlert', { alertId: 'JQ-1', fraudType: 'INVESTMENT', occurredAt: at('08:00') });
    await record('fileCase', { caseId: 'AJ-1', fraudType: 'INVESTMENT', loss: '123456.78', occurredAt: at('09:00') });
    await record('receiveFraudAlert', { alertId: 'JQ-2', fraudType: 'LOAN', occurredAt: at('08:00') }, 'st-c');
    await record('receiveWarning', { instructionId: 'YJ-1', kind: 'FUND', occurredAt: at('09:00'), deadline: at('11:00') }, 'st-b');
    await record('recordWarningContact', { instructionId: 'YJ-1', method: 'FACE_TO_FACE', occurredAt: at('09:30') }, 'st-b');
  }, 120_000);
  afterAll(() => t?.close());

  it('writes the station ranking as the API ranks it: Chinese headers, a frozen header row, numbers as numbers', async () => {
    const api = (await t.ok(RANKING, { day: DAY })).ranking;
    const response = await t.get(`/exports/ranking.xlsx?role=STATION_CHIEF&kind=MONTH&day=${DAY}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent(`三级六长排名-${api.roleLabel}-${api.period.label}.xlsx`).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`,
    );
    const sheet = (await workbookOf(response)).worksheets[0];
    expect(sheet.getCell('A1').value).toBe(`${api.roleLabel}排名\u3000${api.period.label}（${api.period.from}至${api.period.to}）`);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    const header = headerOf(sheet);
    expect(header.slice(0, 7)).toEqual(['名次', '升降', '名次变化', '名称', '县（区）', '责任人', '得分']);
    expect(header).toContain('财损（元）');
    const body = bodyOf(sheet);
    expect(body).toHaveLength(api.rows.length);
    api.rows.forEach((row: { rank: number; name: string; countyName: string; chief: { name: string }; score: number }, i: number) => {
      expect(body[i][0]).toBe(row.rank);
      expect(body[i][3]).toBe(row.name);
      expect(body[i][4]).toBe(row.countyName);
      expect(body[i][5]).toBe(row.chief.name);
      expect(body[i][6]).toBe(row.score);
    });
    const lossColumn = header.indexOf('财损（元）');
    const fenggang = body.find((r) => r[3] === api.rows.find((row: { name: string }) => row.name.startsWith('凤岗')).name)!;
    expect(fenggang[lossColumn]).toBe(123456.78);
    expect(sheet.getColumn(lossColumn + 1).numFmt).toBe('#,##0.00');
  });

  it('writes the same ranking as CSV for systems: UTF-8 with a byte-order mark, RFC 4180 lines', async () => {
    const response = await t.get(`/exports/ranking.csv?role=STATION_CHIEF&kind=MONTH&day=${DAY}`);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.startsWith('名次,升降,名次变化,名称,县（区）,责任人,得分')).toBe(true);
    const lines = text.split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(1 + 3);
    expect(lines.some((line) => line.includes('123456.78'))).toBe(true);
  });

  it("writes a unit's indicator report, its rates and its splits as sheets, with the API's figures", async () => {
    const api = (await t.ok(REPORT, { unitId: 'county-sx', from: '2026-05-01', to: '2026-05-16' })).indicatorReport;
    const response = await t.get('/exports/indicators/county-sx.xlsx?from=2026-05-01&to=2026-05-16');
    expect(response.status).toBe(200);
    const workbook = await workbookOf(response);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['指标', '比率', '按预警类型', '按诈骗类型', '按作案手段', '按受害群体']);
    const indicators = bodyOf(workbook.getWorksheet('指标')!);
    const loss = api.comparisons.find((c: { indicator: string }) => c.indicator === 'loss');
    expect(indicators.find((r) => r[0] === '财损（元）')!.slice(1, 3)).toEqual([Number(loss.current), Number(loss.lastYear)]);
    const alertsRow = workbook
      .getWorksheet('指标')!
      .getRow(3 + api.comparisons.findIndex((c: { indicator: string }) => c.indicator === 'warningsReceived'));
    expect(alertsRow.getCell(2).numFmt).toBe('#,##0');
    const rates = bodyOf(workbook.getWorksheet('比率')!);
    const faceToFace = api.rates.find((r: { label: string }) => r.label === '见面率');
    expect(rates.find((r) => r[0] === '见面率')!.slice(1, 4)).toEqual([
      Number(faceToFace.current.percent),
      faceToFace.current.numerator,
      faceToFace.current.denominator,
    ]);
    const types = bodyOf(workbook.getWorksheet('按诈骗类型')!);
    expect(types.map((r) => r[0])).toEqual(api.byFraudType.map((r: { label: string }) => r.label));
    expect(types[0][1]).toBe(1); // 虚假投资理财: one alert in 沙县 (the LOAN alert is 大田's)
  });

  it('refuses what the caller may not read, and bad parameters by name', async () => {
    const chiefSx = as('COUNTY_CHIEF', ['county-sx']);
    expect((await t.get('/exports/indicators/county-sx.csv?from=2026-05-01&to=2026-05-16', chiefSx)).status).toBe(200);
    expect((await t.get('/exports/indicators/st-c.xlsx?from=2026-05-01&to=2026-05-16', chiefSx)).status).toBe(403);
    expect((await t.get('/exports/ranking.xlsx?role=STATION_CHIEF', as('RECORDER', ['st-a']))).status).toBe(403);
    const badRole = await t.get('/exports/ranking.xlsx?role=MAYOR');
    expect(badRole.status).toBe(400);
    expect(((await badRole.json()) as { message: string }).message).toContain('role：须为');
    const noFrom = await t.get('/exports/indicators/county-sx.xlsx?to=2026-05-16');
    expect(noFrom.status).toBe(400);
    expect(((await noFrom.json()) as { message: string }).message).toContain('from：不能为空');
    expect((await t.get('/exports/indicators/no-such-unit.xlsx?from=2026-05-01&to=2026-05-16')).status).toBe(404);
  });
});
