/// <reference lib="dom" />
import { join } from 'node:path';
import { businessDayOf } from '../../src/common/business-day';
import { SCREENSHOTS } from '../support/browser';
import { DemoWeb, startDemoWeb } from '../support/demo-web';

type Comparison = { indicator: string; current: string; yearOnYearPercent: string | null };

/** The period the screen opens on: the month of the latest facts, stopping at today while it runs. */
function monthOnScreen(latest: string) {
  const [year, month] = latest.split('-').map(Number);
  const end = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
  const today = businessDayOf(new Date().toISOString());
  return { from: `${latest.slice(0, 8)}01`, to: end < today ? end : today };
}

/** The 指标 screen's 宣防 section in a real Chromium on the demo city, against the report the API gives. */
describe('指标: 宣防 (publicity and prevention) of the demo city', () => {
  let demo: DemoWeb;

  beforeAll(async () => {
    demo = await startDemoWeb();
  }, 300_000);
  afterAll(() => demo?.stop());

  it('states the month’s sessions, people reached (one to one apart), materials and grid groups in a line, with 同比 and 环比 in a table', async () => {
    const { links } = demo;
    const page = await demo.open(1366, 900);
    await page.goto(links.LEADERSHIP.url);
    await page.waitForURL(/#\/ranking$/);
    await page.getByRole('link', { name: '指标' }).click();
    const section = page.getByRole('region', { name: '宣防' });
    await section.getByRole('heading', { name: '宣防' }).waitFor();
    await section.locator('tbody tr').first().waitFor();

    const city = (await demo.api<{ units: Array<{ unitId: string }> }>(links.LEADERSHIP, '{ units(level: CITY) { unitId } }')).units[0];
    const latest = (await demo.api<{ latestFactDay: string }>(links.LEADERSHIP, '{ latestFactDay }')).latestFactDay;
    const { comparisons } = (
      await demo.api<{ indicatorReport: { comparisons: Comparison[] } }>(
        links.LEADERSHIP,
        `query($unitId: ID!, $from: Day!, $to: Day!) { indicatorReport(unitId: $unitId, from: $from, to: $to) { comparisons { indicator current yearOnYearPercent } } }`,
        { unitId: city.unitId, ...monthOnScreen(latest) },
      )
    ).indicatorReport;
    const figure = (k: string) => Number(comparisons.find((c) => c.indicator === k)!.current).toLocaleString('zh-CN');

    expect(Number(figure('preventionSessions').replace(/,/g, ''))).toBeGreaterThan(0);
    await expect(section.locator('.prevention-summary').innerText()).resolves.toBe(
      `本期开展宣防活动${figure('preventionSessions')}场，覆盖群众${figure('peopleReached')}人，其中一对一精准宣传${figure('peopleOneToOne')}人；` +
        `发放宣传资料${figure('materialsDistributed')}份；组建网格群${figure('gridGroups')}个。`,
    );
    const labels = await section.locator('tbody tr td:first-child').allInnerTexts();
    expect(labels).toEqual(['宣防活动场次', '宣防覆盖人数', '一对一精准宣传人数', '发放宣传资料份数', '组建网格群数']);
    const sessions = comparisons.find((c) => c.indicator === 'preventionSessions')!;
    const cells = await section.locator('tbody tr').first().locator('td').allInnerTexts();
    expect(cells[1]).toBe(sessions.current);
    expect(cells[3]).toBe(sessions.yearOnYearPercent === null ? '—' : `${sessions.yearOnYearPercent}%`);

    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: join(SCREENSHOTS, 'indicators-prevention.png'), animations: 'disabled' });
    await page.close();
  });
});
