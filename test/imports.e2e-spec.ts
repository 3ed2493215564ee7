import { ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedDemoCity } from '../src/cli/demo/seed-demo-city';
import { buildDemoCity } from '../src/cli/demo/demo-organization';
import { EventStore } from '../src/event-store/event-store.port';
import { FileImporter, FileImportOptions } from '../src/imports/commands/file-import.service';
import { loadMapping } from '../src/imports/files/mapping-files';
import { TestApp, startTestApp } from './support/test-app';

const SAMPLES = join(__dirname, '..', 'src', 'imports', 'samples');
const IMPORT_CLI = join(__dirname, '..', 'src', 'cli', 'import.ts');
const REPORT_QUERY = `query($from: Day!, $to: Day!) { indicatorReport(unitId: "city", from: $from, to: $to) {
  current { warningsReceived contacted dissuaded alerts cases loss casesSolved suspectsApprehended stopped frozen returned } } }`;

jest.setTimeout(180_000);

/** The CSV report as rows of cells (BOM and header dropped). */
function reportRows(path: string): string[][] {
  const text = readFileSync(path, 'utf8');
  expect(text.startsWith('\uFEFF行号,列,问题,结果\r\n')).toBe(true);
  return text
    .slice(1)
    .split('\r\n')
    .slice(1, -1)
    .map((line) => line.split(','));
}

/** Warning rows as the platform exports them, for stations of the demo city. */
function warningFile(path: string, rows: number, prefix: string): void {
  const stations = buildDemoCity().stations;
  const lines = ['指令编号,接收单位,下发时间,预警类型,处置时限,联系时间,联系方式,劝阻结果,案件编号'];
  for (let i = 0; i < rows; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const next = String(2 + (i % 28)).padStart(2, '0');
    const time = `${String(8 + (i % 12)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00`;
    lines.push(
      `${prefix}${String(i).padStart(8, '0')},${stations[i % stations.length].name},2026/10/${day} ${time},资金预警,2026/10/${next} ${time},,,,`,
    );
  }
  writeFileSync(path, `\uFEFF${lines.join('\r\n')}\r\n`);
}

