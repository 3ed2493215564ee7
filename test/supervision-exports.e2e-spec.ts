import ExcelJS from 'exceljs';
import { Clock } from '../src/common/clock';
import { buildSmallCity } from './support/small-city';
import { TestApp, startTestApp } from './support/test-app';

const TODAY = '2026-05-15';
const ISSUED_ON = '2026-05-12';
const EVALUATOR = { 'x-actor': 'kp-zhang', 'x-actor-role': 'EVALUATION_STAFF' };
const APPOINT = `mutation($input: AppointChiefInput!) { appointChief(input: $input) { streamId } }`;
const RAISE = `mutation($input: RaiseProblemInput!) { raiseProblem(input: $input) { problemId } }`;
const DRAFT = `mutation($input: DraftLetterInput!) { draftLetter(input: $input) { letterId } }`;
const ISSUE = `mutation($input: LetterStepInput!) { issueLetter(input: $input) { letterId } }`;
const LIST = `query { problemList(countyId: "county-sx", month: "2026-05") {
  problems { number unitName title description statusLabel deadline owner { name } } } }`;

async function workbookOf(response: Response): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs types its input as its own Buffer interface; a response's bytes are what it reads.
  await workbook.xlsx.load((await response.arrayBuffer()) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}

const rowsOf = (sheet: ExcelJS.Worksheet) =>
  sheet
    .getSheetValues()
    .slice(3)
    .map((row) => (row as ExcelJS.CellValue[]).slice(1));

describe('exports: the problem list and the supervision ledger as Excel and CSV', () => {
  let t: TestApp;
  const as = async (query: string, input: Record<string, unknown>) => {
    const res = await t.gql(query, { input }, EVALUATOR);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
  };

  beforeAll(async () => {
    t = await startTestApp();
    // Raised and issued on the 12th; read on the 15th, when the second problem is overdue.
    const today = jest.spyOn(t.app.get(Clock), 'today').mockReturnValue(ISSUED_ON);
    await buildSmallCity(t);
    await t.ok(APPOINT, {
      input: { chiefId: 'cc-sx', name: '沙县局长', role: 'COUNTY_CHIEF', unitId: 'county-sx', effectiveFrom: '2024-01-01' },
    });
    const problem = { countyId: 'county-sx', month: '2026-05', ownerChiefId: 'cc-sx', deadline: '2026-05-31' };
    await as(RAISE, { ...problem, title: '预警见面率偏低', description: '5月以来预警见面率50.0%，低于90%的目标。' });
    await as(RAISE, { ...problem, title: '发案同比上升', description: '发案2起，同比上升100.0%，请复盘。', deadline: '2026-05-13' });
    await as(DRAFT, {
      letterId: 'L-1',
      unitId: 'county-sx',
      title: '关于电诈发案同比上升的工作提示',
      findings: '5月以来发案上升。',
      requirements: ['加强预警劝阻'],
      deadline: '2026-05-25',
      evidence: { unitId: 'county-sx', period: { kind: 'MONTH', day: '2026-05-14' } },
    });
    await as(ISSUE, { letterId: 'L-1' });
    today.mockReturnValue(TODAY);
  }, 120_000);
  afterAll(() => t?.close());

  it("writes a county's problem list of a month as the API lists it, numbered, with owner, deadline and status", async () => {
    const api = (await t.ok(LIST)).problemList.problems;
    const response = await t.get('/exports/problem-lists/county-sx/2026-05.xlsx');
    expect(response.status).toBe(200);
    expect(decodeURIComponent(response.headers.get('content-disposition')!)).toContain('问题清单-沙县分局-2026年5月.xlsx');
    const sheet = (await workbookOf(response)).getWorksheet('问题清单')!;
    expect(sheet.getCell('A1').value).toBe('沙县分局2026年5月问题清单（共2项）');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    const rows = rowsOf(sheet);
    expect(rows.map((r) => [r[0], r[2], r[5], r[6], r[7]])).toEqual(
      api.map((p: Record<string, any>) => [p.number, p.title, `${p.owner.name}（县局局长）`, p.deadline, p.statusLabel]),
    );
    expect(rows[1][7]).toBe('逾期（待整改）');

    const csv = await t.get('/exports/problem-lists/county-sx/2026-05.csv');
    const lines = (await csv.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('序号,单位,问题,具体情况,来源,整改责任人,整改期限,状态,整改方案,整改情况,核验未通过原因');
    expect(lines).toHaveLength(1 + api.length);
  });

  it('writes the supervision ledger of a period: the letter issued in it, with its county, deadline and status', async () => {
    const response = await t.get('/exports/supervision-ledger.xlsx?from=2026-05-01&to=2026-05-31');
    expect(response.status).toBe(200);
    const sheet = (await workbookOf(response)).getWorksheet('督导台账')!;
    expect(sheet.getCell('A1').value).toBe('督导台账（2026年5月1日至2026年5月31日，共1项）');
    const [row] = rowsOf(sheet);
    expect(row[0]).toBe(1);
    expect(row.slice(1, 4)).toEqual([ISSUED_ON, '工作提示函', '沙县分局']);
    expect(row[4]).toContain('关于电诈发案同比上升的工作提示');
    expect(row.slice(5)).toEqual(['2026-05-25', expect.any(String), '否']);
    const before = await t.get('/exports/supervision-ledger.csv?from=2026-04-01&to=2026-04-30');
    expect(
      (await before.text())
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n'),
    ).toHaveLength(1);
  });

  it('refuses another county to a county chief, a malformed month and a missing period, by name', async () => {
    const chiefDt = t.tokens.mint({ subject: 'cc-dt', role: 'COUNTY_CHIEF', units: ['county-dt'] });
    expect((await t.get('/exports/problem-lists/county-sx/2026-05.xlsx', chiefDt)).status).toBe(403);
    expect((await t.get('/exports/supervision-ledger.xlsx?from=2026-05-01&to=2026-05-31', chiefDt)).status).toBe(403);
    expect((await t.get('/exports/supervision-ledger.xlsx?from=2026-05-01&to=2026-05-31&countyId=county-dt', chiefDt)).status).toBe(200);
    const badMonth = await t.get('/exports/problem-lists/county-sx/2026-5.csv');
    expect(badMonth.status).toBe(400);
    expect(((await badMonth.json()) as { message: string }).message).toContain('YYYY-MM');
    const noTo = await t.get('/exports/supervision-ledger.csv?from=2026-05-01');
    expect(noTo.status).toBe(400);
    expect(((await noTo.json()) as { message: string }).message).toContain('to：不能为空');
    expect((await t.get('/exports/supervision-ledger.csv?from=2026-05-01&to=2026-05-31&countyId=nowhere')).status).toBe(404);
  });
});
