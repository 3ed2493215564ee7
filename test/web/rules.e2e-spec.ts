/// <reference lib="dom" />
// Functions passed to page.evaluate run in the page: they see the DOM.
import { join } from 'node:path';
import { Page } from 'playwright-core';
import { addDays, businessDayOf } from '../../src/common/business-day';
import { SCREENSHOTS } from '../support/browser';
import { DemoWeb, startDemoWeb } from '../support/demo-web';

interface ApiRateTerm {
  key: string;
  label: string;
  dimension: string;
  weight: number;
  numerator: string[];
  numeratorLabel: string;
  denominator: string[];
  compare: string;
  target: number | null;
  mapping: { kind: string; zeroAt: number; fullAt: number };
}
interface ApiVersion {
  versionId: string;
  name: string;
  effectiveFrom: string;
  publishedBy: string | null;
  rateTerms: ApiRateTerm[];
}
interface ApiMover {
  name: string;
  currentRank: number;
  draftRank: number;
  rankChange: number;
  terms: Array<{ label: string; change: number }>;
}

const RATE_TERMS = `rateTerms { key label dimension weight numerator numeratorLabel denominator compare target mapping { kind zeroAt fullAt } }`;

/** 规则 in a real Chromium against the real service on the demo city: versions, a draft, its what-if, publishing. */
describe('考评工作台 in headless Chromium: 规则', () => {
  let demo: DemoWeb;
  let page: Page;
  let latestDay: string;
  let current: ApiVersion;
  const today = businessDayOf(new Date());

  beforeAll(async () => {
    demo = await startDemoWeb();
    const data = await demo.api<{ latestFactDay: string; ruleSets: ApiVersion[] }>(
      demo.links.EVALUATION_STAFF,
      `{ latestFactDay ruleSets { versionId name effectiveFrom publishedBy ${RATE_TERMS} } }`,
    );
    latestDay = data.latestFactDay;
    current = data.ruleSets.at(-1)!;
  }, 300_000);

  afterAll(() => demo?.stop());

  const shot = (state: string) =>
    page.screenshot({ path: join(SCREENSHOTS, `rules-${state}.png`), fullPage: true, animations: 'disabled' });
  const weightInput = (label: string) => page.locator(`input[aria-label="${label}权重"]`);
  async function setWeight(label: string, weight: number) {
    await weightInput(label).fill(String(weight));
    await weightInput(label).press('Tab');
  }
  /** The draft as the API takes it: the version in force with some weights changed. */
  const draftWith = (weights: Record<string, number>) => ({
    kind: 'RATES',
    name: 'test',
    priorDays: 30,
    rateTerms: current.rateTerms.map(({ numeratorLabel: _label, ...t }) => ({ ...t, weight: weights[t.key] ?? t.weight })),
  });

  it('staff open 规则 from the header and see the version in force, its terms, weights and mappings in Chinese', async () => {
    page = await demo.open(1366, 900);
    await page.goto(demo.links.EVALUATION_STAFF.url);
    await page.waitForURL(/#\/ranking$/);
    await page.getByRole('link', { name: '规则', exact: true }).click();
    await page.waitForURL(/#\/rules$/);
    await page.getByRole('heading', { name: '规则版本（1）' }).waitFor();
    const versions = page.locator('section[aria-label="规则版本"]');
    await versions.getByText('现行', { exact: true }).waitFor();
    await versions.getByText(current.name).waitFor();
    await versions.getByText('自2000年1月1日起生效').waitFor();
    const rows = versions.locator('.rate-terms tbody tr');
    await expect(rows.count()).resolves.toBe(current.rateTerms.length);
    const first = await rows.first().locator('td').allInnerTexts();
    const term = current.rateTerms[0];
    expect(first.slice(0, 4)).toEqual([term.dimension, term.label, `${term.numeratorLabel}÷常住人口（每万人）`, `${term.weight}分`]);
    expect(first[4]).toBe('全市水平');
    expect(first[5]).toContain('为全市水平的4倍及以上得0分，与全市水平持平得权重的50%');
    expect(first[6]).toBe('越低越好');
    const cells = await rows.evaluateAll((trs) =>
      trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent!.trim())),
    );
    const faceToFace = cells.find((c) => c[1] === '见面率')!;
    expect(faceToFace[4]).toBe('目标值90%');
    expect(faceToFace[5]).toContain('比目标值低25个百分点及以上得0分，达到目标值得满分');
    // The draft starts as a copy of the version in force.
    await expect(weightInput(term.label).inputValue()).resolves.toBe('20');
    await page.getByText('权重合计：100分').waitFor();
    await shot('versions');
  });

  it('says in Chinese beside the total when the weights do not sum to 100, and tries nothing', async () => {
    await setWeight('每万人警情', 30);
    await page.getByText('各项权重合计须为100分（百分制），现为110分，多10分。').waitFor();
    await expect(page.getByRole('button', { name: '试算' }).isDisabled()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: '自该日起发布' }).isDisabled()).resolves.toBe(true);
    await setWeight('见面率', 0);
    await page.getByText('权重须为大于0的数。').waitFor();
    await shot('invalid');
    await setWeight('见面率', 5);
    await expect(page.getByText('权重须为大于0的数。').count()).resolves.toBe(0);
  });

  it('tries the corrected draft beside the current ranking: who moves up and down, by how much and why, as whatIfRanking says', async () => {
    await setWeight('每万人发案', 5);
    await expect(page.getByText(/各项权重合计须为/).count()).resolves.toBe(0);
    await page.getByRole('button', { name: '试算' }).click();
    const api = (
      await demo.api<{ whatIfRanking: { movedUp: ApiMover[]; movedDown: ApiMover[]; rows: unknown[] } }>(
        demo.links.EVALUATION_STAFF,
        `query ($draft: RuleSetDraftInput!, $day: Day!) { whatIfRanking(draft: $draft, role: STATION_CHIEF, period: { kind: MONTH, day: $day }) {
          rows { subjectId }
          movedUp { name currentRank draftRank rankChange terms { label change } }
          movedDown { name currentRank draftRank rankChange terms { label change } } } }`,
        { draft: draftWith({ alertsPer10k: 30, casesPer10k: 5 }), day: latestDay },
      )
    ).whatIfRanking;
    expect(api.movedUp.length).toBeGreaterThan(0);
    expect(api.movedDown.length).toBeGreaterThan(0);
    const unchanged = api.rows.length - api.movedUp.length - api.movedDown.length;
    await page.getByText(`按草案，上升${api.movedUp.length}个，下降${api.movedDown.length}个，不变${unchanged}个。`).waitFor();
    await expect(page.locator('.current-table tbody tr').count()).resolves.toBe(api.rows.length);
    await expect(page.locator('.draft-table tbody tr').count()).resolves.toBe(api.rows.length);
    for (const [direction, movers] of [
      ['up', api.movedUp],
      ['down', api.movedDown],
    ] as const) {
      const shown = await page
        .locator(`.movers-${direction} tbody tr`)
        .evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent!.trim())));
      expect(shown.map((cells) => cells[0])).toEqual(movers.map((m) => m.name));
      const m = movers[0];
      expect(shown[0][1]).toBe(`第${m.currentRank}名→第${m.draftRank}名`);
      expect(shown[0][2]).toBe(direction === 'up' ? `上升${m.rankChange}位` : `下降${-m.rankChange}位`);
      // Why: the term whose points changed most for it, with its change in points.
      const [top] = m.terms;
      expect(shown[0][3].startsWith(`${top.label}${top.change > 0 ? '+' : '−'}${Math.abs(top.change).toFixed(2)}分`)).toBe(true);
    }
    // The draft's table is in the draft's order.
    const firstDrafted = await page.locator('.draft-table tbody tr').first().locator('td').first().innerText();
    expect(firstDrafted).toBe('1');
    await shot('what-if');
    await page
      .locator('section[aria-label="规则试算"]')
      .screenshot({ path: join(SCREENSHOTS, 'rules-what-if-detail.png'), animations: 'disabled' });
  });

  it('refuses in Chinese to publish from a past day, changing nothing; publishes from a future day and lists the new version', async () => {
    const dateInput = page.locator('input[aria-label="生效日期"]');
    const chinese = (day: string) => `${Number(day.slice(0, 4))}年${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;
    await dateInput.fill(chinese(addDays(today, -1)));
    await dateInput.press('Enter');
    await page.getByRole('button', { name: '自该日起发布' }).click();
    await page.getByText(`考评规则只能自今天（${chinese(today)}）或以后生效，不能自${chinese(addDays(today, -1))}生效`).waitFor();
    await expect(page.getByText(/effectiveFrom|输入有误/).count()).resolves.toBe(0);
    await shot('refused');
    const before = await demo.api<{ ruleSets: ApiVersion[] }>(demo.links.EVALUATION_STAFF, `{ ruleSets { versionId } }`);
    expect(before.ruleSets).toHaveLength(1);

    const from = addDays(today, 7);
    await dateInput.fill(chinese(from));
    await dateInput.press('Enter');
    await page.getByRole('button', { name: '自该日起发布' }).click();
    await page.getByText(`新版本已发布，自${chinese(from)}起生效。`).waitFor();
    await page.getByText('已发布为新版本，见上方“规则版本”。').waitFor();
    await page.getByRole('heading', { name: '规则版本（2）' }).waitFor();
    const versions = page.locator('section[aria-label="规则版本"]');
    await versions.getByText('待生效', { exact: true }).waitFor();
    await versions.getByText(`自${chinese(from)}起生效`).waitFor();
    await versions.getByText(/发布：演示考评员（考评人员）/).waitFor();

    const after = (
      await demo.api<{ ruleSets: ApiVersion[] }>(
        demo.links.EVALUATION_STAFF,
        `{ ruleSets { versionId name effectiveFrom publishedBy ${RATE_TERMS} } }`,
      )
    ).ruleSets;
    expect(after).toHaveLength(2);
    const published = after[1];
    expect(published).toMatchObject({ effectiveFrom: from, name: `${current.name}（修订草案）`, publishedBy: '演示考评员' });
    expect(published.rateTerms.map((t) => t.weight)).toEqual(
      current.rateTerms.map((t) => ({ alertsPer10k: 30, casesPer10k: 5 })[t.key] ?? t.weight),
    );
    expect(published.rateTerms.map((t) => [t.target, t.mapping])).toEqual(current.rateTerms.map((t) => [t.target, t.mapping]));
    // The version in force is still the old one: the draft keeps its place as the one being edited.
    await versions.getByText('现行', { exact: true }).waitFor();
    await shot('published');
    await page.close();
  });

  it('offers leadership the versions and the what-if but no publish button; chiefs have no 规则 in their menu', async () => {
    page = await demo.open(1366, 900);
    await page.goto(demo.links.LEADERSHIP.url);
    await page.waitForURL(/#\/ranking$/);
    await page.getByRole('link', { name: '规则', exact: true }).click();
    await page.getByRole('heading', { name: '规则版本（2）' }).waitFor();
    await page.getByText('考评规则由考评人员发布；局领导可查看版本、试算草案。').waitFor();
    await expect(page.getByRole('button', { name: '自该日起发布' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: '试算' }).isEnabled()).resolves.toBe(true);
    await shot('leadership');
    await page.close();

    page = await demo.open(1366, 768);
    await page.goto(demo.links.COUNTY_CHIEF.url);
    await page.waitForURL(/#\/unit$/);
    await page.locator('nav[aria-label="功能"]').waitFor();
    await expect(page.getByRole('link', { name: '规则', exact: true }).count()).resolves.toBe(0);
    await page.close();
  });
});
