/// <reference lib="dom" />
// Functions passed to page.evaluate run in the page: they see the DOM.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { ServiceProcess } from '../../src/cli/bench/service-process';
import { DEMO_DEFAULT_UNTIL } from '../../src/cli/demo/demo-defaults';
import { buildDemoCity } from '../../src/cli/demo/demo-organization';
import { seedDemoCity } from '../../src/cli/demo/seed-demo-city';
import { SignInLink, signInLinks } from '../../src/cli/demo/sign-in-links';
import { loadTokenKeys } from '../../src/security/auth/token-keys';
import { mintToken } from '../../src/security/auth/token-minter';
import { SCREENSHOTS, launchBrowser } from '../support/browser';
import { ensureWebBuild } from '../support/web-build';

const SOURCES = { script: join(__dirname, '..', '..', 'src', 'main.ts'), nodeArgs: ['-r', 'ts-node/register/transpile-only'] };

interface ApiRow {
  rank: number;
  name: string;
  score: number;
  chief: { name: string } | null;
}

/** 三级六长排名 in a real Chromium against the real service on the demo city, signed in from the demo's links. */
describe('三级六长排名 (the web application, headless Chromium)', () => {
  let dataDir: string;
  let service: ServiceProcess;
  let browser: Browser;
  let links: Record<string, SignInLink>;

  beforeAll(async () => {
    ensureWebBuild();
    dataDir = mkdtempSync(join(tmpdir(), 'web-e2e-'));
    const events = new SqliteEventStore({ file: join(dataDir, 'events.sqlite') });
    await seedDemoCity(events).finally(() => events.dispose());
    ({ service } = await ServiceProcess.start({ dataDir, queryCache: true, ...SOURCES }));
    links = Object.fromEntries(signInLinks(service.url, loadTokenKeys({ dataDir }), buildDemoCity()).map((l) => [l.role, l]));
    browser = await launchBrowser();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await service?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const apiRanking = async (role: string): Promise<ApiRow[]> => {
    const token = new URL(links.LEADERSHIP.url.replace('/#/', '/')).searchParams.get('token');
    const response = await fetch(`${service.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: `{ ranking(role: ${role}, period: { kind: MONTH, day: "${DEMO_DEFAULT_UNTIL}" }) { rows { rank name score chief { name } } } }`,
      }),
    });
    return ((await response.json()) as { data: { ranking: { rows: ApiRow[] } } }).data.ranking.rows;
  };

  const open = async (width: number, height: number): Promise<Page> => {
    const page = await browser.newPage({ viewport: { width, height }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    page.on('pageerror', (error) => {
      throw error;
    });
    return page;
  };

  const tableRows = (page: Page) => page.locator('.el-table__body-wrapper tbody tr');

  it('signs a leader in from the demo link, takes the token out of the address bar, and shows the month of the latest facts as the API ranks it', async () => {
    const page = await open(1366, 768);
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
      expect(cells[2]).toBe(api[i].name);
      expect(cells[4]).toBe(api[i].chief?.name ?? '空缺');
      expect(cells[5]).toContain(api[i].score.toFixed(2));
    }
    await page.locator('.score-chart canvas').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'ranking-1366x768.png'), fullPage: true });
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
        const shown = document.querySelectorAll('.el-table__body-wrapper tbody tr');
        return shown.length === rows && shown[0].querySelectorAll('td')[2]?.textContent?.trim() === first;
      },
      [api.length, api[0].name] as const,
    );
    await page.screenshot({ path: join(SCREENSHOTS, 'ranking-county-chiefs.png') });
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
    await page.screenshot({ path: join(SCREENSHOTS, 'ranking-big-screen-1920x1080.png') });
    await page.close();
  });

  it('returns an expired session to sign-in with a Chinese message, never a blank page', async () => {
    const page = await open(1366, 768);
    const expired = mintToken(loadTokenKeys({ dataDir }), { subject: 'x', role: 'LEADERSHIP', expiresInSeconds: -60 });
    await page.goto(`${service.url}/#/sign-in`);
    await page.evaluate((token) => sessionStorage.setItem('zhufang.token', token), expired);
    await page.goto(`${service.url}/#/ranking`);
    await page.getByText('登录已过期，请重新登录。').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'sign-in-expired.png') });
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
});
