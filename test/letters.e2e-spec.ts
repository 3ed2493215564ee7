import { Clock } from '../src/common/clock';
import { EventStore } from '../src/event-store/event-store.port';
import { joined, pdfText } from '../src/supervision/letters/document/pdf-text.spec-helpers';
import { letterNumberStream } from '../src/supervision/letters/events/letter.events';
import { buildSmallCity } from './support/small-city';
import { TestApp, startTestApp } from './support/test-app';

const LETTER_FIELDS = `letterId status statusLabel overdue number year sequence issuer issuedOn title findings requirements deadline
  signedBy closingRemark withdrawnReason htmlUrl pdfUrl
  addressee { unitId name level countyId }
  evidence { unitId unitName rank rankedOf indicators { cases loss warningsReceived faceToFace } lastYear { cases } bulletin { day number } summary }
  answers { measures answeredOn deadline late answeredBy { subject role } returned { reason deadline returnedBy { subject } } }
  history { action actionLabel status statusLabel occurredAt recordedAt actor { subject role } note }`;
const LETTER = `query($letterId: ID!) { letter(letterId: $letterId) { ${LETTER_FIELDS} } }`;
const LETTERS = `query($filter: LettersFilterInput) { letters(filter: $filter) { letterId number status } }`;

const EVALUATOR = { 'x-actor': 'kp-zhang', 'x-actor-role': 'EVALUATION_STAFF' };
const COUNTY_CLERK = { 'x-actor': 'sx-wang', 'x-actor-role': 'COUNTY_CHIEF' };
const FINDING = '4月以来,你局电诈发案2起,同比上升100.0%,财损同比上升。';
const april = (day: string, time = '10:00') => `2026-04-${day}T${time}:00+08:00`;

/** Mutation name → its input type, for the step helper. */
const INPUTS: Record<string, string> = {
  draftLetter: 'DraftLetterInput',
  reviseLetterDraft: 'ReviseLetterDraftInput',
  withdrawLetterDraft: 'WithdrawLetterDraftInput',
  issueLetter: 'LetterStepInput',
  deliverLetter: 'LetterStepInput',
  acknowledgeLetter: 'AcknowledgeLetterInput',
  answerLetter: 'AnswerLetterInput',
  returnLetterAnswer: 'ReturnLetterAnswerInput',
  closeLetter: 'CloseLetterInput',
};

