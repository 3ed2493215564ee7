import { Clock } from '../src/common/clock';
import { buildSmallCity } from './support/small-city';
import { TestApp, startTestApp } from './support/test-app';

const APPOINT = `mutation($input: AppointChiefInput!) { appointChief(input: $input) { streamId } }`;
const LINK = `mutation($input: LinkCityChiefInput!) { linkCityChief(input: $input) { streamId } }`;
const RECORD = `mutation($input: RecordSupervisionVisitInput!) { recordSupervisionVisit(input: $input) { visitId eventIds duplicate projected } }`;
const VISITS = `query($day: Day, $countyId: ID, $chiefId: ID) { supervisionVisits(day: $day, countyId: $countyId, chiefId: $chiefId) {
  visitId chiefId chiefName chiefRole chiefRoleLabel countyId countyName day dekad { from to label }
  points { number text stationId stationName } recordedBy { subject role } } }`;
const COVERAGE = `query($day: Day, $chiefId: ID, $unvisitedOnly: Boolean) { dekadSupervision(day: $day, chiefId: $chiefId, unvisitedOnly: $unvisitedOnly) {
  dekad { from to label } unvisited
  chiefs { chiefId name roleLabel unvisited counties { countyId countyName status statusLabel visitDays } } } }`;

const TODAY = '2026-05-15';

