import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Clock } from '../src/common/clock';
import { joined, pdfText } from '../src/supervision/common/document/pdf-text.spec-helpers';
import { buildSmallCity } from './support/small-city';
import { TestApp, startTestApp } from './support/test-app';

/**
 * Issue 16, "Documents": the 工作提示函, 问题清单, 约谈通知书 and 挂牌督办通知书 recorded through the API,
 * downloaded as PDF, read back through their text layer block by block, and rendered page by page to
 * PNG with pdftoppm (Debian's poppler-utils; .ci/run installs it) into .tmp/screenshots/documents/.
 */
const TODAY = '2026-05-16';
const at = (day: string, time = '10:00') => `${day}T${time}:00+08:00`;
const SCREENSHOTS = resolve(__dirname, '../.tmp/screenshots/documents');

const APPOINT = `mutation($input: AppointChiefInput!) { appointChief(input: $input) { streamId } }`;
const FILE_CASE = `mutation($input: FileCaseInput!) { fileCase(input: $input) { projected } }`;
const DRAFT = `mutation($input: DraftLetterInput!) { draftLetter(input: $input) { letterId } }`;
const REVISE = `mutation($input: ReviseLetterDraftInput!) { reviseLetterDraft(input: $input) { letter { letterId } } }`;
const ISSUE = `mutation($input: LetterStepInput!) { issueLetter(input: $input) { letter { number pdfUrl htmlUrl } } }`;
const RAISE = `mutation($input: RaiseProblemInput!) { raiseProblem(input: $input) { problemId } }`;
const PROBLEM_LIST = `query($countyId: ID!, $month: String!) { problemList(countyId: $countyId, month: $month) {
  countyName monthLabel problems { number title statusLabel } } }`;
const ORDER = `mutation($input: OrderInterviewInput!) { orderInterview(input: $input) { streamId } }`;
const HOLD = `mutation($input: HoldInterviewInput!) { holdInterview(input: $input) { streamId } }`;
const LIST = `mutation($input: ListForRectificationInput!) { listForRectification(input: $input) { streamId } }`;

/** The configured foot of every document: the contact line and the 版记. */
const OFFICE_ENV = {
  DOCUMENT_CONTACT_NAME: '张明',
  DOCUMENT_CONTACT_PHONE: '0598-8251234',
  DOCUMENT_COPY_TO: '市局反诈中心',
  DOCUMENT_PRINTED_BY: '三明市公安局办公室',
};
const CONTACT = '（联系人：张明，联系电话：0598-8251234）';
const IMPRINT = ['抄送：市局反诈中心。', '三明市公安局办公室'];

const PAGE_BREAK = /-+Page \(\d+\) Break-+/;

interface Rendered {
  /** The text of each page, lines joined. */
  pages: string[];
  text: string;
  pngs: string[];
}

/** Each part found after the one before it. */
function expectInOrder(text: string, parts: string[]) {
  let from = 0;
  for (const part of parts) {
    const found = text.indexOf(part, from);
    expect({ part, after: text.slice(Math.max(0, from - 20), from), found: found >= 0 }).toMatchObject({ part, found: true });
    from = found + part.length;
  }
}