/** The files the mappings ship with, imported into the demo city's organisation. */
describe('importing the platforms’ exports', () => {
  let t: TestApp;
  let work: string;
  const head = () => t.app.get(EventStore).headPosition();
  const run = async (file: string, mappingName: string, options: Partial<FileImportOptions> = {}) =>
    t.app
      .get(FileImporter)
      .run({ file, mapping: await loadMapping(mappingName), report: join(work, `${mappingName}-${Date.now()}.csv`), ...options });

  beforeAll(async () => {
    // The demo city's organisation and its first day: the samples name its stations.
    t = await startTestApp({ seed: (store) => seedDemoCity(store, { until: '2025-01-01' }) });
    work = mkdtempSync(join(tmpdir(), 'imports-'));
  });
  afterAll(async () => {
    await t.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('imports the sample of each family (UTF-8 and GB18030 CSV, XLSX) and the read models count every fact', async () => {
    const samples: Array<[string, string, number]> = [
      ['预警平台-预警指令.csv', 'warning-platform-instructions', 80],
      ['警综-警情.csv', 'case-system-alerts', 20],
      ['警综-案件.xlsx', 'case-system-cases', 12],
      ['警综-打击.csv', 'case-system-strikes', 15],
      ['止付冻结返赃.csv', 'case-system-recoveries', 15],
      ['警综-打击成果.csv', 'case-system-operation-results', 8],
    ];
    for (const [file, mapping, facts] of samples) {
      const summary = await run(join(SAMPLES, file), mapping);
      expect({ file, ...summary.counts }).toMatchObject({ file, recorded: facts, duplicates: 0, refused: 0, rowsWithProblems: 0 });
      expect(reportRows(summary.report)).toEqual([]);
    }
    const { current } = (await t.ok(REPORT_QUERY, { from: '2026-11-16', to: '2026-11-21' })).indicatorReport;
    expect(current).toMatchObject({ warningsReceived: 30, alerts: 20, cases: 12, casesSolved: 5, suspectsApprehended: 20 });
    expect(current.contacted).toBe(25);
    expect(Number(current.loss)).toBeGreaterThan(0);
    const results = (
      await t.ok(
        REPORT_QUERY.replace(
          'current {',
          'current { phonesSeized bankCardsSeized densBroken localDensBroken phoneCardsCutOff bankCardsCutOff companiesPenalised ',
        ),
        {
          from: '2026-11-16',
          to: '2026-11-30',
        },
      )
    ).indicatorReport.current;
    expect(results).toMatchObject({
      phonesSeized: 15,
      bankCardsSeized: 5,
      densBroken: 3,
      localDensBroken: 1,
      phoneCardsCutOff: 15,
      bankCardsCutOff: 18,
      companiesPenalised: 2,
    });
  });

  it('adds nothing when the same file is imported again: every fact is answered as a duplicate', async () => {
    const before = await head();
    const again = await run(join(SAMPLES, '预警平台-预警指令.csv'), 'warning-platform-instructions');
    expect(again.counts).toMatchObject({ rows: 30, recorded: 0, duplicates: 80, refused: 0 });
    expect(await head()).toBe(before);
  });

  it('checks a file in a dry run, recording nothing, and names each bad row’s problem and column in Chinese', async () => {
    const before = await head();
    const summary = await run(join(SAMPLES, '预警平台-预警指令-含错误.csv'), 'warning-platform-instructions', { dryRun: true });
    expect(await head()).toBe(before);
    expect(summary.counts).toMatchObject({ rows: 7, recorded: 5, refused: 1, rowsWithProblems: 5 });
    const rows = reportRows(summary.report);
    expect(rows.map(([row, column]) => [Number(row), column])).toEqual([
      [2, '接收单位'],
      [3, '下发时间'],
      [4, '预警类型'],
      [5, '指令编号'],
      [6, '下发时间'],
      [7, '联系方式'],
    ]);
    expect(rows[0][2]).toMatch(/^未知单位“不存在派出所”/);
    expect(rows[1][2]).toBe('下发时间“2026/2/30 10:00”有误：2026年2月没有30日');
    expect(rows[2][2]).toMatch(/^预警类型“彩信预警”无法识别，可填：资金预警、/);
    expect(rows[4]).toEqual([
      '6',
      '下发时间',
      expect.stringMatching(/^接收预警指令：发生时间 2036-11-19T10:15:00\+08:00 晚于当前时间/),
      '将被拒绝',
    ]);
  });

  it('refuses a row the source changed since it was imported, as a conflict in the report', async () => {
    const changed = join(work, '警情-改.csv');
    copyFileSync(join(SAMPLES, '警综-警情.csv'), changed);
    // GB18030 like the original: only the fraud type of the first row differs.
    const original = readFileSync(changed);
    const text = new TextDecoder('gb18030').decode(original);
    const [header, first, ...rest] = text.split('\r\n');
    const cells = first.split(',');
    cells[3] = cells[3] === '冒充公检法' ? '刷单返利类' : '冒充公检法';
    const iconv = await import('iconv-lite');
    writeFileSync(changed, iconv.encode([header, cells.join(','), ...rest].join('\r\n'), 'gb18030'));

    const summary = await run(changed, 'case-system-alerts');
    expect(summary.counts).toMatchObject({ recorded: 0, duplicates: 19, refused: 1 });
    expect(reportRows(summary.report)).toEqual([
      ['2', '', expect.stringMatching(/^接报涉电诈警情：与此前导入的同一记录内容不同（冲突）/), '未导入'],
    ]);
  });

  it('records a changed loss as the correction the mapping names, once however often the changed file comes', async () => {
    const ExcelJS = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(SAMPLES, '警综-案件.xlsx'));
    const cell = workbook.worksheets[0].getRow(2).getCell(5);
    cell.value = Number(cell.value) + 1000;
    const changed = join(work, '案件-改.xlsx');
    await workbook.xlsx.writeFile(changed);
    const lossOf = async () => Number((await t.ok(REPORT_QUERY, { from: '2026-11-16', to: '2026-11-21' })).indicatorReport.current.loss);
    const before = await lossOf();

    const summary = await run(changed, 'case-system-cases');
    expect(summary.counts).toMatchObject({ recorded: 0, corrected: 1, duplicates: 11, refused: 0 });
    expect(reportRows(summary.report)).toEqual([['2', '', '来源系统更改了已导入的记录：按映射已记为“更正财损(记入原发案日)”', '已更正']]);
    expect(await lossOf()).toBe(before + 1000);

    const again = await run(changed, 'case-system-cases');
    expect(again.counts).toMatchObject({ recorded: 0, corrected: 0, duplicates: 12, refused: 0 });
  });

  it('imports nothing from a file without the columns its mapping needs, naming them', async () => {
    const file = join(work, '缺列.csv');
    writeFileSync(file, '\uFEFF指令编号,接收单位,预警类型\r\nYJ-X1,嵩林派出所,资金预警\r\n');
    const before = await head();
    const summary = await run(file, 'warning-platform-instructions');
    expect(summary.missingColumns.map((p) => p.column)).toEqual(['下发时间', '处置时限', '联系时间', '联系方式', '劝阻结果']);
    expect(await head()).toBe(before);
  });

  it('stops after a batch when asked (Ctrl-C) and carries on from there when run again, recording every row once', async () => {
    const file = join(work, 'warnings-stop.csv');
    warningFile(file, 2_500, 'YJS');
    const before = await head();
    let batches = 0;
    const stopped = await run(file, 'warning-platform-instructions', { stopRequested: () => ++batches === 1 });
    expect(stopped).toMatchObject({ stopped: true, rowsDone: 1_001, counts: { recorded: 1_000 } });
    const resumed = await run(file, 'warning-platform-instructions');
    expect(resumed).toMatchObject({ stopped: false, resumedAfterRow: 1_001, rowsDone: 2_501, counts: { rows: 2_500, recorded: 2_500 } });
    expect(await head()).toBe(before + 2_500n);
  });
});

/** `npm run import` killed with SIGKILL halfway, then run again: each row recorded exactly once. */
describe('npm run import, killed and run again', () => {
  const ROWS = 20_000;
  let t: TestApp;
  let work: string;
  let child: ChildProcess | undefined;
  const cli = (dataDir: string, file: string) =>
    spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', IMPORT_CLI, file, '--mapping', 'warning-platform-instructions'], {
      env: { ...process.env, DATA_DIR: dataDir, MONGODB_URI: '', KURRENTDB_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  const finished = (process: ChildProcess) =>
    new Promise<{ code: number | null; output: string }>((resolve) => {
      let output = '';
      process.stdout?.on('data', (chunk) => (output += String(chunk)));
      process.stderr?.on('data', (chunk) => (output += String(chunk)));
      process.on('exit', (code) => resolve({ code, output }));
    });

  beforeAll(async () => {
    t = await startTestApp({ seed: (store) => seedDemoCity(store, { until: '2025-01-01' }) });
    work = mkdtempSync(join(tmpdir(), 'import-crash-'));
  });
  afterAll(async () => {
    child?.kill('SIGKILL');
    await t.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('carries on from its last batch and records every row exactly once', async () => {
    const file = join(work, 'warnings.csv');
    warningFile(file, ROWS, 'YJK');
    const before = await t.app.get(EventStore).headPosition();
    const progress = join(t.dataDir, 'imports');

    child = cli(t.dataDir, file);
    const killed = finished(child);
    // Killed once its progress says a few batches are in, well before the end.
    for (let rowsDone = 0; rowsDone < 5_000; await new Promise((r) => setTimeout(r, 100))) {
      const saved = existsSync(progress) ? readdirSync(progress).filter((f) => f.endsWith('.json')) : [];
      if (saved.length) rowsDone = JSON.parse(readFileSync(join(progress, saved[0]), 'utf8')).rowsDone;
      if (child.exitCode !== null) throw new Error(`the import ended before it could be killed: ${(await killed).output}`);
    }
    child.kill('SIGKILL');
    await killed;
    const partway = Number((await t.app.get(EventStore).headPosition()) - before);
    expect(partway).toBeGreaterThanOrEqual(4_000);
    expect(partway).toBeLessThan(ROWS);

    const again = await finished((child = cli(t.dataDir, file)));
    expect(again.code).toBe(0);
    expect(again.output).toMatch(/接续上次导入，从第 \d+ 行起/);
    const store = t.app.get(EventStore);
    const keys = new Set<string>();
    let events = 0;
    for await (const batch of store.readAll(before)) {
      for (const event of batch) {
        events++;
        keys.add(event.metadata.idempotencyKey);
      }
    }
    expect(events).toBe(ROWS);
    expect(keys.size).toBe(ROWS);
  });
});