describe('dekad supervision visits (旬督导)', () => {
  let t: TestApp;
  const record = (input: Record<string, unknown>, headers: Record<string, string> = {}) => t.gql(RECORD, { input }, headers);
  const visit = (extra: Record<string, unknown> = {}) => ({
    chiefId: 'leader-1',
    countyId: 'county-sx',
    day: '2026-05-12',
    points: [{ text: '见面率偏低, 要求逐条见面' }, { text: '虬江防区预警超时', stationId: 'st-b' }],
    ...extra,
  });
  const coverage = async (vars: Record<string, unknown> = {}) => (await t.ok(COVERAGE, vars)).dekadSupervision;
  const visits = async (vars: Record<string, unknown> = {}) => (await t.ok(VISITS, vars)).supervisionVisits;
  const unvisited = async () =>
    (await coverage({ unvisitedOnly: true })).chiefs.map((c: any) => [c.chiefId, c.counties.map((k: any) => k.countyId)]);

  beforeAll(async () => {
    t = await startTestApp();
    jest.spyOn(t.app.get(Clock), 'today').mockReturnValue(TODAY);
    await buildSmallCity(t);
    const chiefs = [
      { chiefId: 'leader-1', name: '郑局长', role: 'BUREAU_LEADER', unitId: 'city' },
      { chiefId: 'senior-1', name: '何警长', role: 'SENIOR_CHIEF', unitId: 'city' },
      { chiefId: 'leader-9', name: '未挂钩局长', role: 'BUREAU_LEADER', unitId: 'city' },
      { chiefId: 'cc-sx', name: '沙县局长', role: 'COUNTY_CHIEF', unitId: 'county-sx' },
    ];
    for (const c of chiefs) await t.ok(APPOINT, { input: { ...c, effectiveFrom: '2024-01-01' } });
    await t.ok(LINK, { input: { chiefId: 'leader-1', countyIds: ['county-sx'], effectiveFrom: '2024-01-01' } });
    // Re-linked mid-dekad: 大田 from the 16th on.
    await t.ok(LINK, { input: { chiefId: 'leader-1', countyIds: ['county-dt'], effectiveFrom: '2026-05-16' } });
    await t.ok(LINK, { input: { chiefId: 'senior-1', countyIds: ['county-sx', 'county-dt'], effectiveFrom: '2024-01-01' } });
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await t.close();
  });

  it('lists, for the dekad of today, every county linked to each city chief as 未督导 before any visit', async () => {
    const before = await coverage();
    expect(before.dekad).toEqual({ from: '2026-05-11', to: '2026-05-20', label: '2026年5月中旬' });
    expect(before.unvisited).toBe(4);
    expect(before.chiefs).toEqual([
      {
        chiefId: 'leader-1',
        name: '郑局长',
        roleLabel: '局领导',
        unvisited: 2,
        counties: [
          { countyId: 'county-sx', countyName: '沙县分局', status: 'NOT_VISITED', statusLabel: '未督导', visitDays: [] },
          { countyId: 'county-dt', countyName: '大田县公安局', status: 'NOT_VISITED', statusLabel: '未督导', visitDays: [] },
        ],
      },
      {
        chiefId: 'senior-1',
        name: '何警长',
        roleLabel: '二级以上高级警长',
        unvisited: 2,
        counties: [
          { countyId: 'county-sx', countyName: '沙县分局', status: 'NOT_VISITED', statusLabel: '未督导', visitDays: [] },
          { countyId: 'county-dt', countyName: '大田县公安局', status: 'NOT_VISITED', statusLabel: '未督导', visitDays: [] },
        ],
      },
    ]);
  });

  it('records a visit with its points; the unvisited list shrinks, and the visit is listed for its dekad', async () => {
    const res = await record({ ...visit(), idempotencyKey: 'DC-2026-05-12-1' }, { 'x-actor': 'kp-zhang', 'x-actor-role': 'LEADERSHIP' });
    expect(res.errors).toBeUndefined();
    const { visitId, eventIds, duplicate, projected } = res.data!.recordSupervisionVisit;
    expect({ visitId, duplicate, projected }).toEqual({ visitId: eventIds[0], duplicate: false, projected: true });

    expect(await unvisited()).toEqual([
      ['leader-1', ['county-dt']],
      ['senior-1', ['county-sx', 'county-dt']],
    ]);
    const leader = (await coverage({ chiefId: 'leader-1' })).chiefs;
    expect(leader).toHaveLength(1);
    expect(leader[0].counties[0]).toEqual({
      countyId: 'county-sx',
      countyName: '沙县分局',
      status: 'VISITED',
      statusLabel: '已督导',
      visitDays: ['2026-05-12'],
    });

    expect(await visits({ day: '2026-05-20' })).toEqual([
      {
        visitId,
        chiefId: 'leader-1',
        chiefName: '郑局长',
        chiefRole: 'BUREAU_LEADER',
        chiefRoleLabel: '局领导',
        countyId: 'county-sx',
        countyName: '沙县分局',
        day: '2026-05-12',
        dekad: { from: '2026-05-11', to: '2026-05-20', label: '2026年5月中旬' },
        points: [
          { number: 1, text: '见面率偏低, 要求逐条见面', stationId: null, stationName: null },
          { number: 2, text: '虬江防区预警超时', stationId: 'st-b', stationName: '虬江派出所' },
        ],
        recordedBy: { subject: 'kp-zhang', role: 'LEADERSHIP' },
      },
    ]);
    expect(await visits()).toHaveLength(1);
    expect(await visits({ day: '2026-05-10' })).toEqual([]);
    expect(await visits({ countyId: 'county-dt' })).toEqual([]);
    expect(await visits({ chiefId: 'senior-1' })).toEqual([]);
  });

  it('appends nothing on a resend with the same key', async () => {
    const res = await record({ ...visit(), idempotencyKey: 'DC-2026-05-12-1' });
    const first = (await visits())[0];
    expect(res.data!.recordSupervisionVisit).toMatchObject({ visitId: first.visitId, duplicate: true });
    expect(await visits()).toHaveLength(1);
  });

  it('counts a visit only for the chief who made it', async () => {
    await t.ok(RECORD, {
      input: visit({
        chiefId: 'senior-1',
        countyId: 'county-dt',
        day: '2026-05-13',
        points: [{ text: '均溪防区发案上升', stationId: 'st-c' }],
      }),
    });
    expect(await unvisited()).toEqual([
      ['leader-1', ['county-dt']],
      ['senior-1', ['county-sx']],
    ]);
    expect((await coverage()).unvisited).toBe(2);
  });

  it('asks for a dekad by any of its days, and refuses one not begun', async () => {
    const earlier = await coverage({ day: '2026-05-05' });
    expect(earlier.dekad.label).toBe('2026年5月上旬');
    // Before the re-link, leader-1 answered for 沙县 alone; no visits were recorded that dekad.
    expect(earlier.chiefs.map((c: any) => [c.chiefId, c.unvisited])).toEqual([
      ['leader-1', 1],
      ['senior-1', 2],
    ]);
    const future = await t.gql(COVERAGE, { day: '2026-05-21' });
    expect(future.errors?.[0].message).toBe(
      '输入有误：day：日期 2026-05-21 所在的旬自 2026-05-21 开始，晚于今天（2026-05-15） / ' +
        'Invalid input: day: the dekad of 2026-05-21 starts (2026-05-21) after today (2026-05-15)',
    );
  });

  describe('refusals name the field and record nothing', () => {
    afterEach(async () => {
      expect(await visits()).toHaveLength(2);
    });

    it('refuses a county not linked to the chief on the visit day', async () => {
      const res = await record(visit({ countyId: 'county-dt' }));
      expect(res.errors?.[0]).toMatchObject({
        message:
          '输入有误：countyId：县局 county-dt 在 2026-05-12 不是六长 leader-1 挂钩的县局（当日挂钩：county-sx） / ' +
          'Invalid input: countyId: county county-dt was not linked to chief leader-1 on 2026-05-12 (linked then: county-sx)',
        extensions: { code: 'BAD_USER_INPUT', problems: [{ field: 'countyId' }] },
      });
    });

    it.each([
      ['an unknown chief', { chiefId: 'nobody' }, '六长 "nobody" 不存在 / chief "nobody" does not exist', 'NOT_FOUND'],
      ['an unknown county', { countyId: 'nowhere' }, '单位 "nowhere" 不存在 / unit "nowhere" does not exist', 'NOT_FOUND'],
      [
        'a station as the county',
        { countyId: 'st-a' },
        '输入有误：countyId：单位 st-a 是派出所，旬督导和问题清单须指定县局 / Invalid input: countyId: unit "st-a" is a STATION; visits and problem lists are kept per county',
        'BAD_USER_INPUT',
      ],
      [
        'a county chief',
        { chiefId: 'cc-sx' },
        '输入有误：chiefId：六长 cc-sx 是县局局长，旬督导由市级六长（局领导、二级以上高级警长、部门长）记录 / ' +
          'Invalid input: chiefId: chief cc-sx is a 县局局长; dekad visits are recorded by city chiefs (局领导, 二级以上高级警长, 部门长)',
        'BAD_USER_INPUT',
      ],
      [
        'a day after today',
        { day: '2026-05-16' },
        '输入有误：day：日期 2026-05-16 尚未到来（今天是 2026-05-15） / Invalid input: day: 2026-05-16 has not come yet (today is 2026-05-15)',
        'BAD_USER_INPUT',
      ],
      [
        'no points',
        { points: [] },
        '输入有误：input.points：至少须列出一项督导点题 / Invalid input: input.points: points must list at least one point raised',
        'BAD_USER_INPUT',
      ],
      [
        'an empty text',
        { points: [{ text: '' }] },
        '输入有误：input.points.0.text：text 不能为空 / Invalid input: input.points.0.text: text must not be empty',
        'BAD_USER_INPUT',
      ],
      [
        'a blank text',
        { points: [{ text: 'a' }, { text: '   ' }] },
        '输入有误：points.1.text：第 2 项点题没有内容 / Invalid input: points.1.text: point 2 has no text',
        'BAD_USER_INPUT',
      ],
      [
        'a station of another county',
        { points: [{ text: 'a', stationId: 'st-c' }] },
        '输入有误：points.0.stationId：单位 st-c 不是县局 county-sx 的派出所 / Invalid input: points.0.stationId: st-c is not a station of county county-sx',
        'BAD_USER_INPUT',
      ],
      [
        'a second record of the same visit',
        { idempotencyKey: 'another-key' },
        '输入有误：day：六长 leader-1 已记录过 2026-05-12 对县局 county-sx 的督导 / ' +
          'Invalid input: day: chief leader-1 already recorded a visit to county county-sx on 2026-05-12',
        'BAD_USER_INPUT',
      ],
    ])('refuses %s', async (_what, extra, message, code) => {
      const res = await record(visit(extra));
      expect(res.errors?.[0]).toMatchObject({ message: expect.stringContaining(message), extensions: { code } });
      expect(res.data).toBeNull();
    });

    it('refuses a malformed day before anything runs', async () => {
      const res = await record(visit({ day: '2026-5-12' }));
      expect(res.errors?.[0].message).toContain('日期 "2026-5-12" 有误：须为 YYYY-MM-DD 格式，例如 "2026-04-17"');
      expect(res.errors?.[0].message).toContain('"2026-5-12" is not a calendar day');
    });
  });
});
