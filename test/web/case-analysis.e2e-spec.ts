/// <reference lib="dom" />
import { join } from 'node:path';
import { SCREENSHOTS } from '../support/browser';
import { DemoWeb, startDemoWeb } from '../support/demo-web';

type Ratio = { numerator: number; denominator: number; percent: string | null };
type Row = { label: string; comparisons: Array<{ indicator: string; current: string }>; rates: Array<{ rate: string; current: Ratio }> };
/** The screen's month of `day`: to its last day, or to today in Shanghai while it runs. */
function monthToToday(day: string) {
  const [year, month] = day.split('-').map(Number);
  const monthEnd = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  return monthEnd < today ? monthEnd : today;
}

type Report = {
  rates: Array<{ rate: string; current: Ratio; yearOnYearPoints: string | null; periodOnPeriodPoints: string | null }>;
  byMethod: Row[];
  byVictimGroup: Row[];
};

/** The 指标 screen's 一案一分析 section in a real Chromium on the demo city, against the report the API gives. */
describe('指标: 一案一分析 (cases by method and victim group) and 一案一回访 (回访率) of the demo city', () => {
  let demo: DemoWeb;

  beforeAll(async () => {
    demo = await startDemoWeb();
  }, 300_000);
  afterAll(() => demo?.stop());

  it('says the month’s 回访率 with 同比 and 环比 in a line, and splits the cases by method and by victim group', async () => {
    const { links } = demo;
    const page = await demo.open(1366, 900);
    await page.goto(links.LEADERSHIP.url);
    await page.waitForURL(/#\/ranking$/);
    await page.getByRole('link', { name: '指标' }).click();
    const section = page.getByRole('region', { name: '一案一分析' });
    await section.getByRole('heading', { name: '一案一分析、一案一回访' }).waitFor();
    const byMethod = section.getByRole('region', { name: '按作案手段' });
    await byMethod.locator('tbody tr').first().waitFor();

    // The screen opens on the month of the latest facts, up to today at most, as the API reports it for the city.
    const city = (await demo.api<{ units: Array<{ unitId: string }> }>(links.LEADERSHIP, '{ units(level: CITY) { unitId } }')).units[0];
    const latest = (await demo.api<{ latestFactDay: string }>(links.LEADERSHIP, '{ latestFactDay }')).latestFactDay;
    const ratio = 'numerator denominator percent';
    const split = `label comparisons { indicator current } rates { rate current { ${ratio} } }`;
    const report = (
      await demo.api<{ indicatorReport: Report }>(
        links.LEADERSHIP,
        `query($unitId: ID!, $from: Day!, $to: Day!) { indicatorReport(unitId: $unitId, from: $from, to: $to) {
          rates { rate current { ${ratio} } yearOnYearPoints periodOnPeriodPoints } byMethod { ${split} } byVictimGroup { ${split} } } }`,
        { unitId: city.unitId, from: `${latest.slice(0, 8)}01`, to: monthToToday(latest) },
      )
    ).indicatorReport;

    // The demo city visits most victims within weeks, and records every case's method and victim group.
    const rate = report.rates.find((r) => r.rate === 'victimVisitRate')!;
    expect(rate.current.numerator).toBeGreaterThan(0);
    expect(rate.current.numerator).toBeLessThanOrEqual(rate.current.denominator);
    const points = (p: string | null) =>
      p === null ? '' : Number(p) === 0 ? '持平' : `${p.startsWith('-') ? '下降' : '上升'}${p.slice(1)}个百分点`;
    const changes = [
      rate.yearOnYearPoints === null ? '' : `同比${points(rate.yearOnYearPoints)}`,
      rate.periodOnPeriodPoints === null ? '' : `环比${points(rate.periodOnPeriodPoints)}`,
    ].filter(Boolean);
    await expect(section.locator('.visit-summary').innerText()).resolves.toBe(
      `一案一回访：本期发案${rate.current.denominator}起，已回访受害人${rate.current.numerator}人，回访率${rate.current.percent}%` +
        `${changes.length ? `，${changes.join('，')}` : ''}。`,
    );

    // Each split's rows as the API orders them: its label, cases, loss, victims visited and 回访率.
    const rowsOf = (rows: Row[]) =>
      rows.map((r) => {
        const figure = (indicator: string) => r.comparisons.find((c) => c.indicator === indicator)!.current;
        const visits = r.rates.find((x) => x.rate === 'victimVisitRate')!.current.percent;
        return [r.label, figure('cases'), figure('victimsVisited'), visits === null ? '—' : `${visits}%`];
      });
    const shown = async (name: string) =>
      (await section.getByRole('region', { name }).locator('tbody tr').all()).map(async (tr) => {
        const cells = await tr.locator('td').allInnerTexts();
        return [cells[0], cells[1], cells[5], cells[6]];
      });
    expect(report.byMethod.map((r) => r.label)).toEqual(expect.arrayContaining(['社交软件', '电话']));
    expect(await Promise.all(await shown('按作案手段'))).toEqual(rowsOf(report.byMethod));
    expect(await Promise.all(await shown('按受害群体'))).toEqual(rowsOf(report.byVictimGroup));

    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: join(SCREENSHOTS, 'indicators-case-analysis.png'), animations: 'disabled' });
    await page.close();
  });
});
