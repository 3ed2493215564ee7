import { Clock } from '../src/common/clock';
import { EventStore } from '../src/event-store/event-store.port';
import { InterviewsReader } from '../src/supervision/interviews/queries/interviews.reader';
import { buildSmallCity } from './support/small-city';
import { TestApp, startTestApp } from './support/test-app';

const APPOINT = `mutation($input: AppointChiefInput!) { appointChief(input: $input) { streamId } }`;
const ALERT = `mutation($input: ReceiveFraudAlertInput!) { receiveFraudAlert(input: $input) { projected } }`;
const ORDER = `mutation($input: OrderInterviewInput!) { orderInterview(input: $input) { streamId duplicate } }`;
const SCHEDULE = `mutation($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { streamId } }`;
const CANCEL = `mutation($input: CancelInterviewInput!) { cancelInterview(input: $input) { streamId } }`;
const HOLD = `mutation($input: HoldInterviewInput!) { holdInterview(input: $input) { streamId } }`;
const CHECK = `mutation($input: CheckInterviewFollowUpInput!) { checkInterviewFollowUp(input: $input) { streamId } }`;
const CLOSE = `mutation($input: CloseInterviewInput!) { closeInterview(input: $input) { streamId } }`;

const FIELDS = `interviewId status statusLabel overdue unitId countyId reason orderedOn heldAt attendees cancelReason closedOn conclusion allMet
  target { kind label unitId unitName chief { name roleLabel } industry organization personTitle personName }
  orderedBy { chiefId name role roleLabel } evidence { unitId period { label } indicators { alerts } summary }
  escalatedFrom { kind kindLabel id } schedule { at place interviewer }
  requirements { number text deadline met notes checkedOn overdue }
  history { type label summary occurredAt recordedBy recordedByRole }`;
const INTERVIEW = `query($id: ID!) { interview(interviewId: $id) { ${FIELDS} } }`;
const INTERVIEWS = `query($countyId: ID, $unitId: ID, $status: InterviewStatus) {
  interviews(countyId: $countyId, unitId: $unitId, status: $status) { interviewId status } }`;

const EVIDENCE = { unitId: 'county-sx', period: { kind: 'MONTH', day: '2026-03-01' } };
const ORDER_YT1 = {
  interviewId: 'YT-1',
  unit: { unitId: 'county-sx', chiefId: 'cc-sx' },
  orderedBy: 'leader-1',
  reason: '3月警情同比上升',
  evidence: EVIDENCE,
  escalatedFrom: { kind: 'LETTER', id: 'TSH-2026-3' },
  schedule: { at: '2026-04-03T09:30:00+08:00', place: '市局三楼会议室', interviewer: '郑局长' },
};

