/// <reference lib="dom" />
import { join } from 'node:path';
import { SCREENSHOTS } from '../support/browser';
import { DemoWeb, startDemoWeb } from '../support/demo-web';

type StepTime = {
  count: number;
  averageMinutes: string | null;
  previousAverageMinutes: string | null;
  periodOnPeriodPercent: string | null;
};

/** 流转用时 and 核查用时 on the 指标 screen in a real Chromium, on the demo city, against the report the API gives. */
describe('指标: the warnings’ forwarding and on-site check times of the demo city', () => {
  let demo: DemoWeb;

  beforeAll(async () => {
    demo = await startDemoWeb();
  }, 300_000);
  afterAll(() => demo?.stop());

  it('says 流转用时 and 核查用时 each in a line beside 止付效率: the average, the period before and 环比', async () => {
    const { links } = demo;
    const page = await demo.open(1366, 900);
    await page.goto(links.LEADERSHIP.url);
    await page.waitForURL(/#\/ranking$/);
    // The reports the screen asked for: the last is the month of the latest facts, up to today.
    const answers: Array<Promise<{ data: { indicatorReport: { forwardTime: StepTime; checkTime: StepTime } } }>> = [];
    page.on('response', (r) => {
      if ((r.request().postData() ?? '').includes('query IndicatorReport')) answers.push(r.json());
    });
    await page.getByRole('link', { name: '指标' }).click();
    const forwardLine = page.getByText(/^流转用时：/);
    await forwardLine.waitFor();
    await page.waitForLoadState('networkidle');
    const report = (await answers[answers.length - 1]).data.indicatorReport;
    // The demo forwards most warnings within minutes and checks them within the hour or so.
    expect(report.forwardTime.count).toBeGreaterThan(100);
    expect(Number(report.forwardTime.averageMinutes)).toBeLessThan(15);
    expect(Number(report.checkTime.averageMinutes)).toBeGreaterThan(Number(report.forwardTime.averageMinutes));
    expect(Number(report.checkTime.averageMinutes)).toBeLessThan(90);

    const trend = (change: string | null) =>
      change === null ? '' : change.startsWith('-') ? `，环比缩短${change.slice(1)}%` : `，环比延长${change.replace(/^\+/, '')}%`;
    const expected = (label: string, step: string, t: StepTime) =>
      `${label}：从接收预警指令到${step}平均${t.averageMinutes}分钟（${t.count}条；上期${t.previousAverageMinutes}分钟）${trend(t.periodOnPeriodPercent)}。`;
    await expect(forwardLine.innerText()).resolves.toBe(expected('流转用时', '流转', report.forwardTime));
    await expect(page.getByText(/^核查用时：/).innerText()).resolves.toBe(expected('核查用时', '落地核查', report.checkTime));
    // Beside 止付效率, in the summary.
    const summary = page.getByRole('region', { name: '概况' });
    await expect(summary.locator('p').allInnerTexts()).resolves.toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^止付效率：/),
        expect.stringMatching(/^流转用时：/),
        expect.stringMatching(/^核查用时：/),
      ]),
    );

    await summary.screenshot({ path: join(SCREENSHOTS, 'indicators-warning-steps.png'), animations: 'disabled' });
    await page.close();
  });
});
