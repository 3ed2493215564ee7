import { Clock } from '../src/common/clock';
import { buildSmallCity } from './support/small-city';
import { TestApp, startTestApp } from './support/test-app';

const APPOINT = `mutation($input: AppointChiefInput!) { appointChief(input: $input) { streamId } }`;
const OVERVIEW = `query($from: Day!, $to: Day!, $countyId: ID) { supervisionOverview(from: $from, to: $to, countyId: $countyId) {
  letters interviews listings townshipsListed summary
  openByCounty { countyId countyName counts { kind kindLabel status statusLabel count } }
  overdue { kind kindLabel id countyId title statusLabel deadline } } }`;
const steps: Record<string, string> = {
  draftLetter: 'DraftLetterInput',
  issueLetter: 'LetterStepInput',
  orderInterview: 'OrderInterviewInput',
  holdInterview: 'HoldInterviewInput',
  listForRectification: 'ListForRectificationInput',
};
const evidence = (unitId: string) => ({ unitId, period: { kind: 'MONTH', day: '2026-03-01' } });

describe('supervision overview (督导问责总览) counted from events', () => {
  let t: TestApp;
  let today: jest.SpyInstance<string, []>;
  const act = async (mutation: string, input: Record<string, unknown>) => {
    const res = await t.gql(`mutation($input: ${steps[mutation]}!) { ${mutation}(input: $input) { __typename } }`, { input });
    if (res.errors) throw new Error(`${mutation}: ${JSON.stringify(res.errors)}`);
  };
  const overview = async (from: string, to: string, countyId?: string) =>
    (await t.ok(OVERVIEW, { from, to, countyId })).supervisionOverview;

  beforeAll(async () => {
    t = await startTestApp();
    await buildSmallCity(t);
    await t.ok(APPOINT, {
      input: { chiefId: 'leader-1', name: '郑局长', role: 'BUREAU_LEADER', unitId: 'city', effectiveFrom: '2024-01-01' },
    });
    today = jest.spyOn(t.app.get(Clock), 'today').mockReturnValue('2026-04-02');
    const letter = (letterId: string, unitId: string) => ({
      letterId,
      unitId,
      title: '关于电诈发案上升的工作提示',
      findings: '3月发案同比上升。',
      requirements: ['逐条见面核查'],
      deadline: '2026-04-20',
      evidence: evidence(unitId),
    });
    for (const [id, unit] of [
      ['L-1', 'county-sx'],
      ['L-2', 'county-sx'],
      ['L-3', 'county-dt'],
    ])
      await act('draftLetter', letter(id, unit));
    await act('issueLetter', { letterId: 'L-1' });
    await act('issueLetter', { letterId: 'L-3' });
    await act('orderInterview', {
      interviewId: 'YT-1',
      unit: { unitId: 'county-dt' },
      orderedBy: 'leader-1',
      reason: '发案上升',
      evidence: evidence('county-dt'),
      schedule: { at: '2026-04-02T09:00:00+08:00', place: '市局三楼会议室', interviewer: '郑局长' },
    });
    await act('holdInterview', {
      interviewId: 'YT-1',
      heldAt: '2026-04-02T10:00:00+08:00',
      attendees: ['大田局长'],
      requirements: [{ text: '见面核查', deadline: '2026-04-25' }],
    });
    await act('listForRectification', {
      listingId: 'GP-1',
      stationId: 'st-a',
      township: '凤岗街道',
      reason: '全市末位',
      evidence: evidence('st-a'),
      deadline: '2026-04-30',
      exitConditions: [{ indicator: 'cases', comparator: 'AT_MOST', threshold: '1', per: 'DEKAD', consecutive: 2 }],
    });
  });
  afterAll(async () => {
    today.mockRestore();
    await t.close();
  });

  it("counts the period's letters issued, interviews held and townships listed, and says it in Chinese", async () => {
    const april = await overview('2026-04-01', '2026-04-21');
    expect(april).toMatchObject({
      letters: 2,
      interviews: 1,
      listings: 1,
      townshipsListed: 1,
      summary: '2026年4月1日至2026年4月21日：挂牌整治乡镇（街道）1个，约谈1次，下发工作提示函2份',
      overdue: [],
    });
    // A draft is not yet a letter sent: neither counted nor open.
    expect(april.openByCounty).toEqual([
      {
        countyId: 'county-dt',
        countyName: '大田县公安局',
        counts: [
          { kind: 'LETTER', kindLabel: '工作提示函', status: 'ISSUED', statusLabel: '已下发', count: 1 },
          { kind: 'INTERVIEW', kindLabel: '约谈', status: 'HELD', statusLabel: '已约谈', count: 1 },
        ],
      },
      {
        countyId: 'county-sx',
        countyName: '沙县分局',
        counts: [
          { kind: 'LETTER', kindLabel: '工作提示函', status: 'ISSUED', statusLabel: '已下发', count: 1 },
          { kind: 'LISTING', kindLabel: '挂牌整治', status: 'LISTED', statusLabel: '挂牌中', count: 1 },
        ],
      },
    ]);
    expect(await overview('2026-03-01', '2026-03-31')).toMatchObject({ letters: 0, interviews: 0, listings: 0 });
    expect(await overview('2026-04-01', '2026-04-21', 'county-dt')).toMatchObject({ letters: 1, interviews: 1, listings: 0 });
  });

  it('lists what is overdue once deadlines pass, soonest deadline first', async () => {
    today.mockReturnValue('2026-05-01');
    const { overdue, openByCounty } = await overview('2026-04-01', '2026-04-30');
    expect(overdue.map((o: { kind: string; id: string; deadline: string }) => [o.kind, o.id, o.deadline])).toEqual([
      ['LETTER', 'L-1', '2026-04-20'],
      ['LETTER', 'L-3', '2026-04-20'],
      ['INTERVIEW', 'YT-1', '2026-04-25'],
      ['LISTING', 'GP-1', '2026-04-30'],
    ]);
    expect(overdue[0]).toMatchObject({
      kindLabel: '工作提示函',
      statusLabel: '逾期',
      title: expect.stringMatching(/^明公基管提〔2026〕1号 关于电诈发案上升的工作提示$/),
    });
    expect(openByCounty[1].counts).toContainEqual({
      kind: 'LISTING',
      kindLabel: '挂牌整治',
      status: 'OVERDUE',
      statusLabel: '逾期',
      count: 1,
    });
    today.mockReturnValue('2026-04-02');
  });

  it('refuses a period that ends before it starts, naming the field', async () => {
    const res = await t.gql(OVERVIEW, { from: '2026-04-21', to: '2026-04-01' });
    expect(res.errors?.[0]).toMatchObject({
      message:
        '输入有误：from：结束日（2026-04-01）早于开始日（2026-04-21） / Invalid input: from: the period ends (2026-04-01) before it starts (2026-04-21)',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
