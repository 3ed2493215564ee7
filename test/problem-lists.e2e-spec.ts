import { Clock } from '../src/common/clock';
import { buildSmallCity } from './support/small-city';
import { TestApp, startTestApp } from './support/test-app';

const APPOINT = `mutation($input: AppointChiefInput!) { appointChief(input: $input) { streamId } }`;
const LINK = `mutation($input: LinkCityChiefInput!) { linkCityChief(input: $input) { streamId } }`;
const FILE_CASE = `mutation($input: FileCaseInput!) { fileCase(input: $input) { projected } }`;
const RECEIVE = `mutation($input: ReceiveWarningInput!) { receiveWarning(input: $input) { projected } }`;
const CONTACT = `mutation($input: RecordWarningContactInput!) { recordWarningContact(input: $input) { projected } }`;
const VISIT = `mutation($input: RecordSupervisionVisitInput!) { recordSupervisionVisit(input: $input) { visitId } }`;

const PROBLEM_FIELDS = `problemId number countyId month unitId unitName title description deadline status statusLabel overdue plan refusalReason
  origin { kind kindLabel candidateKey rule visitId pointNumber visitDay }
  owner { chiefId name role roleLabel unitId }
  evidence { unitId period { label } rank rankedOf indicators { cases } lastYear { cases } summary }
  rectification { text references }
  history { step stepLabel stage stageLabel note references by { subject role } }`;
const LIST = `query($countyId: ID!, $month: String!, $target: Float) { problemList(countyId: $countyId, month: $month, faceToFaceTarget: $target) {
  countyId countyName month monthLabel
  problems { ${PROBLEM_FIELDS} }
  candidates { key rule ruleLabel unitId unitName title description ratio { numerator denominator percent } evidence { unitId rank summary indicators { cases } } } } }`;
const PROBLEM = `query($id: ID!) { problem(problemId: $id) { ${PROBLEM_FIELDS} } }`;
const ADOPT = `mutation($input: AdoptProblemCandidateInput!) { adoptProblemCandidate(input: $input) { problemId eventIds duplicate } }`;
const RAISE = `mutation($input: RaiseProblemInput!) { raiseProblem(input: $input) { problemId } }`;
const FROM_VISIT = `mutation($input: RaiseProblemFromVisitInput!) { raiseProblemFromVisit(input: $input) { problemId } }`;
const START = `mutation($input: StartProblemRectificationInput!) { startProblemRectification(input: $input) { eventIds } }`;
const REPORT = `mutation($input: ReportProblemRectifiedInput!) { reportProblemRectified(input: $input) { eventIds } }`;
const VERIFY = `mutation($input: VerifyProblemRectificationInput!) { verifyProblemRectification(input: $input) { eventIds } }`;
const REFUSE = `mutation($input: RefuseProblemVerificationInput!) { refuseProblemVerification(input: $input) { eventIds } }`;

const TODAY = '2026-05-15';
const at = (day: string, time = '10:00') => `${day}T${time}:00+08:00`;
const OWNER = { countyId: 'county-sx', month: '2026-05', ownerChiefId: 'cc-sx', deadline: '2026-05-31' };
const CASES_UP = 'CASES_UP_YEAR_ON_YEAR:county-sx:2026-05';
const EVALUATOR = { 'x-actor': 'kp-zhang', 'x-actor-role': 'EVALUATION_STAFF' };
const COUNTY = { 'x-actor': 'sx-li', 'x-actor-role': 'COUNTY_CHIEF' };