describe('documents after GB/T 9704: letter, problem list, interview and listing notices as PDF and HTML', () => {
  let t: TestApp;
  let today: jest.SpyInstance<string, []>;
  const work = mkdtempSync(join(tmpdir(), 'documents-'));

  /** Downloads a PDF, reads its text layer and renders each page to PNG under the name given. */
  async function render(path: string, name: string): Promise<Rendered> {
    const res = await t.get(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await res.arrayBuffer());
    const file = join(work, `${name}.pdf`);
    writeFileSync(file, pdf);
    execFileSync('pdftoppm', ['-r', '60', '-png', file, join(work, name)]);
    const pngs = readdirSync(work)
      .filter((f) => new RegExp(`^${name}-\\d+\\.png$`).test(f))
      .sort();
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const png of pngs) copyFileSync(join(work, png), join(SCREENSHOTS, png));
    const raw = await pdfText(pdf);
    const pages = raw
      .split(PAGE_BREAK)
      .map(joined)
      .filter((p) => p.trim());
    expect(pngs).toHaveLength(pages.length);
    return { pages, text: pages.join(''), pngs };
  }

  /** Every page numbered "— n —", and the page with the date never holds the signature alone. */
  function expectPageLayout({ pages }: Rendered, lastParagraph: string, date: string | RegExp) {
    pages.forEach((page, i) => expect(page).toContain(`— ${i + 1} —`));
    const signed = pages.findIndex((p) => p.includes(CONTACT));
    expect(signed).toBeGreaterThanOrEqual(0);
    expect(pages[signed]).toMatch(date);
    expect(pages[signed]).toContain(lastParagraph);
    expect(pages[pages.length - 1]).toContain(IMPRINT[1]);
  }

  beforeAll(async () => {
    Object.assign(process.env, OFFICE_ENV);
    try {
      t = await startTestApp();
    } finally {
      for (const name of Object.keys(OFFICE_ENV)) delete process.env[name];
    }
    today = jest.spyOn(t.app.get(Clock), 'today').mockReturnValue(TODAY);
    await buildSmallCity(t);
    for (const c of [
      { chiefId: 'cc-sx', name: '张国华', role: 'COUNTY_CHIEF', unitId: 'county-sx' },
      { chiefId: 'leader-1', name: '郑志远', role: 'BUREAU_LEADER', unitId: 'city' },
    ]) {
      await t.ok(APPOINT, { input: { ...c, effectiveFrom: '2024-01-01' } });
    }
    await t.ok(FILE_CASE, { input: { unitId: 'st-a', caseId: 'AJ-2025', fraudType: 'LOAN', loss: '1000', occurredAt: at('2025-05-06') } });
    await t.ok(FILE_CASE, {
      input: { unitId: 'st-a', caseId: 'AJ-1', fraudType: 'INVESTMENT', loss: '52000', occurredAt: at('2026-05-03') },
    });
    await t.ok(FILE_CASE, { input: { unitId: 'st-a', caseId: 'AJ-2', fraudType: 'LOAN', loss: '2000', occurredAt: at('2026-05-08') } });
    rmSync(SCREENSHOTS, { recursive: true, force: true });
  }, 120_000);
  afterAll(async () => {
    jest.restoreAllMocks();
    rmSync(work, { recursive: true, force: true });
    await t?.close();
  });

  const EVIDENCE = (unitId: string) => ({ unitId, period: { kind: 'MONTH', day: '2026-05-01' } });
  const LETTER = {
    unitId: 'county-sx',
    title: '关于电诈发案同比上升的工作提示',
    requirements: ['对两起案件逐案复盘，查找防范漏洞', '落实预警指令逐条见面劝阻'],
    deadline: '2026-05-31',
    evidence: EVIDENCE('county-sx'),
  };
  const LETTER_LAST = '请于2026年5月31日前将整改落实情况书面回复。';

  it('工作提示函: masthead, 文号, title, 主送, body with its figures, 落款, date, contact and 版记, in that order', async () => {
    await t.ok(DRAFT, { input: { ...LETTER, letterId: 'DOC-L1', findings: '5月以来，你局电诈发案2起，同比上升100.0%，财损5.40万元。' } });
    const { letter } = (await t.ok(ISSUE, { input: { letterId: 'DOC-L1' } })).issueLetter;
    const rendered = await render(letter.pdfUrl, 'letter');
    expectInOrder(rendered.text, [
      '三明市公安局工作提示函',
      letter.number,
      LETTER.title,
      '沙县分局：',
      '5月以来，你局电诈发案2起，同比上升100.0%，财损5.40万元。',
      '发案数（起）21+100.0%',
      '一、对两起案件逐案复盘，查找防范漏洞',
      LETTER_LAST,
      '三明市公安局',
      '2026年5月16日',
      CONTACT,
      ...IMPRINT,
      '2026年5月16日印发',
    ]);
    // The figures table fills the first page: the last paragraph goes over with the signature.
    expect(rendered.pages).toHaveLength(2);
    expect(rendered.pages[1].startsWith(LETTER_LAST)).toBe(true);
    expectPageLayout(rendered, LETTER_LAST, '2026年5月16日');

    const html = await (await t.get(letter.htmlUrl)).text();
    expectInOrder(html, [
      '三明市公安局工作提示函',
      letter.number,
      LETTER.title,
      '沙县分局：',
      '<div class="closing">',
      LETTER_LAST,
      CONTACT,
      IMPRINT[0],
    ]);
  });

  it('carries the last paragraph over with the signature when the signature would open a page alone', async () => {
    const findings = (n: number) =>
      Array.from(
        { length: n },
        (_, i) => `${i + 1}．5月以来，你局辖区电诈警情、发案持续高位运行，预警劝阻、见面核查等工作落实不到位。`,
      ).join('\n');
    await t.ok(DRAFT, { input: { ...LETTER, letterId: 'DOC-L2', findings: findings(1) } });
    // Lengthen the findings until the break falls where the deadline sentence would end a page and the signature open the next.
    let carried: Rendered | undefined;
    for (let n = 2; n <= 24 && !carried; n += 1) {
      await t.ok(REVISE, { input: { letterId: 'DOC-L2', findings: findings(n) } });
      const rendered = await render('/letters/DOC-L2.pdf', 'letter-long-draft');
      const signed = rendered.pages.findIndex((p) => p.includes(CONTACT));
      expectPageLayout(rendered, LETTER_LAST, /\d{4}年\d{1,2}月\d{1,2}日（联系人/);
      // Moved: the page with the signature opens with the last paragraph, and the page before ends with the one before it.
      if (
        signed > 0 &&
        rendered.pages[signed].startsWith(LETTER_LAST) &&
        rendered.pages[signed - 1].includes('二、落实预警指令逐条见面劝阻— ')
      ) {
        carried = rendered;
      }
    }
    expect(carried).toBeDefined();
    const { letter } = (await t.ok(ISSUE, { input: { letterId: 'DOC-L2' } })).issueLetter;
    const issued = await render(letter.pdfUrl, 'letter-long');
    expect(issued.pages).toHaveLength(carried!.pages.length);
    expect(issued.pages.length).toBeGreaterThan(1);
    const last = issued.pages[issued.pages.length - 1];
    expect(last.startsWith(LETTER_LAST)).toBe(true);
    expectInOrder(last, [LETTER_LAST, '三明市公安局', '2026年5月16日', CONTACT, ...IMPRINT]);
    // The drafts tried on the way are not what the bureau sends.
    for (const png of readdirSync(SCREENSHOTS).filter((f) => f.startsWith('letter-long-draft-'))) rmSync(join(SCREENSHOTS, png));
  });

  it('问题清单: the county and month in the title, the numbered table of problems, the status in Chinese', async () => {
    for (const [title, description, deadline] of [
      ['凤岗派出所预警见面登记不全', '抽查10条预警指令，3条无见面记录', '2026-05-20'],
      ['沙县分局电诈发案同比上升', '2026年5月沙县分局发案2起，去年同期1起', '2026-05-31'],
    ]) {
      await t.ok(RAISE, {
        input: {
          countyId: 'county-sx',
          month: '2026-05',
          ownerChiefId: 'cc-sx',
          deadline,
          title,
          description,
          evidence: EVIDENCE('county-sx'),
        },
      });
    }
    // Printed ten days on: the first problem is past its deadline.
    today.mockReturnValue('2026-05-26');
    const list = (await t.ok(PROBLEM_LIST, { countyId: 'county-sx', month: '2026-05' })).problemList;
    const rendered = await render('/problem-lists/county-sx/2026-05.pdf', 'problem-list');
    const html = await t.get('/problem-lists/county-sx/2026-05.html');
    today.mockReturnValue(TODAY);
    expectInOrder(rendered.text, [
      '三明市公安局问题清单',
      `${list.countyName}${list.monthLabel}反诈工作问题清单`,
      '沙县分局：',
      '清单共列问题2项，其中待整改1项、逾期1项。',
      '序号问题依据/来源整改要求整改期限状态',
      '1凤岗派出所预警见面登记不全',
      '2026年5月20日',
      list.problems[0].statusLabel,
      '2沙县分局电诈发案同比上升',
      '2026年5月31日',
      list.problems[1].statusLabel,
      '请你局对照清单逐项落实整改',
      '三明市公安局',
      '2026年5月26日',
      CONTACT,
      ...IMPRINT,
    ]);
    expect(list.problems.map((p: { statusLabel: string }) => p.statusLabel)).toEqual(['逾期（待整改）', '待整改']);
    expect(rendered.pages).toHaveLength(2);
    expectPageLayout(rendered, '予以约谈。', '2026年5月26日');

    expect(html.headers.get('content-disposition')).toBe(
      `inline; filename="problem-list-county-sx-2026-05.html"; filename*=UTF-8''${encodeURIComponent('沙县分局2026年5月反诈工作问题清单.html')}`,
    );
    expect(await html.text()).toContain('<th scope="row">1</th><td class="text">凤岗派出所预警见面登记不全</td>');
  });

  it('约谈通知书: who is interviewed and why with the figures, when, where and by whom, and the requirements', async () => {
    await t.ok(ORDER, {
      input: {
        interviewId: 'DOC-I1',
        unit: { unitId: 'st-a', chiefId: 'chief-st-a' },
        orderedBy: 'leader-1',
        reason: '凤岗防区5月电诈发案同比上升，财损5.40万元',
        evidence: EVIDENCE('st-a'),
        schedule: { at: '2026-05-20T09:30:00+08:00', place: '市局三楼会议室', interviewer: '市局副局长郑志远' },
      },
    });
    today.mockReturnValue('2026-05-20');
    await t.ok(HOLD, {
      input: {
        interviewId: 'DOC-I1',
        heldAt: '2026-05-20T09:30:00+08:00',
        attendees: ['林建国'],
        requirements: [
          { text: '逐案复盘5月发案', deadline: '2026-05-31' },
          { text: '预警指令逐条落实见面劝阻', deadline: '2026-06-15' },
        ],
      },
    });
    today.mockReturnValue(TODAY);
    const rendered = await render('/interviews/DOC-I1.pdf', 'interview');
    expectInOrder(rendered.text, [
      '三明市公安局约谈通知书',
      '关于约谈凤岗派出所林建国同志的通知',
      '凤岗派出所：',
      '决定对你单位林建国同志进行约谈。',
      '一、约谈事由',
      '凤岗派出所 2026年5月主要指标',
      '财损5.40万元',
      '二、约谈时间、地点和约谈人',
      '约谈时间：2026年5月20日上午9时30分。',
      '约谈地点：市局三楼会议室。',
      '约谈人：市局副局长郑志远。',
      '三、有关要求',
      '1．逐案复盘5月发案，2026年5月31日前完成。',
      '2．预警指令逐条落实见面劝阻，2026年6月15日前完成。',
      '整改情况请于期限届满前书面报送我局，我局将逐项回访核查。',
      '三明市公安局',
      '2026年5月16日',
      CONTACT,
      ...IMPRINT,
    ]);
    expectPageLayout(rendered, '我局将逐项回访核查。', '2026年5月16日');
    const html = await t.get('/interviews/DOC-I1.html');
    expect(html.status).toBe(200);
    expect(await html.text()).toContain('<h3>二、约谈时间、地点和约谈人</h3>');
  });

  it('挂牌督办通知书: target, reason with evidence, 摘牌条件, deadline', async () => {
    await t.ok(LIST, {
      input: {
        listingId: 'DOC-G1',
        stationId: 'st-a',
        reason: '凤岗防区5月电诈发案同比上升100.0%',
        evidence: EVIDENCE('st-a'),
        deadline: '2026-06-30',
        exitConditions: [
          { indicator: 'cases', comparator: 'AT_MOST', threshold: '1', per: 'DEKAD', consecutive: 2 },
          { indicator: 'loss', comparator: 'LESS_THAN', threshold: '50000.00', per: 'MONTH', consecutive: 1 },
        ],
      },
    });
    const rendered = await render('/listings/DOC-G1.pdf', 'listing');
    expectInOrder(rendered.text, [
      '三明市公安局挂牌督办通知书',
      '关于对凤岗防区挂牌督办的通知',
      '凤岗派出所：',
      '督办期限自2026年5月16日至2026年6月30日。',
      '一、挂牌事由',
      '凤岗派出所 2026年5月主要指标',
      '二、摘牌条件',
      '（一）发案数每旬不超过1，连续2旬；',
      '（二）财损每月低于5.00万元，连续1个月。',
      '三、整改期限',
      '请于2026年6月30日前完成整改。',
      '四、工作要求',
      '三明市公安局',
      '2026年5月16日',
      CONTACT,
      ...IMPRINT,
    ]);
    expectPageLayout(rendered, '书面申请摘牌复核。', '2026年5月16日');
    expect((await t.get('/listings/DOC-G1.html')).status).toBe(200);
  });

  it('answers an unknown item with 404 and a message, a malformed month with 400 naming the parameter', async () => {
    for (const [path, message] of [
      ['/interviews/nope.pdf', '约谈 "nope" 不存在 / interview "nope" does not exist'],
      ['/listings/nope.html', '挂牌整治 "nope" 不存在 / listing "nope" does not exist'],
      ['/problem-lists/nope/2026-05.pdf', '县（区）局 "nope" 不存在 / county "nope" does not exist'],
    ]) {
      const res = await t.get(path);
      expect(res.status).toBe(404);
      expect((await res.json()).message).toBe(message);
    }
    const bad = await t.get('/problem-lists/county-sx/2026-5.pdf');
    expect(bad.status).toBe(400);
    expect((await bad.json()).message).toMatch(/^参数 month：.* \/ parameter month: /);
    expect((await t.get('/problem-lists/county-sx/2026-12.html')).status).toBe(400);
  });

  it("lets a county chief read his own county's documents only", async () => {
    const chief = (units: string[]) => t.tokens.mint({ subject: 'chief', role: 'COUNTY_CHIEF', units });
    const own = await t.get('/problem-lists/county-sx/2026-05.html', chief(['county-sx']));
    expect(`${own.status} ${own.status === 200 ? '' : await own.text()}`).toBe('200 ');
    expect((await t.get('/interviews/DOC-I1.html', chief(['county-sx']))).status).toBe(200);
    expect((await t.get('/listings/DOC-G1.html', chief(['county-sx']))).status).toBe(200);
    expect((await t.get('/problem-lists/county-sx/2026-05.html', chief(['county-dt']))).status).toBe(403);
    expect((await t.get('/interviews/DOC-I1.pdf', chief(['county-dt']))).status).toBe(403);
    expect((await t.get('/listings/DOC-G1.pdf', chief(['county-dt']))).status).toBe(403);
  });
});
