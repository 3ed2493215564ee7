/// <reference lib="dom" />
import { join } from 'node:path';
import { Page } from 'playwright-core';
import { addDays } from '../../src/common/business-day';
import { DEMO_DEFAULT_UNTIL } from '../../src/cli/demo/demo-defaults';
import { buildDemoCity } from '../../src/cli/demo/demo-organization';
import { SCREENSHOTS } from '../support/browser';
import { DemoWeb, startDemoWeb } from '../support/demo-web';

const INSTRUCTIONS = `query($day: Day!) { bulletinInstructions(bulletinDay: $day) { text units { unitId status answer { text } } } }`;

/** A day some days from now, in Asia/Shanghai: a due day still to come whenever the test runs. */
const daysFromNow = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + days * 86_400_000));

/** 领导批示 in a real Chromium against the demo city: a leader instructs on a bulletin, a station chief answers, the leader sees 已复盘. */
describe('日通报 领导批示 → 复盘 in headless Chromium', () => {
  let demo: DemoWeb;
  const city = buildDemoCity();
  /** A bulletin the demo published, the day before its last. */
  const day = addDays(DEMO_DEFAULT_UNTIL, -1);
  const text = `请所长复盘本所近一旬预警见面核查情况（浏览器测试 ${Date.now()}）`;
  const answerText = '已复盘：3条预警以电话代替见面，已补见面并约谈社区民警。';

  beforeAll(async () => {
    demo = await startDemoWeb();
  }, 300_000);
  afterAll(() => demo?.stop());

  /** The whole page; with a dialog open, the window it is centred in. */
  const shot = (page: Page, name: string, fullPage = true) =>
    page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage, animations: 'disabled' });
  const station = () => city.stations.find((s) => demo.links.STATION_CHIEF.label.includes(s.name))!;
  const card = (page: Page) => page.locator('article.instruction', { hasText: text });

  it('a leader adds an instruction to a published bulletin, naming a station and a due day: 待复盘', async () => {
    const page = await demo.open(1366, 900);
    await page.goto(demo.links.LEADERSHIP.url);
    await page.waitForURL(/#\/ranking$/);
    await page.goto(`${demo.service.url}/#/bulletins?day=${day}`);
    await page.getByRole('heading', { name: '领导批示' }).waitFor();
    // The demo's own instructions on this bulletin are shown with their answers.
    await page.locator('article.instruction').first().waitFor();

    await page.getByRole('button', { name: '添加批示' }).click();
    const dialog = page.getByRole('dialog', { name: '添加领导批示' });
    const select = (label: string) =>
      dialog
        .locator('.el-form-item')
        .filter({ has: page.locator(`label:text-is("${label}")`) })
        .locator('.el-select');
    await select('批示领导').click();
    await page.getByRole('option').first().click();
    await dialog.getByLabel('批示内容').fill(text);
    // Submitted without units or a due day: each is asked for beside its field.
    await dialog.getByRole('button', { name: '提交批示' }).click();
    await dialog.getByText('请选择复盘单位。').waitFor();
    await dialog.getByText('请选择复盘期限。').waitFor();
    await select('复盘单位').click();
    await page.getByRole('option', { name: station().name, exact: true }).click();
    await dialog.getByText('添加领导批示').click(); // closes the dropdown
    const due = dialog.getByLabel('复盘期限');
    await due.fill(daysFromNow(3));
    await due.press('Enter');
    await dialog.getByText('添加领导批示').click();
    await dialog.getByText('请选择复盘期限。').waitFor({ state: 'detached' });
    await shot(page, 'bulletin-instruction-form', false);
    await dialog.getByRole('button', { name: '提交批示' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await card(page).waitFor();
    await expect(card(page).locator('tbody tr').innerText()).resolves.toContain('待复盘');
    await expect(card(page).locator('tbody tr').innerText()).resolves.toContain(station().name);
    await shot(page, 'bulletin-instruction-issued');
    await page.close();
  });

  it('the station chief finds it on 本单位 and answers with his 复盘', async () => {
    const page = await demo.open(1366, 900);
    await page.goto(demo.links.STATION_CHIEF.url);
    await page.waitForURL(/#\/unit$/);
    await card(page).waitFor();
    await card(page).getByRole('button', { name: '复盘', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `${station().name}复盘` });
    await dialog.getByLabel('复盘情况').fill(answerText);
    await shot(page, 'bulletin-instruction-answering', false);
    await dialog.getByRole('button', { name: '确定' }).click();
    await page.getByText(`${station().name}复盘已提交。`).waitFor();
    // Answered, it leaves the open instructions; shown again with 显示已复盘.
    await card(page).waitFor({ state: 'detached' });
    await page.getByText('显示已复盘').click();
    await card(page).locator('tbody tr', { hasText: '已复盘' }).waitFor();
    await card(page).getByRole('button', { name: '更新复盘' }).waitFor();
    await shot(page, 'bulletin-instruction-unit');
    await page.close();
  });

  it('the leader sees 已复盘 with the answer on the bulletin', async () => {
    const page = await demo.open(1366, 900);
    await page.goto(demo.links.LEADERSHIP.url);
    await page.waitForURL(/#\/ranking$/);
    await page.goto(`${demo.service.url}/#/bulletins?day=${day}`);
    const row = card(page).locator('tbody tr');
    await row.filter({ hasText: '已复盘' }).waitFor();
    await expect(row.innerText()).resolves.toContain(answerText);
    await card(page).scrollIntoViewIfNeeded();
    await shot(page, 'bulletin-instruction-answered');
    await page.close();

    const { bulletinInstructions } = await demo.api<{
      bulletinInstructions: Array<{ text: string; units: Array<{ unitId: string; status: string; answer: { text: string } | null }> }>;
    }>(demo.links.LEADERSHIP, INSTRUCTIONS, { day });
    expect(bulletinInstructions.find((i) => i.text === text)?.units).toEqual([
      { unitId: station().id, status: 'ANSWERED', answer: { text: answerText } },
    ]);
  });
});
