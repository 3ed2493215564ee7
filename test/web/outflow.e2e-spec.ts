/// <reference lib="dom" />
import { join } from 'node:path';
import { SCREENSHOTS } from '../support/browser';
import { DemoWeb, startDemoWeb } from '../support/demo-web';

type Comparison = {
  indicator: string;
  label: string;
  current: string;
  yearOnYearPercent: string | null;
  periodOnPeriodPercent: string | null;
};

/** The 指标 screen's 外流劝返 section in a real Chromium on the demo city, against the report the API gives. */
describe('指标: 外流劝返 (people gone abroad for fraud and persuaded back) of the demo city', () => {
  let demo: DemoWeb;

  beforeAll(async () => {
    demo = await startDemoWeb();
  }, 300_000);
  afterAll(() => demo?.stop());

  it('says the month’s people found abroad, returned, persuaded back and still abroad in a line, with 同比 and 环比 in a table', async () => {
    const { links } = demo;
    const page = await demo.open(1366, 900);
    // The period the section asked for, as the screen chose it (the month of the latest facts).
    const asked: Array<{ unitId: string; from: string; to: string }> = [];
    page.on('request', (request) => {
      const body = request.url().endsWith('/graphql') ? JSON.parse(request.postData() ?? '{}') : {};
      if (/query IndicatorReport\b/.test(body.query ?? '')) asked.push(body.variables);
    });
    await page.goto(links.LEADERSHIP.url);
    await page.waitForURL(/#\/ranking$/);
    await page.getByRole('link', { name: '指标' }).click();
    const section = page.getByRole('region', { name: '外流劝返' });
    await section.getByRole('heading', { name: '外流劝返' }).waitFor();
    await section.locator('tbody tr').first().waitFor();

    const city = (await demo.api<{ units: Array<{ unitId: string }> }>(links.LEADERSHIP, '{ units(level: CITY) { unitId } }')).units[0];
    const latest = (await demo.api<{ latestFactDay: string }>(links.LEADERSHIP, '{ latestFactDay }')).latestFactDay;
    expect(asked.at(-1)).toMatchObject({ unitId: city.unitId, from: `${latest.slice(0, 8)}01` });
    const fields = 'indicator label current yearOnYearPercent periodOnPeriodPercent';
    const { comparisons, outflowAbroad } = (
      await demo.api<{ indicatorReport: { comparisons: Comparison[]; outflowAbroad: Comparison } }>(
        links.LEADERSHIP,
        `query($unitId: ID!, $from: Day!, $to: Day!) { indicatorReport(unitId: $unitId, from: $from, to: $to) {
          comparisons { ${fields} } outflowAbroad { ${fields} } } }`,
        asked.at(-1),
      )
    ).indicatorReport;
    const rows = [
      ...['outflowIdentified', 'outflowReturned', 'outflowPersuaded'].map((k) => comparisons.find((c) => c.indicator === k)!),
      outflowAbroad,
    ];
    const [identified, returned, persuaded, abroad] = rows.map((r) => Number(r.current));

    // The demo city has people abroad all the time: a handful a year per county, most persuaded back within months.
    expect(abroad).toBeGreaterThan(0);
    await expect(section.locator('.outflow-summary').innerText()).resolves.toBe(
      `${identified ? `本期查明外流人员${identified}人` : '本期未查明新的外流人员'}；` +
        `${returned ? `回流${returned}人${persuaded ? `，其中劝返${persuaded}人` : '，均非劝返'}` : '无人回流'}；期末仍在境外${abroad}人。`,
    );
    expect(await section.locator('tbody tr td:first-child').allInnerTexts()).toEqual([
      '外流人员数',
      '回流人数',
      '劝返人数',
      '期末在外外流人员数',
    ]);
    const cells = await section.locator('tbody tr').last().locator('td').allInnerTexts();
    const change = (p: string | null) => (p === null ? '—' : `${p}%`);
    expect([cells[1], cells[3], cells[5]]).toEqual([
      outflowAbroad.current,
      change(outflowAbroad.yearOnYearPercent),
      change(outflowAbroad.periodOnPeriodPercent),
    ]);

    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: join(SCREENSHOTS, 'indicators-outflow.png'), animations: 'disabled' });
    await page.close();
  });
});
