/// <reference lib="dom" />
import { join } from 'node:path';
import { Locator, Page } from 'playwright-core';
import { addDays, businessDayOf } from '../../src/common/business-day';
import { buildDemoCity } from '../../src/cli/demo/demo-organization';
import ExcelJS from 'exceljs';
import { SignInLink } from '../../src/cli/demo/sign-in-links';
import { SCREENSHOTS } from '../support/browser';
import { DemoWeb, startDemoWeb } from '../support/demo-web';

/** 问题清单, 约谈 and 挂牌整治 in a real Chromium against the real service on the demo city, each workflow run by the roles that take its steps. */
describe('考评工作台 in headless Chromium: 问题清单, 约谈, 挂牌整治', () => {
  let demo: DemoWeb;
  let links: Record<string, SignInLink>;
  const city = buildDemoCity();

  beforeAll(async () => {
    demo = await startDemoWeb();
    ({ links } = demo);
  }, 300_000);

  afterAll(() => demo?.stop());

  const today = () => businessDayOf(new Date());
  const county = () => city.counties.find((c) => links.COUNTY_CHIEF.label.includes(c.name))!;
  const station = () => city.stations.find((s) => links.STATION_CHIEF.label.includes(s.name))!;
  const chiefOf = (unitId: string, role: string) => city.chiefs.find((c) => c.unitId === unitId && c.role === role && !c.removedFrom)!;
  const shot = (page: Page, name: string) =>
    page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true, animations: 'disabled' });

  /** A screen from the header's menu, as the link's officer. */
  async function openScreen(link: SignInLink, menu: string, heading: string): Promise<Page> {
    const page = await demo.open(1366, 900);
    await page.goto(link.url);
    await page.getByRole('link', { name: menu, exact: true }).click();
    await page.getByRole('heading', { name: heading, exact: true }).waitFor();
    return page;
  }

  /** Picks an option of an Element Plus select (its options live in a popper at the end of the page). */
  async function choose(page: Page, select: Locator, option: string | RegExp) {
    await select.click();
    await page.getByRole('option', { name: option }).locator('visible=true').first().click();
  }

  const typeDay = async (input: Locator, day: string) => {
    await input.fill(day);
    await input.press('Enter');
  };

  /** Clicks the button and returns the file the browser saved, with the name it suggested. */
  async function downloaded(page: Page, button: string) {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
    return { name: file.suggestedFilename(), path: (await file.path())! };
  }

  async function downloadsPdf(page: Page) {
    expect((await downloaded(page, '下载PDF')).name).toMatch(/\.pdf$/);
  }

  it('问题清单: staff raise a problem (and adopt a candidate); the county chief plans and reports it rectified; staff send it back once, then verify it', async () => {
    const { id: countyId, name: countyName } = county();
    const chief = chiefOf(countyId, 'COUNTY_CHIEF');
    const title = '预警见面核查流于形式';
    const deadline = addDays(today(), 10);
    const { latestFactDay } = await demo.api<{ latestFactDay: string }>(links.EVALUATION_STAFF, '{ latestFactDay }');
    const month = latestFactDay.slice(0, 7);
    type ApiList = {
      problemList: {
        candidates: Array<{ key: string; title: string }>;
        problems: Array<{ problemId: string; title: string; status: string }>;
      };
    };
    const apiList = async () =>
      (
        await demo.api<ApiList>(
          links.EVALUATION_STAFF,
          `query($c: ID!, $m: String!) { problemList(countyId: $c, month: $m) { candidates { key title } problems { problemId title status } } }`,
          { c: countyId, m: month },
        )
      ).problemList;
    const before = await apiList();
    const row = (page: Page, text: string) => page.locator('section[aria-label="问题清单"] tbody tr', { hasText: text });
    const statusOf = async (page: Page, status: string) => {
      await row(page, title).locator('.el-tag', { hasText: status }).waitFor();
      return status;
    };

    const staff = await openScreen(links.EVALUATION_STAFF, '问题清单', '问题清单');
    await choose(staff, staff.locator('.filters .el-select').first(), countyName);
    await staff.getByRole('heading', { name: `${countyName}${Number(month.slice(0, 4))}年${Number(month.slice(5))}月问题清单` }).waitFor();
    await staff.getByRole('heading', { name: `系统生成的候选问题（${before.candidates.length}）` }).waitFor();

    // A candidate the figures propose, adopted as it stands.
    const candidate = before.candidates[0];
    if (candidate) {
      await staff.locator('article.candidate', { hasText: candidate.title }).first().getByRole('button', { name: '采纳' }).click();
      const adopt = staff.getByRole('dialog', { name: '采纳候选问题' });
      await choose(staff, adopt.locator('.el-form-item', { hasText: '整改责任人' }).locator('.el-select'), new RegExp(chief.name));
      await typeDay(adopt.locator('input[aria-label="整改期限"]'), deadline);
      await adopt.getByRole('button', { name: '采纳' }).click();
      await staff.getByText(`「${candidate.title}」已列入问题清单。`).waitFor();
      expect((await apiList()).candidates.map((c) => c.key)).not.toContain(candidate.key);
    }

    await staff.getByRole('button', { name: '提出问题' }).click();
    const raise = staff.getByRole('dialog', { name: '提出问题' });
    // An empty form names what is missing beside each field, in Chinese.
    await raise.getByRole('button', { name: '提出' }).click();
    await raise.getByText('请填写问题标题。').waitFor();
    await raise.getByText('请选择整改责任人。').waitFor();
    await raise.getByText('请选择整改期限。').waitFor();
    await raise.getByLabel('问题标题').fill(title);
    await raise.getByLabel('问题描述').fill('抽查11月预警指令20条，其中6条仅电话联系即登记为见面。');
    await choose(staff, raise.locator('.el-form-item', { hasText: '整改责任人' }).locator('.el-select'), new RegExp(chief.name));
    await typeDay(raise.locator('input[aria-label="整改期限"]'), deadline);
    await raise.getByRole('button', { name: '提出' }).click();
    await staff.getByText(`「${title}」已列入问题清单。`).waitFor();
    await statusOf(staff, '待整改');
    await shot(staff, 'problems-staff-raised');
    await downloadsPdf(staff);
    const excel = await downloaded(staff, '导出Excel');
    expect(excel.name).toBe(`问题清单-${countyName}-${Number(month.slice(0, 4))}年${Number(month.slice(5))}月.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(excel.path);
    const titles = workbook.getWorksheet('问题清单')!.getColumn(3).values.slice(3);
    expect(titles).toContain(title);
    await staff.close();

    const chiefPage = await openScreen(links.COUNTY_CHIEF, '问题清单', '问题清单');
    // His own county only: no county to choose.
    await expect(chiefPage.locator('.filters .el-select').count()).resolves.toBe(0);
    await row(chiefPage, title).click();
    await expect(chiefPage.getByRole('button', { name: '核验销号' }).count()).resolves.toBe(0);
    await chiefPage.getByRole('button', { name: '提交整改方案' }).click();
    const plan = chiefPage.getByRole('dialog', { name: '提交整改方案' });
    await plan.getByRole('button', { name: '确定' }).click();
    await plan.getByText('请填写整改方案。').waitFor();
    await plan.getByLabel('整改方案').fill('一、逐条复核11月预警指令见面记录；二、见面须上传现场照片。');
    await plan.getByRole('button', { name: '确定' }).click();
    await chiefPage.getByText('整改方案已提交，问题转入整改中。').waitFor();
    await statusOf(chiefPage, '整改中');
    await chiefPage.getByRole('button', { name: '报告整改完成' }).click();
    const report = chiefPage.getByRole('dialog', { name: '报告整改完成' });
    await report.getByLabel('整改情况').fill('已复核全部20条，补做见面6条，见面登记已改为凭照片录入。');
    await report.getByRole('button', { name: '确定' }).click();
    await chiefPage.getByText('已报告整改完成，等待考评人员核验。').waitFor();
    await statusOf(chiefPage, '已整改待核验');
    await shot(chiefPage, 'problems-county-chief-rectified');
    await chiefPage.close();

    const verifying = await openScreen(links.EVALUATION_STAFF, '问题清单', '问题清单');
    await choose(verifying, verifying.locator('.filters .el-select').first(), countyName);
    await row(verifying, title).click();
    await verifying.locator('.detail p', { hasText: '已复核全部20条，补做见面6条，见面登记已改为凭照片录入。' }).waitFor();
    // Not verified at first: sent back with the reason, which the chief reads beside the problem.
    await verifying.getByRole('button', { name: '核验不通过' }).click();
    const refuse = verifying.getByRole('dialog', { name: '核验不通过' });
    await refuse.getByRole('button', { name: '确定' }).click();
    await refuse.getByText('请填写不通过理由。').waitFor();
    await refuse.getByLabel('不通过理由').fill('未附补做见面的现场照片');
    await refuse.getByRole('button', { name: '确定' }).click();
    await verifying.getByText('核验不通过，已退回整改。').waitFor();
    await statusOf(verifying, '整改中');
    await verifying.close();

    const again = await openScreen(links.COUNTY_CHIEF, '问题清单', '问题清单');
    await row(again, title).click();
    await again.getByText('核验不通过：未附补做见面的现场照片').waitFor();
    await again.getByRole('button', { name: '报告整改完成' }).click();
    const reportAgain = again.getByRole('dialog', { name: '报告整改完成' });
    await reportAgain.getByLabel('整改情况').fill('已补充6条见面的现场照片。');
    await reportAgain.getByRole('button', { name: '确定' }).click();
    await again.getByText('已报告整改完成，等待考评人员核验。').waitFor();
    await again.close();

    const verified = await openScreen(links.EVALUATION_STAFF, '问题清单', '问题清单');
    await choose(verified, verified.locator('.filters .el-select').first(), countyName);
    await row(verified, title).click();
    await verified.getByRole('button', { name: '核验销号' }).click();
    await verified.getByRole('dialog', { name: '核验销号' }).getByRole('button', { name: '确定' }).click();
    await verified.getByText('已核验销号。').waitFor();
    await statusOf(verified, '已核验销号');
    const history = await verified.locator('.el-timeline-item').allInnerTexts();
    expect(history.map((h) => h.split(' · ')[0].split('\n').pop())).toEqual([
      '提出问题',
      '提交整改方案',
      '报告整改完成',
      '核验不通过',
      '报告整改完成',
      '核验销号',
    ]);
    await shot(verified, 'problems-staff-verified');
    await verified.close();

    const after = await apiList();
    expect(after.problems.find((p) => p.title === title)?.status).toBe('VERIFIED');
    expect(after.problems).toHaveLength(before.problems.length + (candidate ? 2 : 1));
  });

  it('约谈: leadership order an interview; staff schedule it, record it held with a requirement, check it and close it; the chief reads his own', async () => {
    const { id: countyId, name: countyName } = county();
    const chief = chiefOf(countyId, 'COUNTY_CHIEF');
    const reason = '提示函逾期未回复，11月发案同比上升';
    const row = (page: Page, id: string) => page.locator('section[aria-label="约谈列表"] tbody tr', { hasText: id });
    /** Waits for the row to show the status (the list is read again after each step). */
    const statusOf = (page: Page, id: string, status: string) => row(page, id).locator('.el-tag', { hasText: status }).waitFor();

    const leader = await openScreen(links.LEADERSHIP, '约谈', '约谈');
    await leader.getByRole('button', { name: '决定约谈' }).click();
    const order = leader.getByRole('dialog', { name: '决定约谈' });
    await order.getByRole('button', { name: '决定约谈' }).click();
    await order.getByText('请选择约谈对象所在县（区）。').waitFor();
    await order.getByText('请写明约谈事由。').waitFor();
    const interviewId = (
      await order.locator('.el-form-item', { hasText: '约谈编号' }).locator('.el-form-item__content').innerText()
    ).trim();
    expect(interviewId).toMatch(/^YT-\d{8}-\d{6}-/);
    await choose(leader, order.locator('.el-select').first(), countyName);
    await choose(leader, order.locator('.el-form-item', { hasText: '被约谈人' }).locator('.el-select'), new RegExp(chief.name));
    await choose(leader, order.locator('.el-form-item', { hasText: '决定约谈的领导' }).locator('.el-select'), /局领导/);
    await order.getByLabel('约谈事由').fill(reason);
    await order.getByRole('button', { name: '决定约谈' }).click();
    await leader.getByText('已决定约谈，请安排约谈时间和地点。').waitFor();
    await statusOf(leader, interviewId, '待安排');
    await leader.close();

    const staff = await openScreen(links.EVALUATION_STAFF, '约谈', '约谈');
    await row(staff, interviewId).click();
    // Leadership order interviews; staff do not.
    await expect(staff.getByRole('button', { name: '决定约谈' }).count()).resolves.toBe(0);
    await staff.getByRole('button', { name: '安排约谈' }).click();
    const schedule = staff.getByRole('dialog', { name: '安排约谈' });
    await schedule.getByRole('button', { name: '确定' }).click();
    await schedule.getByText('请选择约谈时间。').waitFor();
    const day = today();
    await typeDay(
      schedule.locator('input[aria-label="约谈时间"]'),
      `${Number(day.slice(0, 4))}年${Number(day.slice(5, 7))}月${Number(day.slice(8))}日 00:30`,
    );
    await schedule.getByLabel('约谈地点').fill('市局三楼会议室');
    await schedule.getByLabel('约谈人').fill('演示局领导');
    await schedule.getByRole('button', { name: '确定' }).click();
    await staff.getByText('约谈已安排。').waitFor();
    await statusOf(staff, interviewId, '已安排');

    await staff.getByRole('button', { name: '记录约谈' }).click();
    const hold = staff.getByRole('dialog', { name: '记录约谈' });
    await expect(hold.getByLabel('参加人员1').inputValue()).resolves.toContain(chief.name);
    await hold.getByRole('button', { name: '确定' }).click();
    await hold.getByText('请写明整改要求。').waitFor();
    await hold.getByLabel('整改要求1').fill('十日内对11月发案逐起复盘并书面报告');
    await typeDay(hold.locator('input[aria-label="整改期限1"]'), addDays(day, 10));
    await hold.getByRole('button', { name: '确定' }).click();
    await staff.getByText('约谈情况已记录，请按期回访核查整改要求。').waitFor();
    await statusOf(staff, interviewId, '已约谈');
    await staff.locator('table[aria-label="整改要求"], .el-table', { hasText: '十日内对11月发案逐起复盘并书面报告' }).first().waitFor();
    await shot(staff, 'interviews-staff-held');

    await staff.getByRole('button', { name: '回访核查' }).click();
    const check = staff.getByRole('dialog', { name: '回访核查' });
    await check.getByText('已落实').click();
    await check.getByRole('button', { name: '确定' }).click();
    await check.getByText('请写明核查情况。').waitFor();
    await check.getByLabel('第1项核查情况').fill('已按期报送复盘报告');
    await check.getByRole('button', { name: '确定' }).click();
    await staff.getByText('回访核查结果已记录。').waitFor();
    await staff.getByRole('button', { name: '结案' }).click();
    const close = staff.getByRole('dialog', { name: '结案' });
    await close.getByLabel('结案意见').fill('整改要求均已落实，予以结案');
    await close.getByRole('button', { name: '确定' }).click();
    await staff.getByText('约谈已结案。').waitFor();
    await statusOf(staff, interviewId, '已结案');
    await downloadsPdf(staff);
    await shot(staff, 'interviews-staff-closed');
    await staff.close();

    const { interview } = await demo.api<{ interview: { status: string; allMet: boolean; requirements: Array<{ met: boolean }> } }>(
      links.EVALUATION_STAFF,
      `query($id: ID!) { interview(interviewId: $id) { status allMet requirements { met } } }`,
      { id: interviewId },
    );
    expect(interview).toEqual({ status: 'CLOSED', allMet: true, requirements: [{ met: true }] });

    const interviewed = await openScreen(links.COUNTY_CHIEF, '约谈', '约谈');
    await row(interviewed, interviewId).click();
    await interviewed.getByText(`约谈事由：${reason}`).waitFor();
    await expect(interviewed.getByRole('button', { name: '回访核查' }).count()).resolves.toBe(0);
    await expect(interviewed.locator('.filters .el-select').count()).resolves.toBe(1);
    await shot(interviewed, 'interviews-county-chief');
    await interviewed.close();
  });

  it('挂牌整治: leadership list a station with its exit condition; the progress bar shows; delisting stays disabled, and refused, until it is met', async () => {
    const { id: countyId, name: countyName } = county();
    const { id: stationId, name: stationName } = station();
    expect(city.stations.find((s) => s.id === stationId)?.countyId).toBe(countyId);
    const row = (page: Page, id: string) => page.locator('section[aria-label="挂牌整治列表"] tbody tr', { hasText: id });

    const leader = await openScreen(links.LEADERSHIP, '挂牌整治', '挂牌整治');
    await leader.locator('.filters').getByRole('button', { name: '挂牌整治' }).click();
    const dialog = leader.getByRole('dialog', { name: '挂牌整治' });
    await dialog.getByRole('button', { name: '挂牌' }).click();
    await dialog.getByText('请选择挂牌的派出所（防区）。').waitFor();
    await dialog.getByText('请填写整数，例如 2。').waitFor();
    const listingId = (await dialog.locator('.el-form-item', { hasText: '挂牌编号' }).locator('.el-form-item__content').innerText()).trim();
    const target = dialog.locator('.el-form-item', { hasText: '挂牌对象' }).locator('.el-select');
    await choose(leader, target.nth(0), countyName);
    await choose(leader, target.nth(1), new RegExp(stationName));
    await dialog.getByLabel('挂牌事由').fill('11月发案居全市防区前列，问题突出');
    await typeDay(dialog.locator('input[aria-label="整治期限"]'), addDays(today(), 40));
    await dialog.getByLabel('摘牌条件1标准').fill('2');
    await dialog.getByRole('button', { name: '挂牌' }).click();
    await leader.getByText('已挂牌整治，摘牌进度按防区数据自动计算。').waitFor();
    const bar = leader.getByRole('progressbar', { name: '发案数每旬≤2，连续2旬进度' });
    await expect(bar.getAttribute('aria-valuenow')).resolves.toBe('0');
    await leader.getByText('已连续达标0旬，还需2旬').waitFor();
    await expect(leader.getByRole('button', { name: '摘牌' }).isDisabled()).resolves.toBe(true);
    await leader
      .getByRole('note')
      .getByText(/尚未复核，不能摘牌。/)
      .waitFor();
    await shot(leader, 'listings-leadership-listed');
    await leader.close();

    const staff = await openScreen(links.EVALUATION_STAFF, '挂牌整治', '挂牌整治');
    await expect(staff.locator('.filters').getByRole('button', { name: '挂牌整治' }).count()).resolves.toBe(0);
    await row(staff, listingId).click();
    await staff.getByRole('button', { name: '复核' }).click();
    await staff.getByText('复核结果已记录：尚未满足摘牌条件。').waitFor();
    await expect(staff.getByRole('button', { name: '摘牌' }).isDisabled()).resolves.toBe(true);
    await staff
      .getByRole('note')
      .getByText(/未满足摘牌条件：「发案数每旬≤2，连续2旬」未满足/)
      .waitFor();
    await downloadsPdf(staff);
    await shot(staff, 'listings-staff-reviewed');

    // The service refuses what the screen does not offer.
    await expect(
      demo.api(links.EVALUATION_STAFF, `mutation($id: ID!) { delistListing(input: { listingId: $id }) { position } }`, { id: listingId }),
    ).rejects.toThrow(/不能摘牌/);
    const { listing } = await demo.api<{
      listing: { status: string; lastReview: { met: boolean }; progress: { met: boolean; conditions: Array<{ periodsMet: number }> } };
    }>(
      links.EVALUATION_STAFF,
      `query($id: ID!) { listing(listingId: $id) { status lastReview { met } progress { met conditions { periodsMet } } } }`,
      {
        id: listingId,
      },
    );
    expect(listing).toEqual({ status: 'LISTED', lastReview: { met: false }, progress: { met: false, conditions: [{ periodsMet: 0 }] } });

    // The demo's listing, weeks old: its completed dekads and its bar as the figures stand.
    await row(staff, 'DEMO-GP-1').click();
    await staff.getByRole('heading', { name: /DEMO-GP-1/ }).waitFor();
    await shot(staff, 'listings-staff-demo-listing');
    await staff.close();

    const listed = await openScreen(links.STATION_CHIEF, '挂牌整治', '挂牌整治');
    await row(listed, listingId).click();
    await listed.getByRole('progressbar').first().waitFor();
    await expect(listed.getByRole('button', { name: '复核' }).count()).resolves.toBe(0);
    await shot(listed, 'listings-station-chief');
    await listed.close();
  });

  it('建议: a leader adopts a suggested interview: the order opens with its unit, reason and period filled in, and the suggestion leaves the queue naming it', async () => {
    type Suggestion = { key: string; action: string; unitId: string; reason: string };
    const openOn = async (asOf: string) =>
      (
        await demo.api<{ suggestions: { open: Suggestion[] } }>(
          links.LEADERSHIP,
          `{ suggestions(asOf: "${asOf}") { open { key action unitId reason } } }`,
        )
      ).suggestions.open;
    // The demo's staff decided the suggestions as they came; its letters still unanswered past their
    // deadline suggest interviews as of today (or, failing that, a day before the demo's last).
    let asOf = today();
    let suggestion = (await openOn(asOf)).find((s) => s.action === 'INTERVIEW');
    while (!suggestion) {
      asOf = addDays(asOf, -1);
      expect(asOf > '2026-03-01').toBe(true);
      suggestion = (await openOn(asOf)).find((s) => s.action === 'INTERVIEW');
    }

    const page = await openScreen(links.LEADERSHIP, '建议', '建议');
    await typeDay(page.locator('input[aria-label="数据截至"]'), asOf);
    const card = page.locator('article.suggestion', { hasText: suggestion.reason });
    await card.getByRole('button', { name: '采纳并决定约谈' }).click();
    const dialog = page.getByRole('dialog', { name: '决定约谈' });
    await expect(dialog.getByLabel('约谈事由').inputValue()).resolves.toBe(suggestion.reason);
    const unit = city.counties.find((c) => c.id === suggestion!.unitId) ?? city.stations.find((s) => s.id === suggestion!.unitId)!;
    await expect(dialog.getByText(unit.name, { exact: true }).count()).resolves.toBeGreaterThan(0);
    await choose(page, dialog.locator('.el-select', { has: page.locator('input[aria-label="决定约谈的领导"]') }), /./);
    await shot(page, 'suggestions-leader-interview');
    await dialog.getByRole('button', { name: '决定约谈' }).click();
    await page.getByText(/^已采纳：已决定约谈（YT-/).waitFor();
    await card.waitFor({ state: 'detached' });

    const { interviews } = await demo.api<{ interviews: Array<{ interviewId: string; reason: string; target: { unitId: string } }> }>(
      links.LEADERSHIP,
      '{ interviews { interviewId reason target { unitId } } }',
    );
    const ordered = interviews.find((i) => i.reason === suggestion!.reason)!;
    expect(ordered.target.unitId).toBe(suggestion.unitId);
    expect((await openOn(asOf)).map((s) => s.key)).not.toContain(suggestion.key);
    await page.close();
  });
});
