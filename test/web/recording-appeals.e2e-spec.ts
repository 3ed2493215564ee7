/// <reference lib="dom" />
// Functions passed to page.evaluate run in the page: they see the DOM.
import { join } from 'node:path';
import { Locator, Page } from 'playwright-core';
import { DEMO_DEFAULT_UNTIL } from '../../src/cli/demo/demo-defaults';
import { buildDemoCity } from '../../src/cli/demo/demo-organization';
import { SCREENSHOTS } from '../support/browser';
import { DemoWeb, startDemoWeb } from '../support/demo-web';

interface Record {
  eventId: string;
  type: string;
  streamId: string;
}

const MY_RECORDS = `{ myRecords(first: 50) { entries { eventId type streamId } } }`;
const OPEN_WARNINGS = `query($unitId: ID!) { openWarnings(unitId: $unitId) { instructionId } }`;
const APPEALS = `query($unitId: ID) { appeals(unitId: $unitId) { appealId status reason contestedFact { eventId } review { outcome reasoning } } }`;

/** A time as the form's picker writes it (Asia/Shanghai): 2026年12月7日 10:05. */
function pickerTime(at: Date): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((x) => [x.type, x.value]),
  );
  return `${p.year}年${p.month}月${p.day}日 ${p.hour}:${p.minute}`;
}

