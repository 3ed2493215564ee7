/// <reference lib="dom" />
// Functions passed to page.evaluate run in the page: they see the DOM.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Page } from 'playwright-core';
import { SignInLink } from '../../src/cli/demo/sign-in-links';
import { loadTokenKeys } from '../../src/security/auth/token-keys';
import { mintToken } from '../../src/security/auth/token-minter';
import { SCREENSHOTS } from '../support/browser';
import { DemoWeb, startDemoWeb } from '../support/demo-web';

const SAMPLES = join(__dirname, '..', '..', 'src', 'imports', 'samples');
const WARNINGS = '预警平台·预警指令导出';
const ALERTS = '警综·涉电诈警情导出';

interface Run {
  status: string;
  rowsDone: number;
  totalRows: number | null;
  recorded: number;
  duplicates: number;
  refused: number;
  rowsWithProblems: number;
}
const RUN_FIELDS = 'status rowsDone totalRows recorded duplicates refused rowsWithProblems';
const UPLOAD = `query($uploadId: ID!) { importUpload(uploadId: $uploadId) { fileName encoding check { ${RUN_FIELDS} } run { ${RUN_FIELDS} } } }`;

/** 导入 in a real Chromium against the demo city: upload, check (dry run) with its problems and report, import, as a recorder and as evaluation staff. */
describe('考评工作台 in headless Chromium: 导入', () => {
  let demo: DemoWeb;
  /** A recorder for the whole city: the samples name stations of every county. */
  let recorder: SignInLink;

  beforeAll(async () => {
    demo = await startDemoWeb();
    const token = mintToken(loadTokenKeys({ dataDir: demo.dataDir }), {
      subject: 'recorder-city',
      role: 'RECORDER',
      name: '市局录入员',
      units: ['city'],
      expiresInSeconds: 3_600,
    });
    recorder = { label: '录入员（全市）', role: 'RECORDER', url: `${demo.service.url}/#/sign-in?token=${token}` };
  }, 300_000);
  afterAll(() => demo?.stop());

  /** The page as the officer sees it, the pointer moved off the last button clicked (no hover colours). */
  async function shot(page: Page, name: string, fullPage = true) {
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage, animations: 'disabled' });
  }

  /** 导入 from the header's menu, as the link's officer. */
  async function openImports(link: SignInLink): Promise<Page> {
    const page = await demo.open(1366, 900);
    await page.goto(link.url);
    await page.getByRole('link', { name: '导入', exact: true }).click();
    await page.waitForURL(/#\/imports/);
    await page.getByRole('heading', { name: '导入', exact: true }).waitFor();
    return page;
  }

  /** Chooses a sample file in the file step (the drop area's input, or 上传其他文件's) and waits for it to be shown. */
  async function upload(page: Page, file: string) {
    await page.locator('.file input[type=file]').setInputFiles(join(SAMPLES, file));
    await page.locator('.file .facts').getByText(file, { exact: true }).waitFor();
  }

  async function chooseMapping(page: Page, title: string) {
    await page.locator('.mapping-select').click();
    await page.getByRole('option', { name: title, exact: true }).locator('visible=true').click();
  }

  const uploadIdOf = (page: Page) => new URL(page.url().replace('#/', '')).searchParams.get('upload')!;
  const apiUpload = async (link: SignInLink, uploadId: string) =>
    (
      await demo.api<{ importUpload: { fileName: string; encoding: string | null; check: Run | null; run: Run | null } }>(link, UPLOAD, {
        uploadId,
      })
    ).importUpload;
  /** Text as read on the page, its spaces folded: “将记录 5 条事实” reads 将记录5条事实. */
  const textOf = async (page: Page, selector: string) => (await page.locator(selector).innerText()).replace(/\s+/g, '');
  const problemRows = (page: Page, panel: string) =>
    page
      .locator(`${panel} .problems .el-table__body tr`)
      .evaluateAll((rows) =>
        rows.map((row) => Array.from(row.querySelectorAll('td')).map((cell) => (cell as HTMLElement).innerText.trim())),
      );

  it('a recorder checks a file with errors (counts, problems by row and column, the report), then checks and imports a clean one', async () => {
    const page = await openImports(recorder);
    await shot(page, 'imports-empty');

    // 1 选择文件: name, size, encoding and the header row, as the service read them.
    const withErrors = '预警平台-预警指令-含错误.csv';
    await upload(page, withErrors);
    const facts = await textOf(page, '.file .facts');
    expect(facts).toContain(`${(statSync(join(SAMPLES, withErrors)).size / 1024).toFixed(1)}KB`);
    expect(facts).toContain('UTF-8');
    expect(facts).toContain('CSV文本');
    await expect(page.locator('.file .headers .el-tag').allInnerTexts()).resolves.toEqual(
      readFileSync(join(SAMPLES, withErrors), 'utf8')
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/)[0]
        .split(','),
    );
    // 选择映射: the mapping that fits is offered; its columns are all in the file.
    await chooseMapping(page, WARNINGS);
    await expect(page.locator('.mapping .columns .el-tag--danger').count()).resolves.toBe(0);
    await shot(page, 'imports-file-chosen');

    // 2 检查: the counts, and the report's lines by row and column.
    await page.getByRole('button', { name: '检查文件' }).click();
    await page.locator('.run-check .summary').waitFor();
    expect(await textOf(page, '.run-check .summary')).toBe('检查完成（共7行）：将记录5条事实，重复0条，将被拒绝1条，有问题的行5行。');
    const checked = await apiUpload(recorder, uploadIdOf(page));
    expect(checked.check).toMatchObject({ status: 'DONE', rowsDone: 7, recorded: 5, refused: 1, rowsWithProblems: 5 });
    const rows = await problemRows(page, '.run-check');
    expect(rows.map(([row, column]) => [row, column])).toEqual([
      ['2', '接收单位'],
      ['3', '下发时间'],
      ['4', '预警类型'],
      ['5', '指令编号'],
      ['6', '下发时间'],
      ['7', '联系方式'],
    ]);
    expect(rows[0][2]).toMatch(/^未知单位“不存在派出所”/);
    expect(rows[0][3]).toBe('本项未导入');
    expect(rows[2][2]).toContain('彩信预警');
    expect(rows[5][2]).toContain('微信');
    await shot(page, 'imports-check-problems');

    // The whole report, for Excel: UTF-8 with its byte-order mark.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载检查报告' }).click()]);
    expect(download.suggestedFilename()).toBe('预警平台-预警指令-含错误.检查报告.csv');
    const report = readFileSync((await download.path())!);
    expect([...report.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(report.toString('utf8')).toContain('行号,列,问题,结果\r\n2,接收单位,');

    // A clean export: checked, then imported after the recorder confirms the counts.
    const clean = '预警平台-预警指令.csv';
    await upload(page, clean);
    await chooseMapping(page, WARNINGS);
    await page.getByRole('button', { name: '检查文件' }).click();
    await page.locator('.run-check .summary').waitFor();
    expect(await textOf(page, '.run-check .summary')).toBe('检查完成（共30行）：将记录80条事实，重复0条，将被拒绝0条，有问题的行0行。');
    await expect(page.locator('.run-check .problems').count()).resolves.toBe(0);
    await shot(page, 'imports-checked');

    await page.getByRole('button', { name: '导入', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: '确认导入' });
    await confirm.waitFor();
    expect((await confirm.innerText()).replace(/\s+/g, '')).toContain('记录80条事实；重复0条，此前已记录，不再记录；拒绝0条');
    await shot(page, 'imports-confirm', false);
    await confirm.getByRole('button', { name: '确认导入' }).click();

    await page.locator('.run-import .summary').waitFor();
    expect(await textOf(page, '.run-import .summary')).toBe(
      '导入完成（共30行）：记录80条事实，重复0条（此前已记录，未再记录），拒绝0条，有问题的行0行。',
    );
    // The progress ended at 100%, every step done.
    await expect(page.locator('.run-import .el-progress').getAttribute('aria-valuenow')).resolves.toBe('100');
    await expect(page.locator('.steps .el-step__head.is-success').count()).resolves.toBe(3);
    const imported = await apiUpload(recorder, uploadIdOf(page));
    expect(imported.run).toMatchObject({ status: 'DONE', rowsDone: 30, totalRows: 30, recorded: 80, duplicates: 0, refused: 0 });

    const [importReport] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载导入报告' }).click()]);
    expect(importReport.suggestedFilename()).toBe('预警平台-预警指令.导入报告.csv');
    expect(readFileSync((await importReport.path())!).toString('utf8')).toBe('\uFEFF行号,列,问题,结果\r\n');

    // Both uploads listed, newest first, with how far each got (a recorder's list has no 上传人: they are his).
    await page.locator('.uploads .el-table__body tr').first().locator('td').nth(5).getByText('已完成').waitFor();
    const listed = await page
      .locator('.uploads .el-table__body tr')
      .evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => (td as HTMLElement).innerText.trim())));
    expect(listed.map((cells) => [cells[0], cells[4], cells[5]])).toEqual([
      [clean, '已完成', '已完成'],
      [withErrors, '已完成', '未导入'],
    ]);
    await shot(page, 'imports-imported');
    await page.close();
  });

  it('evaluation staff see a missing column before checking, check a GB18030 export, and are told a recorder imports it', async () => {
    const page = await openImports(demo.links.EVALUATION_STAFF);
    // Staff have the longest menu (13 screens): on a 1366-pixel screen it still takes one line.
    const menuLines = await page.$$eval('.menu .nav', (links) => new Set(links.map((l) => Math.round(l.getBoundingClientRect().top))).size);
    expect(menuLines).toBe(1);

    // A file the service cannot import is refused beside the upload, in Chinese.
    await page
      .locator('.file input[type=file]')
      .setInputFiles({ name: '止付.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') });
    await page
      .locator('.file .el-alert--error')
      .getByText(/^“止付\.pdf”不能导入：只能导入 \.csv 和 \.xlsx 文件。/)
      .waitFor();
    await shot(page, 'imports-staff-refused-file');

    const alerts = '警综-警情.csv';
    await upload(page, alerts);
    expect(await textOf(page, '.file .facts')).toContain('GB18030');
    // The wrong mapping: the columns the file lacks are marked before any check.
    await chooseMapping(page, WARNINGS);
    const lacking = await page.locator('.mapping .columns .el-tag--danger').allInnerTexts();
    expect(lacking).toContain('指令编号（缺）');
    await page.getByText('文件缺少映射要求的 8 列（上方标“缺”的列）').waitFor();
    await shot(page, 'imports-staff-missing-columns');
    await page.getByRole('button', { name: '检查文件' }).click();
    await page
      .locator('.run-check')
      .getByText(/^文件缺少映射要求的列：指令编号/)
      .waitFor();

    await chooseMapping(page, ALERTS);
    await page.locator('.mapping .columns .el-tag--danger').first().waitFor({ state: 'detached' });
    await page.getByRole('button', { name: '重新检查' }).click();
    await page.locator('.run-check .summary').waitFor();
    expect(await textOf(page, '.run-check .summary')).toMatch(/^检查完成（共20行）：将记录20条事实，/);
    expect((await apiUpload(demo.links.EVALUATION_STAFF, uploadIdOf(page))).check).toMatchObject({ status: 'DONE', recorded: 20 });

    // No 导入 for staff: the reason instead.
    await page.getByText('导入须由录入员确认').waitFor();
    await expect(page.getByRole('button', { name: '导入', exact: true }).count()).resolves.toBe(0);
    // Staff see every officer's uploads, with who uploaded them.
    const uploaders = await page.locator('.uploads .el-table__body tr td:nth-child(3)').allInnerTexts();
    expect(uploaders).toEqual(expect.arrayContaining(['演示考评员', '市局录入员']));
    await shot(page, 'imports-staff-checked');

    // An Excel workbook: no encoding to tell, the mapping that fits offered, its rows counted once read.
    await upload(page, '警综-案件.xlsx');
    const workbook = await textOf(page, '.file .facts');
    expect(workbook).toContain('Excel工作簿（.xlsx）');
    expect(workbook).toContain('—（Excel文件无须编码）');
    await expect(page.locator('.mapping-select').innerText()).resolves.toBe('警综·电诈案件（立案）导出');
    await page.getByRole('button', { name: '检查文件' }).click();
    await page.locator('.run-check .summary').waitFor();
    expect(await textOf(page, '.run-check .summary')).toMatch(/^检查完成（共\d+行）：将记录\d+条事实，/);

    // A large export: the check's progress, rows done of the file's rows, then its counts.
    const sample = readFileSync(join(SAMPLES, '预警平台-预警指令.csv'), 'utf8').trim().split(/\r?\n/);
    const rowsOf = (copy: number) =>
      sample.slice(1).map((line) => line.replace(/^YJ(\d+)/, (_, id: string) => `YJ${id}${String(copy).padStart(5, '0')}`));
    const big = [sample[0], ...Array.from({ length: 100 }, (_, copy) => rowsOf(copy)).flat()].join('\r\n');
    await page
      .locator('.file input[type=file]')
      .setInputFiles({ name: '预警平台-预警指令-全年.csv', mimeType: 'text/csv', buffer: Buffer.from(big) });
    await page.locator('.file .facts').getByText('预警平台-预警指令-全年.csv', { exact: true }).waitFor();
    await chooseMapping(page, WARNINGS);
    await page.getByRole('button', { name: '检查文件' }).click();
    // Running at once (the check goes on in the service); polled every second, rows counting up.
    const meter = page.locator('.run-check .meter');
    expect((await meter.innerText()).replace(/\s+/g, '')).toMatch(/^正在检查：已处理[\d,]+\/3,000行，每秒[\d,]+行$/);
    await meter
      .locator('strong', { hasText: /^[1-9]/ })
      .or(page.locator('.run-check .summary'))
      .first()
      .waitFor();
    if (await meter.isVisible()) await shot(page, 'imports-checking');
    await page.locator('.run-check .summary').waitFor({ timeout: 60_000 });
    expect(await textOf(page, '.run-check .summary')).toBe(
      '检查完成（共3,000行）：将记录8,000条事实，重复0条，将被拒绝0条，有问题的行0行。',
    );
    await page.close();
  });
});