describe('monthly problem lists (问题清单)', () => {
  let t: TestApp;
  let today: jest.SpyInstance;
  const list = async (vars: Record<string, unknown> = {}) =>
    (await t.ok(LIST, { countyId: 'county-sx', month: '2026-05', ...vars })).problemList;
  const problem = async (id: string) => (await t.ok(PROBLEM, { id })).problem;
  /** Runs a mutation as someone, failing the test on any error; returns its payload. */
  const as = async (headers: Record<string, string>, mutation: string, input: Record<string, unknown>) => {
    const res = await t.gql(mutation, { input }, headers);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return Object.values(res.data!)[0] as Record<string, any>;
  };
  const error = async (mutation: string, input: Record<string, unknown>) => (await t.gql(mutation, { input })).errors?.[0];

  beforeAll(async () => {
    t = await startTestApp();
    today = jest.spyOn(t.app.get(Clock), 'today').mockReturnValue(TODAY);
    await buildSmallCity(t);
    const chiefs = [
      { chiefId: 'cc-sx', name: '沙县局长', role: 'COUNTY_CHIEF', unitId: 'county-sx' },
      { chiefId: 'cc-dt', name: '大田局长', role: 'COUNTY_CHIEF', unitId: 'county-dt' },
      { chiefId: 'leader-1', name: '郑局长', role: 'BUREAU_LEADER', unitId: 'city' },
    ];
    for (const c of chiefs) await t.ok(APPOINT, { input: { ...c, effectiveFrom: '2024-01-01' } });
    await t.ok(LINK, { input: { chiefId: 'leader-1', countyIds: ['county-sx'], effectiveFrom: '2024-01-01' } });
    // 沙县: one case in May 2025, two in May 2026 (up 100% year on year).
    await t.ok(FILE_CASE, { input: { unitId: 'st-a', caseId: 'AJ-2025', fraudType: 'LOAN', loss: '1000', occurredAt: at('2025-05-06') } });
    await t.ok(FILE_CASE, {
      input: { unitId: 'st-a', caseId: 'AJ-1', fraudType: 'INVESTMENT', loss: '5000', occurredAt: at('2026-05-03') },
    });
    await t.ok(FILE_CASE, { input: { unitId: 'st-a', caseId: 'AJ-2', fraudType: 'LOAN', loss: '2000', occurredAt: at('2026-05-08') } });
    // 虬江: two warnings, one met face to face in time, one phoned after its deadline: 50% face to face.
    await t.ok(RECEIVE, {
      input: {
        unitId: 'st-b',
        instructionId: 'YJ-1',
        kind: 'FUND',
        occurredAt: at('2026-05-04', '09:00'),
        deadline: at('2026-05-04', '21:00'),
      },
    });
    await t.ok(CONTACT, {
      input: { unitId: 'st-b', instructionId: 'YJ-1', method: 'FACE_TO_FACE', occurredAt: at('2026-05-04', '10:00') },
    });
    await t.ok(RECEIVE, {
      input: {
        unitId: 'st-b',
        instructionId: 'YJ-2',
        kind: 'CALL',
        occurredAt: at('2026-05-05', '09:00'),
        deadline: at('2026-05-05', '12:00'),
      },
    });
    await t.ok(CONTACT, { input: { unitId: 'st-b', instructionId: 'YJ-2', method: 'PHONE', occurredAt: at('2026-05-05', '15:00') } });
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await t.close();
  });

  let adopted: string;
  let manual: string;
  let fromVisit: string;

  it("suggests candidates from the month's figures so far, each with a stable key, Chinese texts and its evidence", async () => {
    const may = await list();
    expect(may).toMatchObject({ countyId: 'county-sx', countyName: '沙县分局', month: '2026-05', monthLabel: '2026年5月', problems: [] });
    expect(may.candidates.map((c: any) => c.key)).toEqual([
      CASES_UP,
      'FACE_TO_FACE_BELOW_TARGET:county-sx:2026-05',
      'BOTTOM_OF_RANKING:county-sx:2026-05',
      'WARNINGS_PAST_DEADLINE:st-b:2026-05',
      'BOTTOM_OF_RANKING:st-b:2026-05',
      'BOTTOM_OF_RANKING:st-a:2026-05',
    ]);
    const [cases, faceToFace] = may.candidates;
    expect(cases).toMatchObject({
      rule: 'CASES_UP_YEAR_ON_YEAR',
      ruleLabel: '发案同比上升',
      unitId: 'county-sx',
      unitName: '沙县分局',
      title: '沙县分局发案同比上升',
      description: '2026年5月沙县分局发案2起，去年同期1起，同比+100.0%',
      ratio: { numerator: 2, denominator: 1, percent: '200.0' },
      evidence: { unitId: 'county-sx', rank: 2, indicators: { cases: 2 } },
    });
    expect(cases.evidence.summary).toContain('2026年5月 沙县分局：得分');
    expect(faceToFace.description).toBe('2026年5月沙县分局接收预警指令2条，见面1条，见面率50.0%，低于目标90.0%');
    expect(may.candidates[3]).toMatchObject({
      unitName: '虬江派出所',
      description: '2026年5月虬江派出所有1条预警指令超过时限才见面/联系（共接收2条）',
    });
  });

  it('compares the face-to-face rate with the target given', async () => {
    const keys = async (target: number) => (await list({ target })).candidates.map((c: any) => c.rule);
    expect(await keys(0.5)).not.toContain('FACE_TO_FACE_BELOW_TARGET');
    expect(await keys(0.5001)).toContain('FACE_TO_FACE_BELOW_TARGET');
    expect((await t.gql(LIST, { countyId: 'county-sx', month: '2026-05', target: 1.5 })).errors?.[0].message).toBe(
      '输入有误：faceToFaceTarget：目标比率须大于 0 且不超过 1，最多 4 位小数，例如 0.9；实际为 1.5 / ' +
        'Invalid input: faceToFaceTarget: the target must be a rate above 0 and at most 1 with at most 4 decimals, e.g. 0.9; got 1.5',
    );
  });

  it('adopts a candidate: it goes on the list as 第1项 with its evidence frozen, and leaves the candidates', async () => {
    const res = await as(EVALUATOR, ADOPT, { ...OWNER, candidateKey: CASES_UP, idempotencyKey: 'PL-SX-05-1' });
    adopted = res.problemId;
    expect(res).toMatchObject({ problemId: res.eventIds[0], duplicate: false });
    const resend = await as(EVALUATOR, ADOPT, { ...OWNER, candidateKey: CASES_UP, idempotencyKey: 'PL-SX-05-1' });
    expect(resend).toMatchObject({ problemId: adopted, duplicate: true });

    const may = await list();
    expect(may.candidates.map((c: any) => c.key)).not.toContain(CASES_UP);
    expect(may.problems).toHaveLength(1);
    expect(may.problems[0]).toMatchObject({
      problemId: adopted,
      number: 1,
      unitId: 'county-sx',
      unitName: '沙县分局',
      title: '沙县分局发案同比上升',
      status: 'RAISED',
      statusLabel: '待整改',
      overdue: false,
      deadline: '2026-05-31',
      origin: { kind: 'CANDIDATE', kindLabel: '系统生成', candidateKey: CASES_UP, rule: 'CASES_UP_YEAR_ON_YEAR', visitId: null },
      owner: { chiefId: 'cc-sx', name: '沙县局长', role: 'COUNTY_CHIEF', roleLabel: '县局局长', unitId: 'county-sx' },
      evidence: { unitId: 'county-sx', period: { label: '2026年5月' }, indicators: { cases: 2 }, lastYear: { cases: 1 } },
      history: [
        {
          step: 'ProblemRaised',
          stepLabel: '提出问题',
          stage: 'RAISED',
          stageLabel: '待整改',
          note: '沙县分局发案同比上升',
          references: [],
          by: { subject: 'kp-zhang', role: 'EVALUATION_STAFF' },
        },
      ],
    });

    // A later case changes the figures, not the evidence the problem was raised on.
    await t.ok(FILE_CASE, { input: { unitId: 'st-a', caseId: 'AJ-3', fraudType: 'LOAN', loss: '100', occurredAt: at('2026-05-14') } });
    expect((await problem(adopted)).evidence.indicators.cases).toBe(2);

    const again = await error(ADOPT, { ...OWNER, candidateKey: CASES_UP });
    expect(again).toMatchObject({
      message:
        '输入有误：candidateKey：该问题已列入县局 county-sx 2026-05 问题清单第1项 / Invalid input: candidateKey: this is already on the 2026-05 list of county county-sx as 第1项',
    });
  });

  it('raises a problem by hand, about the station its evidence cites', async () => {
    const evidence = { unitId: 'st-b', period: { kind: 'MONTH', day: '2026-05-01' } };
    manual = (
      await as(EVALUATOR, RAISE, {
        ...OWNER,
        ownerChiefId: 'chief-st-b',
        title: '反诈宣传不到位',
        description: '城区宣传覆盖不足',
        evidence,
      })
    ).problemId;
    expect(await problem(manual)).toMatchObject({
      number: 2,
      unitId: 'st-b',
      unitName: '虬江派出所',
      title: '反诈宣传不到位',
      description: '城区宣传覆盖不足',
      origin: { kind: 'MANUAL', kindLabel: '人工提出' },
      owner: { chiefId: 'chief-st-b', name: '陈志强', roleLabel: '所队长(防区长)' },
      evidence: { unitId: 'st-b', period: { label: '2026年5月' } },
    });
  });

  it('raises a point of a visit, linked to the visit', async () => {
    const { visitId } = (
      await t.ok(VISIT, {
        input: { chiefId: 'leader-1', countyId: 'county-sx', day: '2026-05-12', points: [{ text: '预警超时处置', stationId: 'st-b' }] },
      })
    ).recordSupervisionVisit;
    fromVisit = (await as(EVALUATOR, FROM_VISIT, { ...OWNER, deadline: '2026-05-20', visitId, pointNumber: 1 })).problemId;
    expect(await problem(fromVisit)).toMatchObject({
      number: 3,
      unitId: 'st-b',
      title: '预警超时处置',
      description: '2026-05-12 郑局长督导点题（第1点）：预警超时处置',
      evidence: null,
      origin: { kind: 'VISIT_POINT', kindLabel: '督导点题', visitId, pointNumber: 1, visitDay: '2026-05-12' },
    });
    expect(await error(FROM_VISIT, { ...OWNER, visitId, pointNumber: 1 })).toMatchObject({
      message:
        '输入有误：pointNumber：该问题已列入县局 county-sx 2026-05 问题清单第3项 / Invalid input: pointNumber: this is already on the 2026-05 list of county county-sx as 第3项',
    });
    expect(await error(FROM_VISIT, { ...OWNER, visitId, pointNumber: 2 })).toMatchObject({
      message: `输入有误：pointNumber：旬督导记录 ${visitId} 共点题 1 项，没有第 2 项 / Invalid input: pointNumber: visit ${visitId} raised 1 point(s); there is no point 2`,
    });
    expect(await error(FROM_VISIT, { ...OWNER, visitId: 'no-such-visit', pointNumber: 1 })).toMatchObject({
      extensions: { code: 'NOT_FOUND', field: 'visitId' },
    });
  });

  it('takes a problem through rectification; a refused verification sends it back with the reason', async () => {
    await as(COUNTY, START, { problemId: adopted, plan: '逐案复盘, 加强宣传' });
    expect(await problem(adopted)).toMatchObject({ status: 'RECTIFYING', statusLabel: '整改中', plan: '逐案复盘, 加强宣传' });
    await as(COUNTY, REPORT, { problemId: adopted, text: '已开展宣传12场', references: ['沙公〔2026〕18号'] });
    expect(await problem(adopted)).toMatchObject({
      status: 'RECTIFIED',
      statusLabel: '已整改待核验',
      rectification: { text: '已开展宣传12场', references: ['沙公〔2026〕18号'] },
    });
    await as(EVALUATOR, REFUSE, { problemId: adopted, reason: '缺少发案下降的佐证' });
    expect(await problem(adopted)).toMatchObject({ status: 'RECTIFYING', refusalReason: '缺少发案下降的佐证' });
    await as(COUNTY, REPORT, { problemId: adopted, text: '补充佐证: 5月下旬未发案' });
    await as(EVALUATOR, VERIFY, { problemId: adopted, note: '核验属实' });

    const done = await problem(adopted);
    expect(done).toMatchObject({
      status: 'VERIFIED',
      statusLabel: '已核验销号',
      overdue: false,
      rectification: { text: '补充佐证: 5月下旬未发案', references: [] },
    });
    expect(done.history.map((h: any) => [h.stepLabel, h.stageLabel, h.note, h.by.subject])).toEqual([
      ['提出问题', '待整改', '沙县分局发案同比上升', 'kp-zhang'],
      ['提交整改方案', '整改中', '逐案复盘, 加强宣传', 'sx-li'],
      ['报告整改完成', '已整改待核验', '已开展宣传12场', 'sx-li'],
      ['核验不通过', '整改中', '缺少发案下降的佐证', 'kp-zhang'],
      ['报告整改完成', '已整改待核验', '补充佐证: 5月下旬未发案', 'sx-li'],
      ['核验销号', '已核验销号', '核验属实', 'kp-zhang'],
    ]);
    expect(done.history[2].references).toEqual(['沙公〔2026〕18号']);
  });

  it('refuses a step out of order, naming the current status in Chinese and English', async () => {
    expect(await error(VERIFY, { problemId: manual })).toMatchObject({
      message:
        `输入有误：problemId：问题清单第2项（${manual}）当前为待整改，只有已整改待核验的问题才能核验销号 / ` +
        `Invalid input: problemId: problem 第2项 (${manual}) is RAISED (待整改); verification (核验销号) needs RECTIFIED (已整改待核验)`,
    });
    expect(await error(START, { problemId: adopted, plan: '再来一次' })).toMatchObject({
      message: expect.stringContaining('is VERIFIED (已核验销号)'),
    });
    expect((await problem(manual)).history).toHaveLength(1);
  });

  it('shows a problem overdue once its deadline has passed, unless it was rectified', async () => {
    today.mockReturnValue('2026-05-21');
    try {
      const byNumber = Object.fromEntries((await list()).problems.map((p: any) => [p.number, [p.status, p.statusLabel, p.overdue]]));
      expect(byNumber).toEqual({
        1: ['VERIFIED', '已核验销号', false],
        2: ['RAISED', '待整改', false],
        3: ['OVERDUE', '逾期（待整改）', true],
      });
      await as(COUNTY, START, { problemId: fromVisit, plan: '逐条倒查超时原因' });
      expect(await problem(fromVisit)).toMatchObject({ status: 'OVERDUE', statusLabel: '逾期（整改中）', overdue: true });
      await as(COUNTY, REPORT, { problemId: fromVisit, text: '已倒查' });
      expect(await problem(fromVisit)).toMatchObject({ status: 'RECTIFIED', overdue: false });
    } finally {
      today.mockReturnValue(TODAY);
    }
    expect((await problem(manual)).status).toBe('RAISED');
  });

  describe('bad input names the field and changes nothing', () => {
    afterEach(async () => {
      expect((await list()).problems).toHaveLength(3);
    });

    it.each([
      [
        'an unknown owner',
        ADOPT,
        { ...OWNER, ownerChiefId: 'nobody', candidateKey: 'BOTTOM_OF_RANKING:st-a:2026-05' },
        '六长 "nobody" 不存在 / chief "nobody" does not exist',
        'ownerChiefId',
      ],
      [
        'an owner of another county',
        ADOPT,
        { ...OWNER, ownerChiefId: 'cc-dt', candidateKey: 'BOTTOM_OF_RANKING:st-a:2026-05' },
        '输入有误：ownerChiefId：六长 cc-dt（县局局长，county-dt）不属于县局 county-sx 或其下属派出所 / ' +
          'Invalid input: ownerChiefId: chief cc-dt (县局局长, county-dt) is not a chief of county county-sx or of its stations',
        'ownerChiefId',
      ],
      [
        'a city chief as owner',
        RAISE,
        { ...OWNER, ownerChiefId: 'leader-1', title: 'a', description: 'b' },
        'is not a chief of county county-sx',
        'ownerChiefId',
      ],
      [
        'a deadline before today',
        ADOPT,
        { ...OWNER, deadline: '2026-05-14', candidateKey: 'BOTTOM_OF_RANKING:st-a:2026-05' },
        '输入有误：deadline：整改期限 2026-05-14 早于今天（2026-05-15） / Invalid input: deadline: the deadline 2026-05-14 is before today (2026-05-15)',
        'deadline',
      ],
      [
        'an unknown candidate',
        ADOPT,
        { ...OWNER, candidateKey: 'BOTTOM_OF_RANKING:st-c:2026-05' },
        '输入有误：candidateKey：候选问题 "BOTTOM_OF_RANKING:st-c:2026-05" 不在县局 county-sx 2026-05 的当前候选问题之列 / ' +
          'Invalid input: candidateKey: "BOTTOM_OF_RANKING:st-c:2026-05" is not among the current candidates of county county-sx for 2026-05',
        'candidateKey',
      ],
      [
        'a month not begun',
        RAISE,
        { ...OWNER, month: '2026-06', title: 'a', description: 'b' },
        '输入有误：month：月份 2026-06 尚未开始（今天是 2026-05-15） / Invalid input: month: the month 2026-06 has not begun (today is 2026-05-15)',
        'month',
      ],
      [
        'a malformed month',
        RAISE,
        { ...OWNER, month: '2026-5', title: 'a', description: 'b' },
        '输入有误：input.month：月份须为 YYYY-MM 格式，例如 "2026-05" / Invalid input: input.month: month must be YYYY-MM, e.g. "2026-05"',
        'input.month',
      ],
      [
        'a station as the county',
        RAISE,
        { ...OWNER, countyId: 'st-a', title: 'a', description: 'b' },
        '输入有误：countyId：单位 st-a 是派出所，旬督导和问题清单须指定县局 / Invalid input: countyId: unit "st-a" is a STATION; visits and problem lists are kept per county',
        'countyId',
      ],
      [
        'an empty title',
        RAISE,
        { ...OWNER, title: '', description: 'b' },
        '输入有误：input.title：title 不能为空 / Invalid input: input.title: title must not be empty',
        'input.title',
      ],
      [
        'evidence of another county',
        RAISE,
        { ...OWNER, title: 'a', description: 'b', evidence: { unitId: 'st-c', period: { kind: 'MONTH', day: '2026-05-01' } } },
        '输入有误：evidence.unitId：数据依据是 st-c 的，既不是县局 county-sx，也不是其下属派出所 / ' +
          'Invalid input: evidence.unitId: the evidence is about st-c, which is neither county county-sx nor one of its stations',
        'evidence.unitId',
      ],
    ])('refuses %s', async (_what, mutation, input, message, field) => {
      const problemFields = (e: any) => e.extensions.problems?.map((p: any) => p.field) ?? [e.extensions.field];
      const refused = await error(mutation, input);
      expect(refused?.message).toContain(message);
      expect(problemFields(refused)).toEqual([field]);
    });

    it('refuses an empty plan naming the field, and a chief an unknown problem, which cannot be shown to be his', async () => {
      expect((await error(START, { problemId: manual, plan: '' }))?.message).toBe(
        '输入有误：input.plan：plan 不能为空 / Invalid input: input.plan: plan must not be empty',
      );
      const unknown = await error(START, { problemId: 'no-such-problem', plan: 'p' });
      expect(unknown).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
      expect(unknown?.message).toMatch(
        /^无权限：Mutation\.\w+：问题清单事项 no-such-problem 不存在，不能确认属于本令牌所辖单位（\S+） \/ Not allowed: /,
      );
      expect(unknown?.message).toContain('problem no-such-problem not found');
    });

    it('refuses a problem list of a month not begun or of a unit that is no county', async () => {
      expect((await t.gql(LIST, { countyId: 'county-sx', month: '2026-06' })).errors?.[0].message).toBe(
        '输入有误：month：月份 2026-06 尚未开始（今天是 2026-05-15） / Invalid input: month: the month 2026-06 has not begun (today is 2026-05-15)',
      );
      expect((await t.gql(LIST, { countyId: 'nowhere', month: '2026-05' })).errors?.[0]).toMatchObject({
        extensions: { code: 'NOT_FOUND', field: 'countyId' },
      });
    });
  });
});