describe('reminder letters (工作提示函)', () => {
  let t: TestApp;
  let store: EventStore;
  let today: jest.SpyInstance;

  const gqlStep = (mutation: string, input: Record<string, unknown>, headers: Record<string, string> = EVALUATOR) =>
    t.gql(
      `mutation($input: ${INPUTS[mutation]}!) { ${mutation}(input: $input) { letterId duplicate letter { ${LETTER_FIELDS} } } }`,
      { input },
      headers,
    );
  /** Runs a step that must succeed and returns the letter as it then reads. */
  const step = async (mutation: string, input: Record<string, unknown>, headers: Record<string, string> = EVALUATOR) => {
    const { data, errors } = await gqlStep(mutation, input, headers);
    if (errors) throw new Error(`${mutation}: ${JSON.stringify(errors)}`);
    return data![mutation].letter;
  };
  const refusal = async (mutation: string, input: Record<string, unknown>, headers: Record<string, string> = EVALUATOR) => {
    const { data, errors } = await gqlStep(mutation, input, headers);
    expect(data).toBeNull();
    return errors![0];
  };
  const letter = async (letterId: string) => (await t.ok(LETTER, { letterId })).letter;
  const letters = async (filter: Record<string, unknown>) => (await t.ok(LETTERS, { filter })).letters;
  const draftInput = (letterId: string, extra: Record<string, unknown> = {}) => ({
    letterId,
    unitId: 'county-sx',
    title: '关于电诈发案同比上升的工作提示',
    findings: FINDING,
    requirements: ['加强预警劝阻,确保逐条见面', '对凤岗防区发案开展复盘'],
    deadline: '2026-05-10',
    evidence: { unitId: 'county-sx', period: { kind: 'MONTH', day: '2026-04-21' }, bulletinDay: '2026-04-17' },
    ...extra,
  });
  const draftAndIssue = async (letterId: string, extra: Record<string, unknown> = {}) => {
    await step('draftLetter', draftInput(letterId, extra));
    return step('issueLetter', { letterId });
  };

  beforeAll(async () => {
    t = await startTestApp();
    store = t.app.get(EventStore);
    today = jest.spyOn(t.app.get(Clock), 'today').mockReturnValue('2026-04-21');
    await buildSmallCity(t);
    const fact = (mutation: string, type: string, input: Record<string, unknown>) =>
      t.ok(`mutation($input: ${type}!) { ${mutation}(input: $input) { eventIds } }`, { input });
    await fact('fileCase', 'FileCaseInput', {
      unitId: 'st-a',
      caseId: 'AJ-1',
      fraudType: 'INVESTMENT',
      loss: '30000',
      occurredAt: april('08'),
    });
    await fact('fileCase', 'FileCaseInput', { unitId: 'st-b', caseId: 'AJ-2', fraudType: 'LOAN', loss: '2000', occurredAt: april('15') });
    await fact('fileCase', 'FileCaseInput', {
      unitId: 'st-a',
      caseId: 'AJ-0',
      fraudType: 'LOAN',
      loss: '1000',
      occurredAt: '2025-04-10T10:00:00+08:00',
    });
    await fact('receiveWarning', 'ReceiveWarningInput', {
      kind: 'FUND',
      unitId: 'st-a',
      instructionId: 'YJ-1',
      occurredAt: april('16'),
      deadline: april('16', '20:00'),
    });
    await fact('recordWarningContact', 'RecordWarningContactInput', {
      unitId: 'st-a',
      instructionId: 'YJ-1',
      method: 'FACE_TO_FACE',
      occurredAt: april('16', '11:00'),
    });
    await t.ok(`mutation { publishBulletin(day: "2026-04-17") { streamId } }`);
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await t.close();
  });

  it('runs a letter through its whole life, each step in its history with who did it and when', async () => {
    const drafted = await step('draftLetter', draftInput('L-1', { title: '关于发案上升的提示' }));
    expect(drafted).toMatchObject({
      letterId: 'L-1',
      status: 'DRAFT',
      statusLabel: '草稿',
      overdue: false,
      number: null,
      year: null,
      addressee: { unitId: 'county-sx', name: '沙县分局', level: 'COUNTY', countyId: 'county-sx' },
      requirements: ['加强预警劝阻,确保逐条见面', '对凤岗防区发案开展复盘'],
      htmlUrl: '/letters/L-1.html',
      pdfUrl: '/letters/L-1.pdf',
      evidence: {
        unitId: 'county-sx',
        unitName: '沙县分局',
        rank: expect.any(Number),
        rankedOf: 2,
        bulletin: { day: '2026-04-17', number: 1 },
        indicators: { cases: 2, loss: '32000.00', warningsReceived: 1, faceToFace: 1 },
        lastYear: { cases: 1 },
      },
    });
    expect(drafted.evidence.summary).toContain('沙县分局');

    const revised = await step('reviseLetterDraft', { letterId: 'L-1', title: '关于电诈发案同比上升的工作提示' });
    expect(revised).toMatchObject({ status: 'DRAFT', title: '关于电诈发案同比上升的工作提示', findings: FINDING, deadline: '2026-05-10' });

    const issued = await step('issueLetter', { letterId: 'L-1' });
    expect(issued).toMatchObject({
      status: 'ISSUED',
      statusLabel: '已下发',
      number: '明公基管提〔2026〕1号',
      year: 2026,
      sequence: 1,
      issuer: '三明市公安局',
      issuedOn: '2026-04-21',
    });
    await step('deliverLetter', { letterId: 'L-1' }, { 'x-actor': 'kp-li', 'x-actor-role': 'EVALUATION_STAFF' });
    expect(await step('acknowledgeLetter', { letterId: 'L-1', signedBy: '王强' }, COUNTY_CLERK)).toMatchObject({
      status: 'ACKNOWLEDGED',
      statusLabel: '已签收',
      signedBy: '王强',
    });
    const answered = await step('answerLetter', { letterId: 'L-1', measures: '已对凤岗防区两起案件复盘,落实逐条见面。' }, COUNTY_CLERK);
    expect(answered).toMatchObject({ status: 'ANSWERED', statusLabel: '已回复' });
    expect(answered.answers).toEqual([
      {
        measures: '已对凤岗防区两起案件复盘,落实逐条见面。',
        answeredOn: '2026-04-21',
        deadline: '2026-05-10',
        late: false,
        answeredBy: { subject: 'sx-wang', role: 'COUNTY_CHIEF' },
        returned: null,
      },
    ]);
    await step('closeLetter', { letterId: 'L-1', remark: '整改到位' });

    const closed = await letter('L-1');
    expect(closed).toMatchObject({
      status: 'CLOSED',
      statusLabel: '已办结',
      overdue: false,
      closingRemark: '整改到位',
      number: '明公基管提〔2026〕1号',
    });
    expect(closed.history.map((h: any) => [h.action, h.actionLabel, h.statusLabel, h.actor.subject, h.note])).toEqual([
      ['DRAFTED', '起草', '草稿', 'kp-zhang', null],
      ['REVISED', '修改草稿', '草稿', 'kp-zhang', null],
      ['ISSUED', '下发', '已下发', 'kp-zhang', '明公基管提〔2026〕1号'],
      ['DELIVERED', '送达', '已送达', 'kp-li', null],
      ['ACKNOWLEDGED', '签收', '已签收', 'sx-wang', '签收人：王强'],
      ['ANSWERED', '回复', '已回复', 'sx-wang', null],
      ['CLOSED', '办结', '已办结', 'kp-zhang', '整改到位'],
    ]);
    for (const h of closed.history) {
      expect(Date.parse(h.occurredAt)).not.toBeNaN();
      expect(h.recordedAt >= h.occurredAt).toBe(true);
    }
  });

  it('numbers letters 1, 2, … in the year of issue, never the same number twice even when issued at once, and from 1 again next year', async () => {
    const second = await draftAndIssue('L-2', {
      unitId: 'st-a',
      evidence: { unitId: 'st-a', period: { kind: 'MONTH', day: '2026-04-21' } },
    });
    expect(second).toMatchObject({ number: '明公基管提〔2026〕2号', sequence: 2, addressee: { level: 'STATION', countyId: 'county-sx' } });

    await step('draftLetter', draftInput('L-3'));
    await step(
      'draftLetter',
      draftInput('L-4', { unitId: 'county-dt', evidence: { unitId: 'st-c', period: { kind: 'MONTH', day: '2026-04-21' } } }),
    );
    const [a, b] = await Promise.all(['L-3', 'L-4'].map((letterId) => step('issueLetter', { letterId })));
    expect([a.sequence, b.sequence].sort()).toEqual([3, 4]);
    expect((await letters({ year: 2026 })).map((l: any) => l.number).sort()).toEqual(
      ['1', '2', '3', '4'].map((n) => `明公基管提〔2026〕${n}号`).sort(),
    );

    today.mockReturnValue('2027-01-05');
    const nextYear = await draftAndIssue('L-5', {
      deadline: '2027-01-20',
      evidence: { unitId: 'county-sx', period: { kind: 'YEAR', day: '2026-06-01' } },
    });
    expect(nextYear).toMatchObject({ number: '明公基管提〔2027〕1号', year: 2027, sequence: 1, issuedOn: '2027-01-05' });
    expect((await letters({ year: 2027 })).map((l: any) => l.letterId)).toEqual(['L-5']);
    today.mockReturnValue('2026-04-21');
  });

  it('gives a resent issue its own number back and records nothing twice', async () => {
    await step('draftLetter', draftInput('L-6'));
    const first = await gqlStep('issueLetter', { letterId: 'L-6', idempotencyKey: 'issue-L-6' });
    const again = await gqlStep('issueLetter', { letterId: 'L-6', idempotencyKey: 'issue-L-6' });
    expect(first.data!.issueLetter).toMatchObject({ duplicate: false, letter: { sequence: 5 } });
    expect(again.data!.issueLetter).toMatchObject({ duplicate: true, letter: { sequence: 5 } });
    expect(await store.readStream(letterNumberStream(2026))).toHaveLength(5);
  });

  it('reads a letter past its deadline without an answer as 逾期, and marks the answer that comes late', async () => {
    today.mockReturnValue('2026-05-11');
    expect(await letter('L-2')).toMatchObject({ status: 'OVERDUE', statusLabel: '逾期', overdue: true, deadline: '2026-05-10' });
    expect((await letters({ status: 'OVERDUE' })).map((l: any) => l.letterId).sort()).toEqual(['L-2', 'L-3', 'L-4', 'L-6']);
    expect(await letters({ status: 'ISSUED', year: 2026 })).toEqual([]);
    expect(await letter('L-1')).toMatchObject({ status: 'CLOSED', overdue: false });

    await step('deliverLetter', { letterId: 'L-2' });
    expect(await step('acknowledgeLetter', { letterId: 'L-2', signedBy: '林建国' }, COUNTY_CLERK)).toMatchObject({
      status: 'OVERDUE',
      statusLabel: '逾期',
    });
    const answered = await step('answerLetter', { letterId: 'L-2', measures: '已整改' }, COUNTY_CLERK);
    expect(answered).toMatchObject({
      status: 'ANSWERED',
      overdue: false,
      answers: [{ answeredOn: '2026-05-11', deadline: '2026-05-10', late: true }],
    });
    expect(answered.history.at(-1)).toMatchObject({ action: 'ANSWERED', note: '逾期回复（期限2026年5月10日）' });
    expect(await letter('L-2')).toMatchObject({ status: 'ANSWERED', overdue: false });
  });

  it('returns an answer that falls short with a reason and a new deadline, then takes the better one', async () => {
    const returned = await step('returnLetterAnswer', { letterId: 'L-2', reason: '措施不具体, 未明确责任人', deadline: '2026-05-20' });
    expect(returned).toMatchObject({ status: 'ACKNOWLEDGED', statusLabel: '已签收', overdue: false, deadline: '2026-05-20' });
    expect(returned.answers[0].returned).toEqual({
      reason: '措施不具体, 未明确责任人',
      deadline: '2026-05-20',
      returnedBy: { subject: 'kp-zhang' },
    });
    expect(returned.history.at(-1)).toMatchObject({
      action: 'RETURNED',
      actionLabel: '退回重新回复',
      statusLabel: '已签收',
      note: '措施不具体, 未明确责任人',
    });

    const better = await step('answerLetter', { letterId: 'L-2', measures: '明确凤岗派出所所长为责任人, 每日通报整改进度' }, COUNTY_CLERK);
    expect(better.answers.map((a: any) => [a.measures, a.late, a.returned?.reason ?? null])).toEqual([
      ['已整改', true, '措施不具体, 未明确责任人'],
      ['明确凤岗派出所所长为责任人, 每日通报整改进度', false, null],
    ]);
    expect((await step('closeLetter', { letterId: 'L-2' })).status).toBe('CLOSED');
    today.mockReturnValue('2026-04-21');
  });

  it('lists letters by addressee, by county (its stations included), by status and by year', async () => {
    expect((await letters({ unitId: 'st-a' })).map((l: any) => l.letterId)).toEqual(['L-2']);
    expect((await letters({ countyId: 'county-sx' })).map((l: any) => l.letterId)).toEqual(['L-6', 'L-5', 'L-3', 'L-2', 'L-1']);
    expect((await letters({ countyId: 'county-dt' })).map((l: any) => l.letterId)).toEqual(['L-4']);
    expect((await letters({ status: 'CLOSED' })).map((l: any) => l.letterId)).toEqual(['L-2', 'L-1']);
  });

  it("refuses wrong steps and bad input, naming the field and the letter's status, and records nothing", async () => {
    await step('draftLetter', draftInput('L-7', { deadline: '2026-04-25' }));
    const head = await store.headPosition();

    expect((await refusal('answerLetter', { letterId: 'L-7', measures: '已整改' }, COUNTY_CLERK)).message).toBe(
      '输入有误：letterId：工作提示函 L-7 当前状态为草稿，只有已签收状态的提示函才能回复 / Invalid input: letterId: letter L-7 is 草稿 (DRAFT); only a letter that is 已签收 (ACKNOWLEDGED) can be answered',
    );
    expect((await refusal('issueLetter', { letterId: 'L-1' })).message).toBe(
      '输入有误：letterId：工作提示函 L-1 当前状态为已办结，只有草稿状态的提示函才能下发 / Invalid input: letterId: letter L-1 is 已办结 (CLOSED); only a letter that is 草稿 (DRAFT) can be issued',
    );
    expect((await refusal('reviseLetterDraft', { letterId: 'L-1', title: '改' })).message).toContain(
      'letterId: letter L-1 is 已办结 (CLOSED)',
    );
    expect((await refusal('acknowledgeLetter', { letterId: 'L-3', signedBy: '王强' }, COUNTY_CLERK)).message).toBe(
      '输入有误：letterId：工作提示函 L-3 当前状态为已下发，只有已送达状态的提示函才能签收 / Invalid input: letterId: letter L-3 is 已下发 (ISSUED); only a letter that is 已送达 (DELIVERED) can be signed for',
    );
    expect((await refusal('reviseLetterDraft', { letterId: 'L-7' })).message).toContain('input: the revision changes nothing');

    expect((await refusal('draftLetter', draftInput('L-8', { deadline: '2026-04-20' }))).message).toBe(
      '输入有误：deadline：回复期限 2026-04-20 早于今天（2026-04-21） / Invalid input: deadline: the answer deadline 2026-04-20 is before today (2026-04-21)',
    );
    expect((await refusal('draftLetter', draftInput('L-8', { requirements: [] }))).message).toBe(
      '输入有误：input.requirements：至少须列出一项要求 / Invalid input: input.requirements: requirements must list at least one requirement',
    );
    expect((await refusal('draftLetter', draftInput('L-8', { requirements: ['复盘', '  '] }))).message).toBe(
      '输入有误：requirements.1：填写内容不能为空白（requirements.1） / Invalid input: requirements.1: requirements.1 must not be blank',
    );
    expect((await refusal('draftLetter', draftInput('L-8', { unitId: 'city' }))).message).toBe(
      '输入有误：unitId：单位 city 是市局，工作提示函只能发给县局或派出所 / Invalid input: unitId: unit city is a CITY; a letter is addressed to a county bureau or a police station',
    );
    expect((await refusal('draftLetter', draftInput('L-8', { evidence: { unitId: 'st-c', period: { kind: 'MONTH' } } }))).message).toBe(
      '输入有误：evidence.unitId：数据依据是 均溪派出所（st-c）的，既不是主送单位 沙县分局（county-sx），也不是其下属派出所 / ' +
        'Invalid input: evidence.unitId: the evidence is about 均溪派出所 (st-c), which is neither the addressee 沙县分局 (county-sx) nor one of its stations',
    );
    expect(await refusal('draftLetter', draftInput('L-8', { evidence: { unitId: 'nowhere', period: { kind: 'MONTH' } } }))).toMatchObject({
      message: '单位 "nowhere" 不存在 / unit "nowhere" does not exist',
      extensions: { code: 'NOT_FOUND', field: 'evidence.unitId' },
    });
    expect((await refusal('draftLetter', draftInput('L-1'))).message).toBe(
      '输入有误：letterId：工作提示函 L-1 已存在（已办结） / Invalid input: letterId: letter L-1 already exists (已办结 (CLOSED))',
    );
    expect((await refusal('draftLetter', draftInput('L.8'))).message).toBe(
      '输入有误：input.letterId：letterId 须由 1–100 个字母、数字、"_" 或 "-" 组成 / Invalid input: input.letterId: letterId must be 1–100 letters, digits, "_" or "-"',
    );
    expect(await refusal('deliverLetter', { letterId: 'nope' })).toMatchObject({
      message: '工作提示函 "nope" 不存在 / letter "nope" does not exist',
      extensions: { code: 'NOT_FOUND', field: 'letterId' },
    });
    const { errors } = await t.gql(LETTER, { letterId: 'nope' });
    expect(errors?.[0]).toMatchObject({
      message: '工作提示函 "nope" 不存在 / letter "nope" does not exist',
      extensions: { code: 'NOT_FOUND' },
    });

    // A draft whose deadline has passed is refused before it takes a number: the year's numbers stay without a gap.
    today.mockReturnValue('2026-04-26');
    expect((await refusal('issueLetter', { letterId: 'L-7' })).message).toBe(
      '输入有误：deadline：回复期限 2026-04-25 已过（今天是 2026-04-26），请先修改草稿再下发 / ' +
        'Invalid input: deadline: the answer deadline 2026-04-25 has passed (today is 2026-04-26); revise the draft before issuing it',
    );
    expect(await store.headPosition()).toBe(head);
    await step('reviseLetterDraft', { letterId: 'L-7', deadline: '2026-05-06' });
    expect(await step('issueLetter', { letterId: 'L-7' })).toMatchObject({ number: '明公基管提〔2026〕6号' });
    today.mockReturnValue('2026-04-21');
  });

  it('withdraws a draft, which then takes no number', async () => {
    await step('draftLetter', draftInput('L-9'));
    expect(await step('withdrawLetterDraft', { letterId: 'L-9', reason: '已约谈, 不再发函' })).toMatchObject({
      status: 'WITHDRAWN',
      statusLabel: '已撤回',
      withdrawnReason: '已约谈, 不再发函',
      number: null,
    });
    expect((await refusal('issueLetter', { letterId: 'L-9' })).message).toContain('letter L-9 is 已撤回 (WITHDRAWN)');
  });

  it('serves the letter as a printable A4 page and as a PDF whose text layer reads back in Chinese', async () => {
    const { htmlUrl, pdfUrl } = await letter('L-1');
    const html = await t.get(htmlUrl);
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html.headers.get('content-disposition')).toBe(
      `inline; filename="letter-2026-1.html"; filename*=UTF-8''${encodeURIComponent('工作提示函明公基管提〔2026〕1号.html')}`,
    );
    const page = await html.text();
    for (const part of [
      '工作提示函',
      '明公基管提〔2026〕1号',
      '沙县分局：',
      FINDING,
      '<th scope="col">同比</th>',
      '一、加强预警劝阻,确保逐条见面',
      '请于2026年5月10日前',
    ]) {
      expect(page).toContain(part);
    }
    expect(page).not.toMatch(/<link|<script|<img|@import|url\(|https?:/i);

    const pdf = await t.get(pdfUrl);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toMatch(/^attachment; filename="letter-2026-1\.pdf"; filename\*=UTF-8''/);
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.length).toBeLessThan(100_000);
    const text = joined(await pdfText(bytes));
    for (const part of [
      '工作提示函',
      '明公基管提〔2026〕1号',
      '沙县分局：',
      FINDING,
      '一、加强预警劝阻,确保逐条见面',
      '三明市公安局',
      '2026年4月21日',
    ]) {
      expect(text).toContain(part);
    }
  });

  it('stamps an unissued letter with its status, and answers an unknown letter with 404 and a message', async () => {
    const draft = await (await t.get('/letters/L-9.html')).text();
    expect(draft).toContain('<div class="mark">已撤回</div>');
    for (const path of ['/letters/nope.html', '/letters/nope.pdf']) {
      const res = await t.get(path);
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({
        statusCode: 404,
        error: 'Not Found',
        message: '工作提示函 "nope" 不存在 / letter "nope" does not exist',
      });
    }
  });
});