/** 录入 and 申诉 in a real Chromium against the demo city: the recorder's desk, and an appeal from filing to outcome. */
describe('考评工作台 in headless Chromium: 录入 and 申诉', () => {
  let demo: DemoWeb;
  const city = buildDemoCity();

  beforeAll(async () => {
    demo = await startDemoWeb();
  }, 300_000);
  afterAll(() => demo?.stop());

  /** The whole page; with a dialog open, the window it is centred in. */
  const shot = (page: Page, name: string, fullPage = true) =>
    page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage, animations: 'disabled' });
  const myRecords = async () => (await demo.api<{ myRecords: { entries: Record[] } }>(demo.links.RECORDER, MY_RECORDS)).myRecords.entries;
  const station = () => city.stations.find((s) => demo.links.RECORDER.label.includes(s.name))!;

  /** The visible family's form, and one of its fields by its label. */
  const form = (page: Page) => page.locator('.forms .el-tab-pane:visible');
  const item = (page: Page, label: string): Locator =>
    form(page)
      .locator('.el-form-item')
      .filter({ has: page.locator(`label:text-is("${label}")`) });
  const errorOf = (page: Page, label: string) => item(page, label).locator('.el-form-item__error');
  async function choose(page: Page, label: string, option: string) {
    await item(page, label).locator('.el-select').click();
    await page.getByRole('option', { name: option, exact: true }).click();
  }
  async function pickTime(page: Page, label: string, at: Date) {
    const input = item(page, label).locator('input');
    await input.fill(pickerTime(at));
    await input.press('Enter');
    await page.keyboard.press('Escape');
  }
  const firstRecord = (page: Page) => page.locator('.my-records tbody tr').first();

  it('the recorder lands on 录入, records a warning and a contact for it, and sees both in 我的录入 and the API', async () => {
    const page = await demo.open(1366, 900);
    await page.goto(demo.links.RECORDER.url);
    await page.waitForURL(/#\/recording$/);
    await page.getByRole('heading', { name: '录入', exact: true }).waitFor();
    // His station is the unit offered, chosen already.
    // Chosen once the units have loaded, which a loaded machine shows after the heading.
    await item(page, '单位').locator('.el-select', { hasText: station().name }).waitFor();

    const instructionId = `YJ-E2E-${Date.now()}`;
    await item(page, '预警指令编号').locator('input').fill(instructionId);
    await choose(page, '预警类型', '资金预警');
    await pickTime(page, '处置时限', new Date(Date.now() + 2 * 3_600_000));
    await form(page).getByRole('button', { name: '录入' }).click();
    await page.getByText('接收预警指令已记录。').waitFor();
    await expect(firstRecord(page).innerText()).resolves.toContain('接收预警指令');
    await expect(firstRecord(page).innerText()).resolves.toContain(instructionId);
    // Nearing its deadline and not yet contacted: on the desk.
    const due = page.locator('.due-warnings tbody tr', { hasText: instructionId });
    await due.waitFor();
    await expect(due.innerText()).resolves.toMatch(/剩余1小时5\d分|剩余2小时/);
    await shot(page, 'recording-warning-received');

    await due.getByRole('button', { name: '记录联系' }).click();
    await expect(item(page, '预警指令编号').locator('input').inputValue()).resolves.toBe(instructionId);
    await choose(page, '联系方式', '见面');
    await form(page).getByRole('button', { name: '录入' }).click();
    await page.getByText('见面/电话联系已记录。').waitFor();
    await page.locator('.my-records tbody tr').first().filter({ hasText: '预警见面/联系' }).waitFor();
    await page.locator('.due-warnings tbody tr', { hasText: instructionId }).waitFor({ state: 'detached' });
    await shot(page, 'recording-contact-recorded');

    const [contact, received] = await myRecords();
    expect([received, contact].map((r) => [r.type, r.streamId])).toEqual([
      ['WarningInstructionReceived', `warning-${instructionId}`],
      ['WarningContactMade', `warning-${instructionId}`],
    ]);
    const openWarnings = async () =>
      (
        await demo.api<{ openWarnings: Array<{ instructionId: string }> }>(demo.links.RECORDER, OPEN_WARNINGS, { unitId: station().id })
      ).openWarnings.map((w) => w.instructionId);
    expect(await openWarnings()).not.toContain(instructionId);

    // The contact was recorded in error: 更正 on it opens its retraction with the ids filled in.
    await firstRecord(page).getByRole('button', { name: '更正' }).click();
    await expect(item(page, '被更正记录的事件编号').locator('input').inputValue()).resolves.toBe(contact.eventId);
    await expect(item(page, '预警指令编号').locator('input').inputValue()).resolves.toBe(instructionId);
    await item(page, '更正理由').locator('textarea').fill('联系对象有误，误录。');
    await form(page).getByRole('button', { name: '提交更正' }).click();
    await page.getByText('撤回误录的处置记录已记录。').waitFor();
    await firstRecord(page).filter({ hasText: '撤回预警处置' }).waitFor();
    await page.locator('.due-warnings tbody tr', { hasText: instructionId }).waitFor();
    await shot(page, 'recording-contact-retracted');
    expect((await myRecords())[0]).toMatchObject({ type: 'WarningFactRetracted', streamId: `warning-${instructionId}` });
    expect(await openWarnings()).toContain(instructionId);
    await page.close();
  });

  it('says in Chinese beside each field what is missing or malformed, and what the service refuses, and records nothing', async () => {
    const before = (await myRecords()).length;
    const page = await demo.open(1366, 900);
    await page.goto(demo.links.RECORDER.url);
    await page.waitForURL(/#\/recording$/);
    await page.getByRole('tab', { name: '警情案件' }).click();
    await form(page).getByRole('radio', { name: '立案（发案）' }).click({ force: true });
    await item(page, '财损').locator('input').fill('12.345');
    await form(page).getByRole('button', { name: '录入' }).click();
    await expect(errorOf(page, '案件编号').innerText()).resolves.toBe('请填写案件编号。');
    await expect(errorOf(page, '诈骗类型').innerText()).resolves.toBe('请选择诈骗类型。');
    await expect(errorOf(page, '财损').innerText()).resolves.toBe('金额以元为单位，最多两位小数，例如：12345.67。');
    await shot(page, 'recording-missing-fields');

    // The service's own refusal, put beside the field it names: a deadline before the warning was received.
    await page.getByRole('tab', { name: '预警劝阻' }).click();
    await item(page, '预警指令编号').locator('input').fill(`YJ-E2E-BAD-${Date.now()}`);
    await choose(page, '预警类型', '电话预警');
    await pickTime(page, '处置时限', new Date(Date.now() - 3 * 3_600_000));
    await form(page).getByRole('button', { name: '录入' }).click();
    await expect(errorOf(page, '处置时限').innerText()).resolves.toBe('处置时限须晚于预警指令的接收时间');
    await shot(page, 'recording-refused-field');
    expect(await myRecords()).toHaveLength(before);
    await page.close();
  });

  it('records what an operation took down (a count that may be 0, a 是/否 choice) and a 宣防 activity, each in 我的录入', async () => {
    const page = await demo.open(1366, 900);
    await page.goto(demo.links.RECORDER.url);
    await page.waitForURL(/#\/recording$/);
    await item(page, '单位').locator('.el-select', { hasText: station().name }).waitFor();
    await page.getByRole('tab', { name: '打击' }).click();
    const operationId = `ZA-E2E-${Date.now()}`;

    await form(page).getByRole('radio', { name: '缴获作案手机、银行卡' }).click({ force: true });
    await item(page, '专案/行动编号').locator('input').fill(operationId);
    await item(page, '作案手机（部）').locator('input').fill('3');
    await item(page, '银行卡（张）').locator('input').fill('-1');
    await pickTime(page, '缴获时间', new Date(Date.now() - 3_600_000));
    await form(page).getByRole('button', { name: '录入' }).click();
    await expect(errorOf(page, '银行卡（张）').innerText()).resolves.toBe('银行卡（张）须为整数，没有的填0。');
    await item(page, '银行卡（张）').locator('input').fill('0');
    await form(page).getByRole('button', { name: '录入' }).click();
    await page.getByText('缴获作案手机、银行卡已记录。').waitFor();

    await form(page).getByRole('radio', { name: '打掉窝点' }).click({ force: true });
    await item(page, '专案/行动编号').locator('input').fill(operationId);
    await item(page, '窝点数（个）').locator('input').fill('2');
    await form(page).getByRole('button', { name: '录入' }).click();
    await expect(errorOf(page, '是否本地窝点').innerText()).resolves.toBe('请选择是否本地窝点。');
    await item(page, '是否本地窝点').getByText('是', { exact: true }).click();
    await pickTime(page, '打掉时间', new Date(Date.now() - 3_600_000));
    await form(page).getByRole('button', { name: '录入' }).click();
    await page.getByText('打掉窝点已记录。').waitFor();
    await firstRecord(page).filter({ hasText: '打掉窝点' }).waitFor();
    await shot(page, 'recording-operation-results');

    await page.getByRole('tab', { name: '宣防' }).click();
    const activityId = `XF-E2E-${Date.now()}`;
    await item(page, '宣防活动编号').locator('input').fill(activityId);
    await choose(page, '宣防形式', '进社区');
    for (const [label, value] of [
      ['覆盖人数（人）', '420'],
      ['其中一对一精准宣传（人）', '35'],
      ['发放宣传资料（份）', '300'],
      ['组建网格群（个）', '0'],
    ])
      await item(page, label).locator('input').fill(value);
    await pickTime(page, '活动时间', new Date(Date.now() - 3_600_000));
    await form(page).getByRole('button', { name: '录入' }).click();
    await firstRecord(page).filter({ hasText: activityId }).waitFor();

    const [prevention, dens, seizure] = await myRecords();
    expect([seizure, dens, prevention].map((r) => [r.type, r.streamId])).toEqual([
      ['ItemsSeized', `strike-${operationId}`],
      ['DensBroken', `strike-${operationId}`],
      ['PreventionActivityHeld', `prevention-${activityId}`],
    ]);
    await page.close();
  });

  it('a station chief appeals a fact from his explanation, staff read its audit and review it, and the chief sees the outcome', async () => {
    const own = city.stations.find((s) => demo.links.STATION_CHIEF.label.includes(s.name))!;
    const period = `{ kind: MONTH, day: "${DEMO_DEFAULT_UNTIL}" }`;
    const { scoreExplanation } = await demo.api<{ scoreExplanation: { terms: Array<{ key: string; label: string }> } }>(
      demo.links.STATION_CHIEF,
      `query($s: ID!) { scoreExplanation(role: STATION_CHIEF, subjectId: $s, period: ${period}) { terms { key label } } }`,
      { s: own.id },
    );
    let term: { key: string; label: string; eventId: string } | undefined;
    for (const t of scoreExplanation.terms) {
      const { scoreFacts } = await demo.api<{ scoreFacts: { facts: Array<{ eventId: string }> } }>(
        demo.links.STATION_CHIEF,
        `query($s: ID!, $t: String!) { scoreFacts(role: STATION_CHIEF, subjectId: $s, period: ${period}, term: $t) { facts { eventId } } }`,
        { s: own.id, t: t.key },
      );
      if (scoreFacts.facts.length) {
        term = { ...t, eventId: scoreFacts.facts[0].eventId };
        break;
      }
    }
    expect(term).toBeDefined();

    const chief = await demo.open(1366, 900);
    await chief.goto(demo.links.STATION_CHIEF.url);
    await chief.waitForURL(/#\/unit$/);
    await chief.goto(`${demo.service.url}/#/explain/STATION_CHIEF/${own.id}?kind=MONTH&day=${DEMO_DEFAULT_UNTIL}`);
    const termRow = chief.locator('.terms .el-table__body-wrapper tbody tr.el-table__row', { hasText: term!.label }).first();
    await termRow.locator('.el-table__expand-icon').click();
    await chief.locator('.term-facts').getByRole('button', { name: '申诉' }).first().click();
    const dialog = chief.getByRole('dialog', { name: '提出申诉' });
    await dialog.getByRole('button', { name: '提交申诉' }).click();
    await expect(dialog.locator('.el-form-item__error').innerText()).resolves.toBe('请写明申诉的内容和理由。');
    await dialog.getByLabel('申诉理由').fill('该警情系重复录入，与同日另一警情为同一事件。');
    await shot(chief, 'appeals-file-dialog', false);
    await dialog.getByRole('button', { name: '提交申诉' }).click();
    await chief.getByText('申诉已提交，考评人员将在7日内复核。').waitFor();

    const filed = async () =>
      (
        await demo.api<{
          appeals: Array<{
            appealId: string;
            status: string;
            reason: string;
            contestedFact: { eventId: string } | null;
            review: { outcome: string; reasoning: string } | null;
          }>;
        }>(demo.links.STATION_CHIEF, APPEALS, { unitId: own.id })
      ).appeals.find((a) => a.reason.startsWith('该警情系重复录入'))!;
    expect(await filed()).toMatchObject({ status: 'PENDING', contestedFact: { eventId: term!.eventId } });

    const staff = await demo.open(1366, 900);
    await staff.goto(demo.links.EVALUATION_STAFF.url);
    await staff.waitForURL(/#\/ranking$/);
    await staff.getByRole('link', { name: '申诉', exact: true }).click();
    await staff.waitForURL(/#\/appeals/);
    const row = staff.locator('.el-table__body tbody tr', { hasText: own.name }).filter({ hasText: '待复核' }).first();
    await row.click();
    await staff.getByRole('region', { name: '申诉详情' }).getByText('该警情系重复录入，与同日另一警情为同一事件。').waitFor();
    await staff.getByRole('button', { name: '查看事实审计' }).click();
    const audit = staff.getByRole('dialog', { name: '事实审计' });
    await audit.getByText('记录人').waitFor();
    await shot(staff, 'appeals-staff-audit', false);
    await audit.getByRole('button', { name: /关闭|Close/ }).click();
    await staff.getByRole('group', { name: '办理' }).getByRole('button', { name: '复核' }).click();
    const review = staff.getByRole('dialog', { name: '复核申诉' });
    await review.getByRole('radio', { name: '维持原结果' }).click({ force: true });
    await review.getByLabel('复核意见').fill('经核查，两起警情报警人、时间均不同，不属重复录入。');
    await review.getByRole('button', { name: '提交复核' }).click();
    await staff.getByText('申诉已复核：维持原结果。').waitFor();
    await staff.locator('.el-table__body tbody tr', { hasText: own.name }).filter({ hasText: '维持原结果' }).first().waitFor();
    await staff.locator('.el-loading-mask').first().waitFor({ state: 'hidden' });
    await shot(staff, 'appeals-staff-reviewed');
    expect(await filed()).toMatchObject({
      status: 'UPHELD',
      review: { outcome: 'UPHELD', reasoning: '经核查，两起警情报警人、时间均不同，不属重复录入。' },
    });

    await chief.getByRole('link', { name: '查看我的申诉' }).click();
    await chief.waitForURL(/#\/appeals/);
    await chief.locator('.el-table__body tbody tr', { hasText: '维持原结果' }).first().click();
    await chief.getByRole('region', { name: '申诉详情' }).getByText('经核查，两起警情报警人、时间均不同，不属重复录入。').waitFor();
    // Reviewed: nothing left to withdraw.
    await expect(chief.getByRole('button', { name: '撤回申诉' }).count()).resolves.toBe(0);
    await shot(chief, 'appeals-chief-outcome');

    // An appeal not yet reviewed, on his score for the month: he withdraws it.
    const chiefId = city.chiefs.find((c) => c.unitId === own.id && c.role === 'STATION_CHIEF' && !c.removedFrom)!.id;
    await demo.api(demo.links.STATION_CHIEF, `mutation($input: FileAppealInput!) { fileAppeal(input: $input) { appealId } }`, {
      input: { chiefId, unitId: own.id, from: '2026-11-01', to: '2026-11-30', reason: '本月得分计算有误，申请复核。' },
    });
    await chief.reload();
    await chief.locator('.el-table__body tbody tr', { hasText: '待复核' }).first().click();
    await chief.getByRole('region', { name: '申诉详情' }).getByText('本月得分计算有误，申请复核。').waitFor();
    await chief.getByRole('button', { name: '撤回申诉' }).click();
    const withdraw = chief.getByRole('dialog', { name: '撤回申诉' });
    await withdraw.getByLabel('撤回原因').fill('经核对数据无误。');
    await withdraw.getByRole('button', { name: '确定撤回' }).click();
    await chief.getByText('申诉已撤回。').waitFor();
    await chief.locator('.el-table__body tbody tr', { hasText: '已撤回' }).first().waitFor();
    const withdrawn = (
      await demo.api<{ appeals: Array<{ reason: string; status: string }> }>(demo.links.STATION_CHIEF, APPEALS, { unitId: own.id })
    ).appeals.find((a) => a.reason === '本月得分计算有误，申请复核。');
    expect(withdrawn?.status).toBe('WITHDRAWN');
    await shot(chief, 'appeals-chief-withdrawn');
    await staff.close();
    await chief.close();
  });
});
