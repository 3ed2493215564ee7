/// <reference lib="dom" />
import { join } from 'node:path';
import { Page } from 'playwright-core';
import { DEMO_DEFAULT_UNTIL } from '../../src/cli/demo/demo-defaults';
import { buildDemoCity } from '../../src/cli/demo/demo-organization';
import { addDays, businessDayOf } from '../../src/common/business-day';
import { SCREENSHOTS } from '../support/browser';
import { DemoWeb, startDemoWeb } from '../support/demo-web';

interface Bell {
  unreadCount: number;
  latestPosition: string;
  items: Array<{ title: string; read: boolean; link: string }>;
}

const BELL = `{ notifications { unreadCount latestPosition items { title read link } } }`;
const MARK = `mutation($upTo: String!) { markNotificationsRead(upTo: $upTo) { notifications { unreadCount } } }`;

/** 通知 (issue 16, screen 9) in a real Chromium against the real service on the demo city. */
describe('考评工作台 in headless Chromium: 通知', () => {
  let demo: DemoWeb;

  beforeAll(async () => {
    demo = await startDemoWeb();
  }, 300_000);

  afterAll(() => demo?.stop());

  const badge = (page: Page) => page.locator('[data-test="notification-bell"] .el-badge__content');

  it("raises the county chief's bell live when staff issue a letter to his county; the item opens the letter; 全部标为已读 clears it", async () => {
    const { links } = demo;
    const chief = links.COUNTY_CHIEF;
    const county = buildDemoCity().counties.find((c) => chief.label.includes(c.name))!;
    const bell = async () => (await demo.api<{ notifications: Bell }>(chief, BELL)).notifications;

    // The demo's supervision addressed his county before: all of it read, the bell starts quiet.
    const before = await bell();
    expect(before.items.length).toBeGreaterThan(0);
    if (before.unreadCount > 0) await demo.api(chief, MARK, { upTo: before.latestPosition });

    const page = await demo.open(1366, 768);
    await page.goto(chief.url);
    await page.locator('[data-test="notification-bell"]').waitFor();
    await page.getByRole('button', { name: '通知', exact: true }).waitFor();
    await expect(badge(page).isVisible()).resolves.toBe(false);

    // Staff issue a letter to his county through the API while his page is open.
    const letterId = `BELL-${Date.now()}`;
    const title = '关于预警见面不及时的工作提示';
    await demo.api(links.EVALUATION_STAFF, `mutation($input: DraftLetterInput!) { draftLetter(input: $input) { letterId } }`, {
      input: {
        letterId,
        unitId: county.id,
        title,
        findings: '近期你局预警指令见面率低于全市平均水平。',
        requirements: ['对未见面的预警指令逐条复核'],
        deadline: addDays(businessDayOf(new Date()), 14),
        evidence: { unitId: county.id, period: { kind: 'MONTH', day: DEMO_DEFAULT_UNTIL } },
      },
    });
    const issued = await demo.api<{ issueLetter: { letter: { number: string } } }>(
      links.EVALUATION_STAFF,
      `mutation($input: LetterStepInput!) { issueLetter(input: $input) { letter { number } } }`,
      { input: { letterId } },
    );
    const number = issued.issueLetter.letter.number;

    // Pushed to the open page: no reload.
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('[data-test="notification-bell"] .el-badge__content')?.innerText.trim() === '1',
      undefined,
      { timeout: 15_000 },
    );
    await page.getByRole('button', { name: '通知，1条未读' }).click();
    const panel = page.locator('[data-test="notification-panel"]');
    await panel.waitFor();
    const item = panel.locator('button.item', { hasText: `收到工作提示函：${number}` });
    await item.waitFor();
    await expect(item.getAttribute('class')).resolves.toContain('unread');
    await expect(item.innerText()).resolves.toContain(title);
    await expect(item.innerText()).resolves.toMatch(/工作提示函\s+\d{1,2}月\d{1,2}日 \d\d:\d\d/);
    // Older items, read, below it.
    expect(await panel.locator('button.item').count()).toBeGreaterThan(1);
    await expect(panel.locator('button.item.unread').count()).resolves.toBe(1);
    await page.screenshot({ path: join(SCREENSHOTS, 'notifications-bell.png'), animations: 'disabled' });

    // The item opens its letter on the letters screen.
    await item.click();
    await page.waitForURL(new RegExp(`#/letters\\?letter=${letterId}$`));
    await page.getByRole('heading', { name: `${number} ${title}` }).waitFor();
    // Opening it marks nothing: still one unread.
    await expect(badge(page).innerText()).resolves.toBe('1');

    await page.getByRole('button', { name: '通知，1条未读' }).click();
    await page.locator('[data-test="notification-panel"]').getByRole('button', { name: '全部标为已读' }).click();
    await page.waitForFunction(() => {
      const content = document.querySelector<HTMLElement>('[data-test="notification-bell"] .el-badge__content');
      return !content || content.offsetParent === null;
    });
    await expect(page.locator('[data-test="notification-panel"] button.item.unread').count()).resolves.toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'notifications-bell-read.png'), animations: 'disabled' });
    expect((await bell()).unreadCount).toBe(0);
    await page.close();
  });

  it('shows evaluation staff what came back to them: answers to letters and appeals filed, newest first, as the API lists them', async () => {
    const staff = demo.links.EVALUATION_STAFF;
    const { notifications } = await demo.api<{ notifications: Bell }>(
      staff,
      `{ notifications(limit: 8) { unreadCount items { title read } } }`,
    );
    const page = await demo.open(1366, 768);
    await page.goto(staff.url);
    await page.locator('[data-test="notification-bell"]').click();
    const panel = page.locator('[data-test="notification-panel"]');
    await panel.waitFor();
    if (notifications.items.length === 0) await panel.getByText('暂无通知').waitFor();
    else await panel.locator('button.item').first().waitFor();
    const titles = await panel.locator('button.item .title').allInnerTexts();
    expect(titles).toEqual(notifications.items.map((i) => i.title));
    expect(titles.every((t) => /^(工作提示函已回复|收到申诉)：/.test(t))).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'notifications-bell-staff.png'), animations: 'disabled' });
    await page.close();
  });
});