describe('interviews (约谈)', () => {
  let t: TestApp;
  let today: jest.SpyInstance<string, []>;
  const setToday = (day: string) => today.mockReturnValue(day);
  /** Records a step as kp-zhang, in a role the policy table allows it; fails on any error. */
  const act = async (mutation: string, input: Record<string, unknown>) => {
    const res = await t.gql(mutation, { input }, { 'x-actor': 'kp-zhang' });
    if (res.errors) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
    return res.data!;
  };
  const read = async (id: string) => (await t.ok(INTERVIEW, { id })).interview;
  const list = async (filter: Record<string, string>) =>
    (await t.ok(INTERVIEWS, filter)).interviews.map((i: { interviewId: string; status: string }) => [i.interviewId, i.status]);
  const problem = async (mutation: string, input: Record<string, unknown>) => (await t.gql(mutation, { input })).errors?.[0];

  beforeAll(async () => {
    t = await startTestApp();
    await buildSmallCity(t);
    for (const c of [
      { chiefId: 'cc-sx', name: '沙县局长', role: 'COUNTY_CHIEF', unitId: 'county-sx' },
      { chiefId: 'leader-1', name: '郑局长', role: 'BUREAU_LEADER', unitId: 'city' },
    ])
      await t.ok(APPOINT, { input: { ...c, effectiveFrom: '2024-01-01' } });
    await t.ok(ALERT, { input: { unitId: 'st-a', alertId: 'JQ-1', fraudType: 'ORDER_BRUSHING', occurredAt: '2026-03-05T10:00:00+08:00' } });
    today = jest.spyOn(t.app.get(Clock), 'today').mockReturnValue('2026-04-01');
  });
  afterAll(async () => {
    today.mockRestore();
    await t.close();
  });

  it('takes an interview of a county chief from the order through a reschedule, overdue requirements and follow-up to closing', async () => {
    setToday('2026-04-01');
    await act(ORDER, ORDER_YT1);
    let yt1 = await read('YT-1');
    expect(yt1).toMatchObject({
      status: 'SCHEDULED',
      statusLabel: '已安排',
      overdue: false,
      unitId: 'county-sx',
      countyId: 'county-sx',
      orderedOn: '2026-04-01',
      target: { kind: 'UNIT', label: '沙县分局 县局局长沙县局长', chief: { name: '沙县局长', roleLabel: '县局局长' } },
      orderedBy: { chiefId: 'leader-1', name: '郑局长', role: 'BUREAU_LEADER', roleLabel: '局领导' },
      evidence: { unitId: 'county-sx', period: { label: '2026年3月' }, indicators: { alerts: 1 } },
      escalatedFrom: { kind: 'LETTER', kindLabel: '工作提示函', id: 'TSH-2026-3' },
      schedule: { at: '2026-04-03T09:30:00+08:00', place: '市局三楼会议室', interviewer: '郑局长' },
      requirements: [],
    });
    expect(yt1.evidence.summary).toContain('2026年3月 沙县分局');

    const later = { ...ORDER_YT1.schedule, at: '2026-04-07T09:30:00+08:00' };
    expect((await problem(SCHEDULE, { interviewId: 'YT-1', schedule: later }))?.message).toBe(
      '输入有误：reason：约谈 YT-1 已安排，改期须说明原因 / Invalid input: reason: interview YT-1 is already scheduled; rescheduling it needs a reason',
    );
    await act(SCHEDULE, { interviewId: 'YT-1', schedule: later, reason: '局长参加省厅会议' });

    setToday('2026-04-07');
    await act(HOLD, {
      interviewId: 'YT-1',
      heldAt: '2026-04-07T10:00:00+08:00',
      attendees: ['沙县局长', '分管副局长'],
      requirements: [
        { text: '十日内完成高风险人群见面核查', deadline: '2026-04-17' },
        { text: '月底前见面率达到95%', deadline: '2026-04-30' },
      ],
    });
    expect(await read('YT-1')).toMatchObject({
      status: 'HELD',
      statusLabel: '已约谈',
      overdue: false,
      attendees: ['沙县局长', '分管副局长'],
    });

    setToday('2026-04-18');
    yt1 = await read('YT-1');
    expect(yt1).toMatchObject({ status: 'OVERDUE', statusLabel: '逾期', overdue: true });
    expect(yt1.requirements.map((r: { number: number; overdue: boolean }) => [r.number, r.overdue])).toEqual([
      [1, true],
      [2, false],
    ]);
    expect(await list({ status: 'OVERDUE' })).toEqual([['YT-1', 'OVERDUE']]);

    await act(CHECK, { interviewId: 'YT-1', results: [{ requirement: 1, met: true, notes: '已见面核查312人' }] });
    expect(await read('YT-1')).toMatchObject({ status: 'HELD', overdue: false });

    setToday('2026-05-02');
    expect((await read('YT-1')).status).toBe('OVERDUE');
    await act(CHECK, { interviewId: 'YT-1', results: [{ requirement: 2, met: false, notes: '见面率92.1%' }] });
    expect(await read('YT-1')).toMatchObject({ status: 'FOLLOWED_UP', statusLabel: '已回访核查', overdue: false });

    await act(CLOSE, { interviewId: 'YT-1', conclusion: '见面率未达标, 转挂牌整治' });
    yt1 = await read('YT-1');
    expect(yt1).toMatchObject({
      status: 'CLOSED',
      statusLabel: '已结案',
      closedOn: '2026-05-02',
      allMet: false,
      conclusion: '见面率未达标, 转挂牌整治',
    });
    expect(yt1.requirements).toEqual([
      {
        number: 1,
        text: '十日内完成高风险人群见面核查',
        deadline: '2026-04-17',
        met: true,
        notes: '已见面核查312人',
        checkedOn: '2026-04-18',
        overdue: false,
      },
      {
        number: 2,
        text: '月底前见面率达到95%',
        deadline: '2026-04-30',
        met: false,
        notes: '见面率92.1%',
        checkedOn: '2026-05-02',
        overdue: false,
      },
    ]);
    expect(yt1.history.map((s: { label: string }) => s.label)).toEqual(['决定约谈', '改期', '约谈', '回访核查', '回访核查', '结案']);
    expect(yt1.history[0].summary).toBe(
      '局领导郑局长决定约谈沙县分局 县局局长沙县局长：3月警情同比上升；由工作提示函TSH-2026-3升级；定于2026年4月3日 09:30 在市局三楼会议室，约谈人郑局长',
    );
    expect(yt1.history[1].summary).toBe(
      '由2026年4月3日 09:30改至2026年4月7日 09:30 在市局三楼会议室，约谈人郑局长；原因：局长参加省厅会议',
    );
    expect(yt1.history[2]).toMatchObject({
      type: 'InterviewHeld',
      occurredAt: '2026-04-07T10:00:00+08:00',
      recordedBy: 'kp-zhang',
      recordedByRole: 'EVALUATION_STAFF',
    });
    expect(yt1.history[4].summary).toBe('要求2未落实（见面率92.1%）');
  });

  it('orders an industry interview without a schedule, schedules it and cancels it; a cancelled interview is not held', async () => {
    setToday('2026-04-10');
    await act(ORDER, {
      interviewId: 'YT-2',
      industry: { industry: 'BANK', organization: '农商银行沙县支行', personTitle: '行长', personName: '李某' },
      orderedBy: 'cc-sx',
      reason: '辖区涉诈账户开户集中',
      evidence: { unitId: 'st-a', period: { kind: 'MONTH', day: '2026-03-01' } },
    });
    expect(await read('YT-2')).toMatchObject({
      status: 'ORDERED',
      statusLabel: '待安排',
      unitId: 'st-a',
      countyId: 'county-sx',
      schedule: null,
      escalatedFrom: null,
      target: { kind: 'INDUSTRY', label: '银行 农商银行沙县支行 行长李某', industry: 'BANK', unitId: null, chief: null },
    });
    const hold = {
      interviewId: 'YT-2',
      heldAt: '2026-04-10T10:00:00+08:00',
      attendees: ['李某'],
      requirements: [{ text: '排查涉诈账户', deadline: '2026-04-30' }],
    };
    expect((await problem(HOLD, hold))?.message).toBe(
      '输入有误：interviewId：约谈 YT-2 当前为待安排，不能记录实施 / Invalid input: interviewId: interview YT-2 is 待安排 (ORDERED) and cannot be held',
    );

    await act(SCHEDULE, { interviewId: 'YT-2', schedule: { at: '2026-04-12T15:00:00+08:00', place: '沙县分局', interviewer: '沙县局长' } });
    await act(CANCEL, { interviewId: 'YT-2', reason: '该行已主动整改' });
    const yt2 = await read('YT-2');
    expect(yt2).toMatchObject({ status: 'CANCELLED', statusLabel: '已取消', cancelReason: '该行已主动整改' });
    expect(yt2.history.map((s: { label: string; summary: string }) => [s.label, s.summary])).toEqual([
      ['决定约谈', '县局局长沙县局长决定约谈银行 农商银行沙县支行 行长李某：辖区涉诈账户开户集中'],
      ['安排', '定于2026年4月12日 15:00 在沙县分局，约谈人沙县局长'],
      ['取消', '原因：该行已主动整改'],
    ]);
    expect((await problem(HOLD, hold))?.message).toContain('interview YT-2 is 已取消 (CANCELLED) and cannot be held');
    expect(
      (
        await problem(SCHEDULE, {
          interviewId: 'YT-2',
          schedule: { at: '2026-04-20T15:00:00+08:00', place: 'x', interviewer: 'y' },
          reason: '再约',
        })
      )?.message,
    ).toContain('cannot be scheduled');
  });

  it('lists by county, unit and status, and counts by county and status for the overview', async () => {
    setToday('2026-05-02');
    expect(await list({ countyId: 'county-sx' })).toEqual([
      ['YT-2', 'CANCELLED'],
      ['YT-1', 'CLOSED'],
    ]);
    expect(await list({ unitId: 'st-a' })).toEqual([['YT-2', 'CANCELLED']]);
    expect(await list({ status: 'CANCELLED' })).toEqual([['YT-2', 'CANCELLED']]);
    expect(await list({ countyId: 'county-dt' })).toEqual([]);
    const counts = t.app.get(InterviewsReader);
    expect(await counts.countByCountyAndStatus('2026-04-01', '2026-04-30')).toEqual([
      { countyId: 'county-sx', status: 'CANCELLED', count: 1 },
      { countyId: 'county-sx', status: 'CLOSED', count: 1 },
    ]);
    expect(await counts.countByCountyAndStatus('2026-04-02', '2026-04-30')).toEqual([
      { countyId: 'county-sx', status: 'CANCELLED', count: 1 },
    ]);
  });

  it('records a resend once', async () => {
    setToday('2026-05-02');
    const input = { ...ORDER_YT1, interviewId: 'YT-3', schedule: null, idempotencyKey: 'order-YT-3' };
    expect((await act(ORDER, input)).orderInterview.duplicate).toBe(false);
    expect((await act(ORDER, input)).orderInterview.duplicate).toBe(true);
    expect((await read('YT-3')).history).toHaveLength(1);
  });

  it('refuses bad input, naming the field, and records nothing', async () => {
    setToday('2026-05-02');
    const store = t.app.get(EventStore);
    const before = await store.headPosition();
    const order = (change: Record<string, unknown>) => problem(ORDER, { ...ORDER_YT1, interviewId: 'YT-9', ...change });
    expect((await order({ industry: { industry: 'BANK', organization: 'o', personTitle: 't', personName: 'n' } }))?.message).toBe(
      '输入有误：input.industry：约谈对象只能填写 unit 或 industry 之一，不能同时填写 / Invalid input: input.industry: give either unit or industry, not both',
    );
    expect((await order({ unit: undefined }))?.message).toBe(
      '输入有误：input.unit：须填写约谈的单位（unit）或行业（industry） / Invalid input: input.unit: give the unit or the industry interviewed',
    );
    expect(await order({ unit: { unitId: 'nowhere' } })).toMatchObject({
      message: '单位 "nowhere" 不存在 / unit "nowhere" does not exist',
      extensions: { code: 'NOT_FOUND', field: 'input.unit.unitId' },
    });
    expect((await order({ unit: { unitId: 'city' } }))?.message).toContain('input.unit.unitId: unit "city" is a CITY');
    expect((await order({ unit: { unitId: 'county-sx', chiefId: 'chief-st-a' } }))?.message).toBe(
      '输入有误：input.unit.chiefId：林建国不是沙县分局的六长 / Invalid input: input.unit.chiefId: 林建国 is not a chief of 沙县分局',
    );
    expect((await order({ orderedBy: 'chief-st-a' }))?.message).toContain('input.orderedBy: 林建国 is a station chief');
    expect(await order({ orderedBy: 'nobody' })).toMatchObject({ extensions: { code: 'NOT_FOUND', field: 'input.orderedBy' } });
    expect(await order({ evidence: { ...EVIDENCE, unitId: 'nowhere' } })).toMatchObject({ extensions: { field: 'input.evidence.unitId' } });
    expect((await order({ schedule: { ...ORDER_YT1.schedule, at: '2026-05-01T09:00:00+08:00' } }))?.message).toBe(
      '输入有误：schedule.at：约谈不能安排在已过去的日期（2026-05-01，今天是 2026-05-02） / ' +
        'Invalid input: schedule.at: an interview cannot be scheduled for a day already past (2026-05-01; today is 2026-05-02)',
    );
    expect((await order({ reason: '' }))?.message).toBe(
      '输入有误：input.reason：reason 不能为空 / Invalid input: input.reason: reason must not be empty',
    );
    expect((await order({ escalatedFrom: { kind: 'RUMOUR', id: 'x' } }))?.message).toMatch(/escalatedFrom.*InterviewEscalationSource/);
    expect(await problem(CHECK, { interviewId: 'YT-404', results: [{ requirement: 1, met: true, notes: 'x' }] })).toMatchObject({
      message: '约谈 "YT-404" 不存在 / interview "YT-404" does not exist',
      extensions: { code: 'NOT_FOUND', field: 'input.interviewId' },
    });
    expect((await problem(CHECK, { interviewId: 'YT-1', results: [{ requirement: 0, met: true, notes: 'x' }] }))?.message).toBe(
      '输入有误：input.results.0.requirement：requirement 不能小于 1 / Invalid input: input.results.0.requirement: requirement must not be less than 1',
    );
    expect(await store.headPosition()).toBe(before);
  });
});
