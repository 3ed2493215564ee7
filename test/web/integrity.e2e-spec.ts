/// <reference lib="dom" />
import { join } from 'node:path';
import { buildDemoCity } from '../../src/cli/demo/demo-organization';
import { SCREENSHOTS } from '../support/browser';
import { DemoWeb, startDemoWeb } from '../support/demo-web';

const RECEIVE = `mutation($input: ReceiveWarningInput!) { receiveWarning(input: $input) { eventIds } }`;
const CONTACT = `mutation($input: RecordWarningContactInput!) { recordWarningContact(input: $input) { eventIds } }`;

/** 数据质量 in a real Chromium on the demo city: a planted lead found, read by leadership, verified by staff. */
describe('数据质量: integrity findings on the demo city', () => {
  let demo: DemoWeb;
  const city = buildDemoCity();

  beforeAll(async () => {
    demo = await startDemoWeb();
  }, 300_000);
  afterAll(() => demo?.stop());

  it('a station’s contacts typed in at two minutes are a lead: staff verify it, and the verdict shows with it', async () => {
    const { links } = demo;
    // Before the gamed contacts are typed in, as Shanghai wall time: what 数据截至 takes.
    const before = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 19);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const station = city.stations.find((s) => links.RECORDER.label.includes(s.name))!;
    const { latestFactDay } = await demo.api<{ latestFactDay: string }>(links.LEADERSHIP, '{ latestFactDay }');
    const at = (time: string) => `${latestFactDay}T${time}:00+08:00`;
    const envelope = { unitId: station.id, lateReason: '浏览器测试补录' };
    for (const n of [1, 2, 3, 4, 5, 6]) {
      const instructionId = `YJ-GAMED-${n}`;
      await demo.api(links.RECORDER, RECEIVE, {
        input: { ...envelope, instructionId, kind: 'CALL', occurredAt: at('09:00'), deadline: at('21:00') },
      });
      await demo.api(links.RECORDER, CONTACT, {
        input: { ...envelope, instructionId, method: 'PHONE', occurredAt: at(n <= 3 ? '17:15' : '17:25') },
      });
    }

    // Leadership read the leads; only staff verify.
    const page = await demo.open(1366, 900);
    await page.goto(links.LEADERSHIP.url);
    await page.waitForURL(/#\/ranking$/);
    await page.getByRole('link', { name: '数据质量' }).click();
    const row = page.locator('.el-table__body-wrapper tbody tr', { hasText: station.name }).filter({ hasText: '处置时间雷同或早于指令' });
    await row.waitFor();
    await expect(row.innerText()).resolves.toMatch(/有2个时间点同一分钟记录2次以上，共6次/);
    await expect(row.innerText()).resolves.toContain('待核查');
    await expect(row.innerText()).resolves.toMatch(/\d\.\d×10⁻[⁰¹²³⁴⁵⁶⁷⁸⁹]+（低于1\.0×10⁻³即提示）/);
    await page.close();

    const staff = await demo.open(1366, 900);
    await staff.goto(links.EVALUATION_STAFF.url);
    await staff.getByRole('link', { name: '数据质量' }).click();
    const lead = staff.locator('.el-table__body-wrapper tbody tr', { hasText: station.name }).filter({ hasText: '处置时间雷同或早于指令' });
    await lead.getByRole('button', { name: '核查' }).click();
    await staff.getByRole('button', { name: '保存核查结论' }).click();
    await staff.getByText('请写明核查情况。').waitFor();
    await staff.getByText('核查属实', { exact: true }).click();
    await staff.getByRole('textbox', { name: '核查情况' }).fill('系录入员下班前集中补录当日联系，已要求据实录入联系时间。');
    await staff.getByRole('button', { name: '保存核查结论' }).click();
    await lead.getByText('核查属实：系录入员下班前集中补录当日联系').waitFor();
    await staff.screenshot({ path: join(SCREENSHOTS, 'integrity-verified.png'), fullPage: true, animations: 'disabled' });
    await staff.close();

    // As known before the contacts were typed in, the lead was not there; the demo's planted leads were.
    const then = await demo.open(1366, 900);
    await then.goto(links.LEADERSHIP.url);
    await then.waitForURL(/#\/ranking$/);
    await then.goto(then.url().replace('#/ranking', `#/integrity?asOf=${before}`));
    await then
      .getByText(/按\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}时所知的数据检验，此后录入或更正的事实未计入；核查请在当前数据下进行。/)
      .waitFor();
    await then.locator('.el-table__body-wrapper tbody tr', { hasText: '好得难以置信的比率' }).first().waitFor();
    const gamedThen = then
      .locator('.el-table__body-wrapper tbody tr', { hasText: station.name })
      .filter({ hasText: '处置时间雷同或早于指令' });
    await expect(gamedThen.count()).resolves.toBe(0);
    await then.screenshot({ path: join(SCREENSHOTS, 'integrity-as-of.png'), fullPage: true, animations: 'disabled' });
    await then.close();

    // The chief of the unit concerned is not offered the screen.
    const chief = await demo.open(1366, 900);
    await chief.goto(links.STATION_CHIEF.url);
    await chief.getByRole('link', { name: '本单位' }).waitFor();
    await expect(chief.getByRole('link', { name: '数据质量' }).count()).resolves.toBe(0);
    // Decided, the lead is the unit's to read on 本单位, with the verdict; the leads still open are not.
    const verdicts = chief.getByRole('region', { name: '数据质量核查结论' });
    await verdicts.getByText('核查结论：核查属实。系录入员下班前集中补录当日联系，已要求据实录入联系时间。').waitFor();
    await expect(verdicts.locator('.verdict').count()).resolves.toBe(1);
    await expect(verdicts.innerText()).resolves.toContain(`${station.name} · 处置时间雷同或早于指令`);
    await verdicts.scrollIntoViewIfNeeded();
    await chief.screenshot({ path: join(SCREENSHOTS, 'unit-verdicts.png'), fullPage: true, animations: 'disabled' });
    await chief.close();
  });
});
