/// <reference lib="dom" />
// Functions passed to page.evaluate run in the page: they see the DOM.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { Page } from 'playwright-core';
import { ServiceProcess } from '../../src/cli/bench/service-process';
import { DEMO_DEFAULT_UNTIL } from '../../src/cli/demo/demo-defaults';
import { addDays, businessDayOf } from '../../src/common/business-day';
import { chineseDate } from '../../src/common/chinese-date';
import { buildDemoCity } from '../../src/cli/demo/demo-organization';
import { SignInLink } from '../../src/cli/demo/sign-in-links';
import { loadTokenKeys } from '../../src/security/auth/token-keys';
import { mintToken } from '../../src/security/auth/token-minter';
import { SCREENSHOTS } from '../support/browser';
import { DemoWeb, startDemoWeb } from '../support/demo-web';

interface ApiRow {
  rank: number;
  name: string;
  unitId: string;
  indicators: { alerts: number };
  score: number;
  chief: { name: string } | null;
}

/** 三级六长排名 in a real Chromium against the real service on the demo city, signed in from the demo's links. */
describe('考评工作台 in headless Chromium: 三级六长排名 and 得分解释', () => {
  let demo: DemoWeb;
  let dataDir: string;
  let service: ServiceProcess;
  let links: Record<string, SignInLink>;
  let api: DemoWeb['api'];
  let open: DemoWeb['open'];

  beforeAll(async () => {
    demo = await startDemoWeb();
    ({ dataDir, service, links } = demo);
    api = (link, query, variables) => demo.api(link, query, variables);
    open = (width, height) => demo.open(width, height);
  }, 300_000);

  afterAll(() => demo?.stop());

  const apiRanking = async (role: string): Promise<ApiRow[]> =>
    (
      await api<{ ranking: { rows: ApiRow[] } }>(
        links.LEADERSHIP,
        `{ ranking(role: ${role}, period: { kind: MONTH, day: "${DEMO_DEFAULT_UNTIL}" }) { rows { rank name unitId score chief { name } indicators { alerts } } } }`,
      )
    ).ranking.rows;

  const tableRows = (page: Page) => page.locator('.ranking-table tbody tr');

  it('signs a leader in from the demo link, takes the token out of the address bar, and shows the month of the latest facts as the API ranks it', async () => {
    const page = await open(1366, 768);
    const rankingQueries: string[] = [];
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && /ranking\(/.test(request.postData() ?? '')) rankingQueries.push(request.postData()!);
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(links.LEADERSHIP.url);
    await page.waitForURL(/#\/ranking$/);
    expect(page.url()).not.toContain('token');
    await page.getByRole('heading', { name: '三级六长排名' }).waitFor();
    await expect(page.getByText('演示局领导（局领导）').count()).resolves.toBe(1);
    await page.getByText('2026年11月', { exact: true }).waitFor();

    const api = await apiRanking('STATION_CHIEF');
    await expect(tableRows(page).count()).resolves.toBe(api.length);
    expect(api).toHaveLength(120);
    for (const i of [0, 1, 119]) {
      const cells = await tableRows(page).nth(i).locator('td').allInnerTexts();
      expect(cells[0]).toBe(String(api[i].rank));
      expect(cells[1]).toBe(api[i].name);
      expect(cells[4]).toBe(api[i].chief?.name ?? '空缺');
      expect(cells[5]).toContain(api[i].score.toFixed(2));
    }
    await page.locator('.score-chart canvas').waitFor();
    // The link goes straight to the ranking: no sign-in screen, no identity-provider client, one ranking query.
    expect(scripts.filter((url) => /SignInScreen|oidc/.test(url))).toEqual([]);
    expect(rankingQueries).toHaveLength(1);
    await page.screenshot({ path: join(SCREENSHOTS, 'ranking-1366x768.png'), fullPage: true, animations: 'disabled' });
    await page.close();
  });

  it('ranks the county chiefs on their tab, twelve counties, as the API does', async () => {
    const page = await open(1366, 768);
    await page.goto(links.EVALUATION_STAFF.url);
    await page.waitForURL(/#\/ranking$/);
    await page.getByRole('tab', { name: '县局局长' }).click();
    const api = await apiRanking('COUNTY_CHIEF');
    await page.waitForFunction(
      ([rows, first]) => {
        const shown = document.querySelectorAll('.ranking-table tbody tr');
        return shown.length === rows && shown[0].querySelectorAll('td')[1]?.textContent?.trim() === first;
      },
      [api.length, api[0].name] as const,
    );
    await page.screenshot({ path: join(SCREENSHOTS, 'ranking-county-chiefs.png'), animations: 'disabled' });
    await page.close();
  });

  it('narrows the station ranking to one county from the filter, and names the county in it', async () => {
    const page = await open(1366, 768);
    await page.goto(links.LEADERSHIP.url);
    await page.waitForURL(/#\/ranking$/);
    await page.waitForFunction(() => document.querySelectorAll('.ranking-table tbody tr').length === 120);
    const county = buildDemoCity().counties[2];
    const countyFilter = page.locator('.filters .el-select').first();
    await expect(countyFilter.getByRole('combobox').getAttribute('aria-label')).resolves.toBe('县（区）');
    await countyFilter.click();
    await page.getByRole('option', { name: county.name }).click();
    await page.waitForFunction((n) => document.querySelectorAll('.ranking-table tbody tr').length === n, county.stationIds.length);
    const countyCells = await tableRows(page).evaluateAll((rows) => rows.map((r) => r.querySelectorAll('td')[3].textContent?.trim()));
    expect(new Set(countyCells)).toEqual(new Set([county.name]));
    await expect(countyFilter.innerText()).resolves.toContain(county.name);
    await page.close();
  });

  it('exports the ranking on screen as an Excel file named in Chinese, with its 120 rows', async () => {
    const page = await open(1366, 768);
    await page.goto(links.LEADERSHIP.url);
    await page.waitForFunction(() => document.querySelectorAll('.ranking-table tbody tr').length === 120);
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出Excel' }).click()]);
    expect(file.suggestedFilename()).toBe('三级六长排名-所队长(防区长)-2026年11月.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await file.path())!);
    const sheet = workbook.worksheets[0];
    expect(sheet.rowCount).toBe(2 + 120);
    const first = (await apiRanking('STATION_CHIEF'))[0];
    expect(sheet.getRow(3).getCell(4).value).toBe(first.name);
    await page.close();
  });

  it('数据截至: leadership open the ranking as known at an earlier evening, told so, and export it as it stood', async () => {
    const asOf = `${addDays(DEMO_DEFAULT_UNTIL, -5)}T18:00:00`;
    const rankingAt = async (at?: string) =>
      (
        await api<{ ranking: { rows: ApiRow[] } }>(
          links.LEADERSHIP,
          `query($asOf: DateTime) { ranking(role: STATION_CHIEF, period: { kind: MONTH, day: "${DEMO_DEFAULT_UNTIL}" }, asOf: $asOf) { rows { rank name unitId score chief { name } indicators { alerts } } } }`,
          { asOf: at ?? null },
        )
      ).ranking.rows;
    const [then, now] = [await rankingAt(`${asOf}+08:00`), await rankingAt()];
    // Facts of the five days after were recorded later: the month as known then has fewer alerts.
    const alerts = (rows: ApiRow[]) => rows.reduce((sum, r) => sum + r.indicators.alerts, 0);
    expect(alerts(then)).toBeLessThan(alerts(now));

    const page = await open(1366, 768);
    await page.goto(links.LEADERSHIP.url);
    await page.waitForURL(/#\/ranking$/);
    await page.goto(`${page.url()}?asOf=${asOf}`);
    const day = addDays(DEMO_DEFAULT_UNTIL, -5);
    const banner = `按${Number(day.slice(0, 4))}年${Number(day.slice(5, 7))}月${Number(day.slice(8))}日 18:00时所知的数据排名，此后录入或更正的事实未计入`;
    await page.getByText(banner).waitFor();
    await page.getByText(`2026年11月（截至${Number(day.slice(5, 7))}月${Number(day.slice(8))}日）`).waitFor();
    await expect(page.getByText('有新数据时自动刷新').count()).resolves.toBe(0);
    for (const i of [0, 1, 119]) {
      const cells = await tableRows(page).nth(i).locator('td').allInnerTexts();
      expect([cells[1], cells[5].split(/\s/)[0]]).toEqual([then[i].name, then[i].score.toFixed(2)]);
    }
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出Excel' }).click()]);
    expect(file.suggestedFilename()).toBe(`三级六长排名-所队长(防区长)-2026年11月-截至${day}-1800.xlsx`);
    await page.screenshot({ path: join(SCREENSHOTS, 'ranking-as-of.png'), fullPage: false, animations: 'disabled' });
    await page.close();
  });

  it('updates itself through rankingChanged when a new fact moves the month, and says when it last changed', async () => {
    const page = await open(1366, 768);
    await page.goto(links.LEADERSHIP.url);
    await page.waitForURL(/#\/ranking$/);
    await tableRows(page).first().waitFor();
    const station = buildDemoCity().stations.find((s) => links.RECORDER.label.includes(s.name))!;
    const row = (await apiRanking('STATION_CHIEF')).find((r) => r.unitId === station.id)!;
    const alertsShown = async () => {
      const cells = await tableRows(page).filter({ hasText: row.name }).first().locator('td').allInnerTexts();
      return cells[7].split('\n')[0];
    };
    expect(await alertsShown()).toBe(String(row.indicators.alerts));

    await api(links.RECORDER, `mutation($input: ReceiveFraudAlertInput!) { receiveFraudAlert(input: $input) { eventIds } }`, {
      input: {
        unitId: station.id,
        alertId: 'JQ-WEB-LIVE',
        fraudType: 'ORDER_BRUSHING',
        occurredAt: `${DEMO_DEFAULT_UNTIL}T10:00:00+08:00`,
      },
    });
    await page.waitForFunction(
      ([name, alerts]) =>
        Array.from(document.querySelectorAll('.ranking-table tbody tr')).some(
          (tr) => tr.textContent?.includes(name) && tr.querySelectorAll('td')[7]?.querySelector('div')?.textContent?.trim() === alerts,
        ),
      [row.name, String(row.indicators.alerts + 1)] as const,
    );
    await expect(page.locator('.updated').innerText()).resolves.toMatch(/^最近更新：\d\d:\d\d:\d\d/);
    await page.close();
  });

  it('fills a command-hall screen in 大屏 mode', async () => {
    const page = await open(1920, 1080);
    await page.goto(links.LEADERSHIP.url);
    await page.waitForURL(/#\/ranking$/);
    await page.getByRole('button', { name: '大屏模式' }).click();
    await page.waitForURL(/screen=big/);
    await page.getByRole('button', { name: '退出大屏' }).waitFor();
    await expect(page.locator('.filters').count()).resolves.toBe(0);
    const fontSize = await tableRows(page)
      .first()
      .evaluate((row) => parseFloat(getComputedStyle(row).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(20);
    await page.screenshot({ path: join(SCREENSHOTS, 'ranking-big-screen-1920x1080.png'), animations: 'disabled' });
    await page.close();
  });

  it('returns an expired session to sign-in with a Chinese message, never a blank page', async () => {
    const page = await open(1366, 768);
    const expired = mintToken(loadTokenKeys({ dataDir }), { subject: 'x', role: 'LEADERSHIP', expiresInSeconds: -60 });
    // In storage before the application's first script runs, as a session left open overnight would be.
    await page.addInitScript((token) => sessionStorage.setItem('zhufang.token', token), expired);
    await page.goto(`${service.url}/#/ranking`);
    await page.getByText('登录已过期，请重新登录。').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'sign-in-expired.png'), animations: 'disabled' });
    await page.close();
  });

  it('tells an officer whose sign-in link has run out that it has, and keeps no token', async () => {
    const page = await open(1366, 768);
    const expired = mintToken(loadTokenKeys({ dataDir }), { subject: 'x', role: 'LEADERSHIP', expiresInSeconds: -60 });
    await page.goto(`${service.url}/#/sign-in?token=${expired}`);
    await page.getByText('登录已过期，请重新登录。').waitFor();
    expect(page.url()).not.toContain('token');
    expect(await page.evaluate(() => sessionStorage.getItem('zhufang.token'))).toBeNull();
    await page.close();
  });

  it('sends an officer whose token the service refuses back to sign-in, saying so', async () => {
    const page = await open(1366, 768);
    const [header, payload] = links.LEADERSHIP.url.split('token=')[1].split('.');
    const forged = `${header}.${payload}.c2lnbmF0dXJl`;
    await page.goto(`${service.url}/#/sign-in?token=${forged}`);
    await page.getByText('登录凭证无效或已被撤销，请重新登录。').waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('zhufang.token'))).toBeNull();
    await page.close();
  });
  const explanationUrl = (role: string, subjectId: string) =>
    `${service.url}/#/explain/${role}/${subjectId}?kind=MONTH&day=${DEMO_DEFAULT_UNTIL}`;
  const termRow = (page: Page, label: string) => page.locator('.terms .el-table__body-wrapper tbody tr.el-table__row', { hasText: label });
  const factsTotal = async (link: SignInLink, subjectId: string, term: string) =>
    (
      await api<{ scoreFacts: { total: number } }>(
        link,
        `query($s: ID!, $t: String!) { scoreFacts(role: STATION_CHIEF, subjectId: $s, period: { kind: MONTH, day: "${DEMO_DEFAULT_UNTIL}" }, term: $t) { total } }`,
        { s: subjectId, t: term },
      )
    ).scoreFacts.total;

  it('得分解释: a station chief opens his own row, every term of his month and the facts behind one, his total as ranked', async () => {
    const page = await open(1366, 768);
    await page.goto(links.STATION_CHIEF.url);
    await page.waitForURL(/#\/unit$/);
    await page.getByRole('link', { name: '三级六长排名' }).click();
    await page.waitForURL(/#\/ranking$/);
    await tableRows(page).first().waitFor();
    const station = buildDemoCity().stations.find((s) => links.STATION_CHIEF.label.includes(s.name))!;
    const own = (await apiRanking('STATION_CHIEF')).find((r) => r.unitId === station.id)!;
    // His row is the only one he may open.
    await expect(page.locator('a.subject-link').allInnerTexts()).resolves.toEqual([own.name]);
    await page.locator('a.subject-link').click();
    await page.waitForURL(/#\/explain\/STATION_CHIEF\//);
    await page.getByRole('heading', { name: `${own.name}（所队长(防区长)）` }).waitFor();
    await expect(page.locator('.total strong').innerText()).resolves.toBe(own.score.toFixed(2));
    await expect(page.locator('.terms .el-table__body-wrapper tbody tr.el-table__row').count()).resolves.toBe(15);

    const total = await factsTotal(links.STATION_CHIEF, station.id, 'alertsPer10k');
    await termRow(page, '每万人警情').locator('.el-table__expand-icon').click();
    if (total === 0) await page.getByText('本期没有计入这一项的事实。').waitFor();
    else await page.getByText(`共${total}条`, { exact: false }).waitFor();
    // A chief reads the facts, not their audit trail.
    await expect(page.getByRole('button', { name: '查看' }).count()).resolves.toBe(0);
    await page.locator('.trend-chart canvas').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'explanation-station-chief.png'), fullPage: true, animations: 'disabled' });
    await page.close();
  });

  it('得分解释: a county chief can open his county and its stations only, and another county is neither offered nor asked for', async () => {
    const city = buildDemoCity();
    const county = city.counties.find((c) => links.COUNTY_CHIEF.label.includes(c.name))!;
    const other = city.counties.find((c) => c.id !== county.id)!;
    const page = await open(1366, 768);
    const asked: string[] = [];
    page.on('request', (request) => {
      if (request.postData()?.includes('scoreExplanation')) asked.push(request.postData()!);
    });
    await page.goto(links.COUNTY_CHIEF.url);
    await page.waitForURL(/#\/unit$/);
    await page.getByRole('link', { name: '三级六长排名' }).click();
    await page.waitForURL(/#\/ranking$/);
    await tableRows(page).first().waitFor();
    await expect(page.locator('a.subject-link').count()).resolves.toBe(county.stationIds.length);
    await page.getByRole('tab', { name: '县局局长' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.ranking-table tbody tr').length === 12);
    await expect(page.locator('a.subject-link').allInnerTexts()).resolves.toEqual([county.name]);

    await page.goto(explanationUrl('COUNTY_CHIEF', other.id));
    await page.getByText('您只能查看本单位的得分解释。').waitFor();
    expect(asked).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'explanation-refused.png'), animations: 'disabled' });
    // The service refuses it too, whatever a screen would ask.
    await expect(
      api(
        links.COUNTY_CHIEF,
        `{ scoreExplanation(role: COUNTY_CHIEF, subjectId: "${other.id}", period: { kind: MONTH, day: "${DEMO_DEFAULT_UNTIL}" }) { total } }`,
      ),
    ).rejects.toThrow(/FORBIDDEN/);
    await page.close();
  });

  it('得分解释: evaluation staff open any station and the audit of a fact: who recorded it, when, and its corrections', async () => {
    const row = (await apiRanking('STATION_CHIEF')).find((r) => r.indicators.alerts > 0)!;
    const page = await open(1366, 768);
    await page.goto(links.EVALUATION_STAFF.url);
    await page.waitForURL(/#\/ranking$/);
    await page.goto(explanationUrl('STATION_CHIEF', row.unitId));
    await termRow(page, '每万人警情').locator('.el-table__expand-icon').click();
    const total = await factsTotal(links.EVALUATION_STAFF, row.unitId, 'alertsPer10k');
    await page.getByText(`共${total}条`, { exact: false }).waitFor();
    await page.getByRole('button', { name: '查看' }).first().click();
    const dialog = page.getByRole('dialog', { name: '事实审计' });
    await dialog.getByText('记录人').waitFor();
    await expect(dialog.getByText('接报警情', { exact: false }).count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'explanation-audit.png'), animations: 'disabled' });
    await page.close();
  });
  it('本单位: a county chief lands on his county, its place among the counties, its stations and what is open against it', async () => {
    const city = buildDemoCity();
    const county = city.counties.find((c) => links.COUNTY_CHIEF.label.includes(c.name))!;
    const own = (await apiRanking('COUNTY_CHIEF')).find((r) => r.unitId === county.id)!;
    const page = await open(1366, 768);
    await page.goto(links.COUNTY_CHIEF.url);
    await page.waitForURL(/#\/unit$/);
    await page.getByRole('heading', { name: own.name }).waitFor();
    // 末位 for the last, 第N位 (with 倒数第k位 in the bottom three) otherwise.
    await expect(page.locator('.place strong').innerText()).resolves.toMatch(own.rank === 12 ? /^末位$/ : new RegExp(`^第${own.rank}位`));
    await page.getByRole('heading', { name: '本县（区）各防区' }).waitFor();
    await expect(page.locator('.el-table__body-wrapper tbody tr').count()).resolves.toBe(county.stationIds.length);
    await page.getByRole('heading', { name: '督导事项' }).waitFor();
    await expect(page.locator('.open p').allInnerTexts()).resolves.toEqual([
      expect.stringMatching(/^未办结：/),
      expect.stringMatching(/^已逾期：/),
      expect.stringMatching(/^2026年11月问题清单：/),
    ]);
    await page.screenshot({ path: join(SCREENSHOTS, 'unit-county-chief.png'), fullPage: true, animations: 'disabled' });
    await page.close();
  });

  it('本单位: a station chief lands on his station and its place among the 120 defense areas', async () => {
    const station = buildDemoCity().stations.find((s) => links.STATION_CHIEF.label.includes(s.name))!;
    const own = (await apiRanking('STATION_CHIEF')).find((r) => r.unitId === station.id)!;
    const page = await open(1366, 768);
    await page.goto(links.STATION_CHIEF.url);
    await page.waitForURL(/#\/unit$/);
    await page.getByRole('heading', { name: station.name }).waitFor();
    await expect(page.locator('.place').innerText()).resolves.toMatch(
      new RegExp(`^在全市120个防区中排名 ${own.rank === 120 ? '末位' : `第${own.rank}位`}`),
    );
    await page.getByRole('heading', { name: '工作提示函' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'unit-station-chief.png'), animations: 'disabled' });
    await page.close();
  });
  it('日通报: staff read the draft of the day as the service writes it, publish it as 第4期 (the demo published the three days before), and it prints on A4', async () => {
    const draft = (
      await api<{ bulletinDraft: { text: string } }>(links.EVALUATION_STAFF, `{ bulletinDraft(day: "${DEMO_DEFAULT_UNTIL}") { text } }`)
    ).bulletinDraft;
    const page = await open(1366, 768);
    await page.goto(links.EVALUATION_STAFF.url);
    await page.waitForURL(/#\/ranking$/);
    await page.getByRole('link', { name: '日通报' }).click();
    await page.getByText('（草稿，未发布）').waitFor();
    await expect(page.locator('.sheet .body').innerText()).resolves.toBe(draft.text);
    await page.getByRole('button', { name: '发布本日通报' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '发布' }).click();
    await page.locator('.sheet .issue', { hasText: '第4期' }).waitFor();
    await page.getByRole('link', { name: '第4期　2026年11月20日' }).waitFor();
    await expect(page.locator('.sheet .bureau').innerText()).resolves.toBe('三明市公安局');
    await page.screenshot({ path: join(SCREENSHOTS, 'bulletin-published.png'), fullPage: true, animations: 'disabled' });
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('aside').isVisible()).resolves.toBe(false);
    // As Chromium prints it: one A4 page (595 × 842 points), no screen furniture.
    const pdf = await page.pdf({ path: join(SCREENSHOTS, 'bulletin-a4.pdf'), format: 'A4', preferCSSPageSize: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    const [width, height] = /\/MediaBox\s*\[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf.toString('latin1'))!.slice(1).map(Number);
    expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
    await page.close();
  });

  it('提示函: staff draft, issue and deliver a letter; the county chief signs for it and answers; staff close it', async () => {
    const county = buildDemoCity().counties.find((c) => links.COUNTY_CHIEF.label.includes(c.name))!;
    const title = '关于预警见面率偏低的工作提示';
    const deadline = addDays(businessDayOf(new Date()), 14);
    const letterRow = (page: Page) => page.locator('.el-table__body-wrapper tbody tr', { hasText: title });
    /** Waits for the letter's row to show the status: the list reloads after the step's notice appears. */
    const statusShows = (page: Page, label: string) => letterRow(page).locator('.el-tag').getByText(label, { exact: true }).waitFor();
    const openLetters = async (link: SignInLink) => {
      const page = await open(1366, 900);
      await page.goto(link.url);
      await page.getByRole('link', { name: '提示函' }).click();
      await page.getByRole('heading', { name: '工作提示函' }).waitFor();
      return page;
    };

    const staff = await openLetters(links.EVALUATION_STAFF);
    await staff.getByRole('button', { name: '新建提示函' }).click();
    const dialog = staff.getByRole('dialog', { name: '新建工作提示函' });
    // Saving an empty form names what is missing beside each field, in Chinese, and records nothing.
    await dialog.getByRole('button', { name: '保存草稿' }).click();
    await dialog.getByText('请选择主送单位。').waitFor();
    await dialog.getByText('至少写一条工作要求。').waitFor();
    await dialog.locator('.el-select').first().click();
    await staff.getByRole('option', { name: county.name }).click();
    await dialog.getByLabel('标题').fill(title);
    await dialog.getByLabel('发现的问题').fill('11月以来，你局预警指令见面率低于全市平均水平。');
    await dialog.getByLabel('工作要求1').fill('对未见面的预警指令逐条复核，落实见面劝阻。');
    await dialog.locator('input[aria-label="回复期限"]').fill(deadline);
    await dialog.locator('input[aria-label="回复期限"]').press('Enter');
    await dialog.getByRole('button', { name: '保存草稿' }).click();
    await staff.getByText('草稿已保存，核对后可下发。').waitFor();
    await statusShows(staff, '草稿');
    // The letter as the service prints it, beside its steps.
    await staff.frameLocator('iframe.preview').getByText(title).waitFor();
    await staff.getByRole('button', { name: '下发', exact: true }).click();
    await staff.getByText('提示函已下发，文号已编定。').waitFor();
    await statusShows(staff, '已下发');
    const number = (await letterRow(staff).locator('td').first().innerText()).trim();
    expect(number).toMatch(/〔\d{4}〕\d+号$/);
    await staff.getByRole('button', { name: '登记送达' }).click();
    await staff.getByText('已登记送达。').waitFor();
    await staff.screenshot({ path: join(SCREENSHOTS, 'letters-staff-delivered.png'), fullPage: true, animations: 'disabled' });
    await staff.close();

    const chief = await openLetters(links.COUNTY_CHIEF);
    await letterRow(chief).click();
    await chief.getByRole('button', { name: '签收' }).click();
    const sign = chief.getByRole('dialog', { name: '签收提示函' });
    await expect(sign.getByLabel('签收人').inputValue()).resolves.not.toBe('');
    await sign.getByRole('button', { name: '确定' }).click();
    await chief.getByText('已签收，请按期回复整改情况。').waitFor();
    await chief.getByRole('button', { name: '回复整改情况' }).click();
    const answer = chief.getByRole('dialog', { name: '回复整改情况' });
    await answer.getByRole('button', { name: '确定' }).click();
    await answer.getByText('请填写整改措施及成效。').waitFor();
    await answer.getByLabel('整改措施及成效').fill('一、已对11月未见面的预警指令逐条复核；二、建立当日见面通报制度。');
    await answer.getByRole('button', { name: '确定' }).click();
    await chief.getByText('回复已提交，等待考评人员审核。').waitFor();
    await statusShows(chief, '已回复');
    // Staff steps are not offered to the chief.
    await expect(chief.getByRole('button', { name: '办结' }).count()).resolves.toBe(0);
    await chief.screenshot({ path: join(SCREENSHOTS, 'letters-county-chief-answered.png'), fullPage: true, animations: 'disabled' });
    await chief.close();

    const closing = await openLetters(links.EVALUATION_STAFF);
    await letterRow(closing).click();
    await closing.getByText('一、已对11月未见面的预警指令逐条复核；二、建立当日见面通报制度。').waitFor();
    await closing.getByRole('button', { name: '办结' }).click();
    await closing.getByRole('dialog', { name: '办结' }).getByRole('button', { name: '确定' }).click();
    await closing.getByText('提示函已办结。').waitFor();
    await statusShows(closing, '已办结');
    const history = await closing.locator('.el-timeline-item').allInnerTexts();
    expect(history.map((h) => h.split(' · ')[0].split('\n').pop())).toEqual(
      expect.arrayContaining(['起草', '下发', '送达', '签收', '回复', '办结']),
    );
    await closing.close();
  });

  it('督导总览: leadership read what the ladder produced this year, what is overdue, and the dekad visits as a calendar, as the API has them', async () => {
    const day = DEMO_DEFAULT_UNTIL;
    const { supervisionOverview: overview } = await api<{
      supervisionOverview: { summary: string; letters: number; overdue: unknown[] };
    }>(links.LEADERSHIP, `{ supervisionOverview(from: "${day.slice(0, 4)}-01-01", to: "${day}") { summary letters overdue { id } } }`);
    const { dekadSupervision: dekad } = await api<{ dekadSupervision: { unvisited: number; dekad: { label: string } } }>(
      links.LEADERSHIP,
      `{ dekadSupervision(day: "${day}") { unvisited dekad { label } } }`,
    );
    expect(overview.letters).toBeGreaterThan(0);
    const page = await open(1366, 900);
    await page.goto(links.LEADERSHIP.url);
    await page.getByRole('link', { name: '督导总览' }).click();
    await page.getByText(overview.summary).waitFor();
    await expect(page.locator('.card', { hasText: '下发工作提示函' }).locator('strong').innerText()).resolves.toBe(
      String(overview.letters),
    );
    await page.getByRole('heading', { name: `逾期事项（${overview.overdue.length}）` }).waitFor();
    await page.getByRole('heading', { name: `${dekad.dekad.label}督导情况` }).waitFor();
    await page.getByText(dekad.unvisited ? `未督导${dekad.unvisited}处` : '挂钩县（区）均已督导').waitFor();
    await expect(page.locator('.calendar tbody tr').count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'supervision-overview.png'), fullPage: true, animations: 'disabled' });
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出督导台账' }).click()]);
    expect(file.suggestedFilename()).toBe(`督导台账-${day.slice(0, 4)}年1月1日至${chineseDate(day)}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await file.path())!);
    const ledger = workbook.getWorksheet('督导台账')!;
    const kinds = ledger.getColumn(3).values.slice(3);
    expect(kinds.filter((kind) => kind === '工作提示函')).toHaveLength(overview.letters);
    await page.close();
  });

  it('建议: staff adopt a suggested letter (drafted with its unit, period and reason filled in) and decline another with a reason', async () => {
    type ApiSuggestion = { key: string; action: string; unitName: string; reason: string; ruleLabel: string };
    const openSuggestions = async (asOf: string) =>
      (
        await api<{ suggestions: { open: ApiSuggestion[] } }>(
          links.EVALUATION_STAFF,
          `{ suggestions(asOf: "${asOf}") { open { key action unitName reason ruleLabel } } }`,
        )
      ).suggestions.open;
    // The demo's staff decided most suggestions as they came: a day before its last still has a letter and another open.
    let asOf = DEMO_DEFAULT_UNTIL;
    let before = await openSuggestions(asOf);
    while (!(before.some((s) => s.action === 'LETTER') && before.length > 1)) {
      asOf = addDays(asOf, -1);
      expect(asOf > '2026-09-01').toBe(true);
      before = await openSuggestions(asOf);
    }
    const letter = before.find((s) => s.action === 'LETTER')!;
    const other = before.find((s) => s !== letter)!;

    const page = await open(1366, 900);
    await page.goto(links.EVALUATION_STAFF.url);
    await page.getByRole('link', { name: '督导总览' }).click();
    await page.getByRole('link', { name: '建议' }).click();

    await page.locator('.head').waitFor();
    await page.locator('input[aria-label="数据截至"]').fill(asOf);
    await page.locator('input[aria-label="数据截至"]').press('Enter');
    await page.getByRole('heading', { name: `待处理建议（${before.length}）` }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'suggestions.png'), animations: 'disabled' });

    const card = (s: ApiSuggestion) => page.locator('article.suggestion', { hasText: s.reason });
    await card(letter).getByRole('button', { name: '采纳并起草提示函' }).click();
    const dialog = page.getByRole('dialog', { name: '新建工作提示函' });
    await expect(dialog.getByLabel('发现的问题').inputValue()).resolves.toBe(letter.reason);
    await expect(dialog.getByLabel('标题').inputValue()).resolves.toBe(`关于${letter.ruleLabel}的工作提示`);
    await dialog.getByLabel('工作要求1').fill('逐条分析原因，制定整改措施。');
    await dialog.locator('input[aria-label="回复期限"]').fill(addDays(businessDayOf(new Date()), 10));
    await dialog.locator('input[aria-label="回复期限"]').press('Enter');
    await dialog.getByRole('button', { name: '保存草稿' }).click();
    await page.getByText('已采纳：提示函草稿已起草，请在“提示函”中核对后下发。').waitFor();
    await card(letter).waitFor({ state: 'detached' });

    await card(other).getByRole('button', { name: '不予采纳' }).click();
    const decline = page.getByRole('dialog', { name: '不予采纳' });
    await decline.getByRole('button', { name: '确定' }).click();
    await decline.getByText('请写明不予采纳的理由。').waitFor();
    await decline.getByLabel('不予采纳的理由').fill('该单位已于本月约谈，不再重复发函。');
    await decline.getByRole('button', { name: '确定' }).click();
    await page.getByText('已记录不予采纳及理由，该建议不再提出。').waitFor();
    const after = await openSuggestions(asOf);
    expect(after.map((s) => s.key)).not.toContain(letter.key);
    expect(after.map((s) => s.key)).not.toContain(other.key);
    await page.locator('section[aria-label="已处理建议"]').getByText('该单位已于本月约谈，不再重复发函。').waitFor();
    await page.close();
  });

  it('日通报: a fact recorded after publication shows as a restatement beside the published figures; chiefs read, never publish', async () => {
    const station = buildDemoCity().stations.find((s) => links.RECORDER.label.includes(s.name))!;
    await api(links.RECORDER, `mutation($input: ReceiveFraudAlertInput!) { receiveFraudAlert(input: $input) { eventIds } }`, {
      input: {
        unitId: station.id,
        alertId: 'JQ-WEB-LATE',
        fraudType: 'ORDER_BRUSHING',
        occurredAt: `${DEMO_DEFAULT_UNTIL}T11:00:00+08:00`,
      },
    });
    const page = await open(1366, 768);
    await page.goto(links.STATION_CHIEF.url);
    await page.waitForURL(/#\/unit$/);
    await page.goto(`${service.url}/#/bulletins?day=${DEMO_DEFAULT_UNTIL}`);
    await page.getByRole('heading', { name: '更正说明' }).waitFor();
    const row = page.locator('.restatement tbody tr', { hasText: '警情数' });
    const [, before, now] = await row.locator('td').allInnerTexts();
    expect(Number(now)).toBe(Number(before) + 1);
    await expect(page.getByRole('button', { name: '发布本日通报' }).count()).resolves.toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'bulletin-restatement.png'), fullPage: true, animations: 'disabled' });
    await page.close();
  });
  type Comparison = { indicator: string; current: string; yearOnYearPercent: string | null };
  const reportOf = async (link: SignInLink, unitId: string) =>
    (
      await api<{
        indicatorReport: {
          unitName: string;
          comparisons: Comparison[];
          byWarningKind: Array<{
            label: string;
            comparisons: Comparison[];
            rates: Array<{ rate: string; current: { percent: string | null } }>;
          }>;
          byFraudType: Array<{ label: string; comparisons: Comparison[] }>;
        };
      }>(
        link,
        `{ indicatorReport(unitId: "${unitId}", from: "2026-11-01", to: "2026-11-30") { unitName comparisons { indicator current yearOnYearPercent }
          byWarningKind { label comparisons { indicator current yearOnYearPercent } rates { rate current { percent } } }
          byFraudType { label comparisons { indicator current yearOnYearPercent } } } }`,
      )
    ).indicatorReport;
  const figureIn = (comparisons: Comparison[], indicator: string) => comparisons.find((c) => c.indicator === indicator)!;
  const cellsOf = (page: Page, section: string, label: string) =>
    page
      .getByRole('region', { name: section })
      .locator('.el-table__body-wrapper tbody tr', { hasText: label })
      .first()
      .locator('td')
      .allInnerTexts();
  const comparisonRow = (page: Page, label: string) =>
    page.locator('.el-table__body-wrapper tbody tr', { hasText: new RegExp(`^${label}`) });

  it('指标: leadership read the month of the city with 同比 and 环比, amounts in 万元, and twelve months against last year', async () => {
    const city = (await api<{ units: Array<{ unitId: string }> }>(links.LEADERSHIP, '{ units(level: CITY) { unitId } }')).units[0];
    const report = await reportOf(links.LEADERSHIP, city.unitId);
    const page = await open(1366, 768);
    await page.goto(links.LEADERSHIP.url);
    await page.waitForURL(/#\/ranking$/);
    await page.getByRole('link', { name: '指标' }).click();
    await page.getByRole('heading', { name: report.unitName }).waitFor();
    // The unit picker names the unit, not its id.
    await expect(page.locator('.filters .el-select').first().innerText()).resolves.toBe(report.unitName);
    const alerts = report.comparisons.find((c) => c.indicator === 'alerts')!;
    await expect(comparisonRow(page, '警情数').first().locator('td').nth(1).innerText()).resolves.toBe(alerts.current);
    await expect(comparisonRow(page, '警情数').first().locator('td').nth(3).innerText()).resolves.toBe(
      alerts.yearOnYearPercent === null ? '—' : `${alerts.yearOnYearPercent}%`,
    );
    await expect(comparisonRow(page, '财损').first().locator('td').nth(1).innerText()).resolves.toMatch(/^\d+\.\d\d万元$/);
    // 止付效率 as the seeds write it: the demo's stops are timed from their case's report.
    const stopLine = page.getByText(/^止付效率：/);
    await stopLine.waitFor();
    expect(await stopLine.innerText()).toMatch(
      /^止付效率：从报案到止付平均用时\d+\.\d分钟（上期\d+\.\d分钟），环比(提升|下降)\d+\.\d\d%。$/,
    );

    // The breakdowns, as the API splits them: every warning kind and fraud type of the month, in order.
    expect(report.byWarningKind.map((r) => r.label)).toEqual(['资金预警', '电话预警', '短信预警', 'APP预警', '熟警预警']);
    const familiar = report.byWarningKind.find((r) => r.label === '熟警预警')!;
    const [kind, warnings, , faceToFace] = await cellsOf(page, '按预警类型', '熟警预警');
    expect([kind, warnings]).toEqual(['熟警预警', figureIn(familiar.comparisons, 'warningsReceived').current]);
    expect(faceToFace).toMatch(new RegExp(`^${familiar.rates.find((r) => r.rate === 'faceToFaceRate')!.current.percent}%（\\d+/\\d+）$`));
    expect(report.byFraudType.length).toBeGreaterThan(3);
    const [first] = report.byFraudType;
    const [type, alertsOfType, cases, share, , loss] = await cellsOf(page, '按诈骗类型', first.label);
    expect([type, alertsOfType, cases]).toEqual([
      first.label,
      figureIn(first.comparisons, 'alerts').current,
      figureIn(first.comparisons, 'cases').current,
    ]);
    expect(share).toMatch(/^\d+\.\d%$/);
    expect(loss).toMatch(/^(0|\d+(\.\d\d)?元|\d+\.\d\d万元)$/);
    await page.locator('.monthly-chart canvas').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'indicators-city.png'), fullPage: true, animations: 'disabled' });
    await page.close();
  });

  it('指标: a county chief is offered his county and its stations only', async () => {
    const county = buildDemoCity().counties.find((c) => links.COUNTY_CHIEF.label.includes(c.name))!;
    const report = await reportOf(links.COUNTY_CHIEF, county.id);
    const page = await open(1366, 768);
    await page.goto(links.COUNTY_CHIEF.url);
    await page.waitForURL(/#\/unit$/);
    await page.getByRole('link', { name: '指标' }).click();
    await page.getByRole('heading', { name: report.unitName }).waitFor();
    await page.getByRole('combobox', { name: '单位' }).click();
    await page.locator('.el-select-dropdown__item').first().waitFor();
    await expect(page.locator('.el-select-dropdown__item:visible').count()).resolves.toBe(1 + county.stationIds.length);
    await page.keyboard.press('Escape');
    await page.screenshot({ path: join(SCREENSHOTS, 'indicators-county-chief.png'), animations: 'disabled' });
    await page.close();
  });
});
