import { Clock } from '../src/common/clock';
import { EventStore } from '../src/event-store/event-store.port';
import { ListingsReader } from '../src/supervision/listings/queries/listings.reader';
import { buildSmallCity } from './support/small-city';
import { TestApp, startTestApp } from './support/test-app';

const FILE_CASE = `mutation($input: FileCaseInput!) { fileCase(input: $input) { projected } }`;
const RECEIVE = `mutation($input: ReceiveWarningInput!) { receiveWarning(input: $input) { projected } }`;
const CONTACT = `mutation($input: RecordWarningContactInput!) { recordWarningContact(input: $input) { projected } }`;
const LIST = `mutation($input: ListForRectificationInput!) { listForRectification(input: $input) { streamId } }`;
const REVIEW = `mutation($input: ReviewListingInput!) { reviewListing(input: $input) { streamId } }`;
const EXTEND = `mutation($input: ExtendListingInput!) { extendListing(input: $input) { streamId } }`;
const ESCALATE = `mutation($input: EscalateListingInput!) { escalateListing(input: $input) { streamId } }`;
const DELIST = `mutation($input: DelistInput!) { delistListing(input: $input) { streamId } }`;

const REVIEW_FIELDS = `number asOf met conditions { met unmet condition { text } periods { from to label value met } }`;
const LISTING = `query($id: ID!) { listing(listingId: $id) {
  listingId status statusLabel overdue countyId reason listedOn deadline originalDeadline delistedOn delistNote
  target { stationId stationName areaName township label } evidence { unitId indicators { cases } summary }
  exitConditions { indicator indicatorLabel comparator threshold per consecutive text }
  lastReview { ${REVIEW_FIELDS} } reviews { ${REVIEW_FIELDS} } escalation { escalatedOn reason interviewId }
  history { type label summary recordedBy } } }`;
const LISTINGS = `query($countyId: ID, $unitId: ID, $status: ListingStatus) { listings(countyId: $countyId, unitId: $unitId, status: $status) { listingId status } }`;

const CASES_EXIT = { indicator: 'cases', comparator: 'AT_MOST', threshold: '1', per: 'DEKAD', consecutive: 2 };
const GP1 = {
  listingId: 'GP-1',
  stationId: 'st-a',
  township: '凤岗街道',
  reason: '2月发案3起, 全市末位',
  evidence: { unitId: 'st-a', period: { kind: 'MONTH', day: '2026-02-01' } },
  deadline: '2026-03-31',
  exitConditions: [CASES_EXIT],
};

describe('listing for rectification (挂牌整治)', () => {
  let t: TestApp;
  let today: jest.SpyInstance<string, []>;
  const setToday = (day: string) => today.mockReturnValue(day);
  const read = async (id: string) => (await t.ok(LISTING, { id })).listing;
  const list = async (filter: Record<string, string>) =>
    (await t.ok(LISTINGS, filter)).listings.map((l: { listingId: string; status: string }) => [l.listingId, l.status]);
  const refusal = async (mutation: string, input: Record<string, unknown>) => (await t.gql(mutation, { input })).errors?.[0];
  const fileCase = (caseId: string, day: string) =>
    t.ok(FILE_CASE, { input: { unitId: 'st-a', caseId, fraudType: 'INVESTMENT', loss: '1000.00', occurredAt: `${day}T10:00:00+08:00` } });

  beforeAll(async () => {
    t = await startTestApp();
    await buildSmallCity(t);
    for (const [id, day] of [
      ['AJ-F1', '2026-02-03'],
      ['AJ-F2', '2026-02-12'],
      ['AJ-F3', '2026-02-25'],
    ])
      await fileCase(id, day);
    today = jest.spyOn(t.app.get(Clock), 'today').mockReturnValue('2026-03-01');
  });
  afterAll(async () => {
    today.mockRestore();
    await t.close();
  });

  it('reviews a listed township, refuses delisting while unmet, extends it past its deadline and delists it once the facts meet the condition', async () => {
    setToday('2026-03-01');
    await t.ok(LIST, { input: GP1 });
    expect(await read('GP-1')).toMatchObject({
      status: 'LISTED',
      statusLabel: '挂牌中',
      overdue: false,
      countyId: 'county-sx',
      listedOn: '2026-03-01',
      deadline: '2026-03-31',
      lastReview: null,
      target: { stationId: 'st-a', stationName: '凤岗派出所', areaName: '凤岗防区', township: '凤岗街道', label: '凤岗防区 凤岗街道' },
      evidence: { unitId: 'st-a', indicators: { cases: 3 } },
      exitConditions: [
        {
          indicator: 'cases',
          indicatorLabel: '发案数',
          comparator: 'AT_MOST',
          threshold: '1',
          per: 'DEKAD',
          consecutive: 2,
          text: '发案数每旬≤1，连续2旬',
        },
      ],
    });

    await fileCase('AJ-M1', '2026-03-05');
    await fileCase('AJ-M2', '2026-03-06');
    setToday('2026-03-21');
    await t.ok(REVIEW, { input: { listingId: 'GP-1' } });
    const unmet = (await read('GP-1')).lastReview;
    expect(unmet).toEqual({
      number: 1,
      asOf: '2026-03-21',
      met: false,
      conditions: [
        {
          met: false,
          unmet: '「发案数每旬≤1，连续2旬」未满足：2026年3月上旬为2',
          condition: { text: '发案数每旬≤1，连续2旬' },
          periods: [
            { from: '2026-03-01', to: '2026-03-10', label: '2026年3月上旬', value: '2', met: false },
            { from: '2026-03-11', to: '2026-03-20', label: '2026年3月中旬', value: '0', met: true },
          ],
        },
      ],
    });
    expect(await refusal(DELIST, { listingId: 'GP-1' })).toMatchObject({
      message:
        '输入有误：listingId：不能摘牌：最近一次复核（截至 2026-03-21）「发案数每旬≤1，连续2旬」未满足：2026年3月上旬为2 / ' +
        'Invalid input: listingId: cannot delist: the latest review (as of 2026-03-21) found 1 exit condition(s) unmet',
      extensions: { code: 'BAD_USER_INPUT', problems: [{ field: 'listingId' }] },
    });
    expect((await refusal(EXTEND, { listingId: 'GP-1', deadline: '2026-04-30', reason: '仍有发案' }))?.message).toContain(
      'listing GP-1 is due on 2026-03-31; it can be extended once that day is over',
    );

    await fileCase('AJ-M3', '2026-03-25');
    setToday('2026-04-01');
    expect(await read('GP-1')).toMatchObject({ status: 'OVERDUE', statusLabel: '逾期', overdue: true });
    expect(await list({ status: 'OVERDUE' })).toEqual([['GP-1', 'OVERDUE']]);
    await t.ok(EXTEND, { input: { listingId: 'GP-1', deadline: '2026-04-30', reason: '3月上旬仍发案2起' } });
    expect(await read('GP-1')).toMatchObject({
      status: 'EXTENDED',
      statusLabel: '已延期',
      overdue: false,
      deadline: '2026-04-30',
      originalDeadline: '2026-03-31',
    });

    await t.ok(REVIEW, { input: { listingId: 'GP-1' } });
    expect((await read('GP-1')).lastReview).toMatchObject({
      number: 2,
      asOf: '2026-04-01',
      met: true,
      conditions: [
        {
          met: true,
          unmet: null,
          periods: [
            { label: '2026年3月中旬', value: '0', met: true },
            { label: '2026年3月下旬', value: '1', met: true },
          ],
        },
      ],
    });
    await t.ok(DELIST, { input: { listingId: 'GP-1', note: '连续两旬发案不超过1起' } });
    const gp1 = await read('GP-1');
    expect(gp1).toMatchObject({
      status: 'DELISTED',
      statusLabel: '已摘牌',
      overdue: false,
      delistedOn: '2026-04-01',
      delistNote: '连续两旬发案不超过1起',
    });
    expect(gp1.reviews.map((r: { number: number; met: boolean }) => [r.number, r.met])).toEqual([
      [1, false],
      [2, true],
    ]);
    expect(gp1.history.map((s: { label: string; summary: string }) => [s.label, s.summary])).toEqual([
      ['挂牌', '挂牌整治凤岗防区 凤岗街道：2月发案3起, 全市末位；期限2026年3月31日；摘牌条件：发案数每旬≤1，连续2旬'],
      ['复核', '截至2026年3月21日：「发案数每旬≤1，连续2旬」未满足：2026年3月上旬为2'],
      ['延期', '期限由2026年3月31日延至2026年4月30日；原因：3月上旬仍发案2起'],
      ['复核', '截至2026年4月1日：满足摘牌条件'],
      ['摘牌', '依第2次复核（截至2026年4月1日）摘牌；连续两旬发案不超过1起'],
    ]);
    expect((await refusal(REVIEW, { listingId: 'GP-1' }))?.message).toContain('listing GP-1 is 已摘牌 (DELISTED)');
  });

  it('escalates a defense area to an interview when its deadline passes with the face-to-face rate unmet', async () => {
    setToday('2026-04-01');
    await t.ok(LIST, {
      input: {
        listingId: 'GP-2',
        stationId: 'st-c',
        reason: '见面率偏低',
        evidence: { unitId: 'st-c', period: { kind: 'MONTH', day: '2026-03-01' } },
        deadline: '2026-04-10',
        exitConditions: [{ indicator: 'faceToFaceRate', comparator: 'AT_LEAST', threshold: '95', per: 'MONTH', consecutive: 1 }],
      },
    });
    await t.ok(RECEIVE, {
      input: {
        unitId: 'st-c',
        instructionId: 'YJ-1',
        kind: 'FUND',
        occurredAt: '2026-04-03T09:00:00+08:00',
        deadline: '2026-04-03T21:00:00+08:00',
      },
    });
    await t.ok(CONTACT, { input: { unitId: 'st-c', instructionId: 'YJ-1', method: 'PHONE', occurredAt: '2026-04-03T10:00:00+08:00' } });

    setToday('2026-05-01');
    expect(await read('GP-2')).toMatchObject({ status: 'OVERDUE', target: { township: null, label: '均溪防区' } });
    await t.ok(REVIEW, { input: { listingId: 'GP-2' } });
    expect((await read('GP-2')).lastReview.conditions[0]).toMatchObject({
      met: false,
      unmet: '「见面率每月≥95.0%，连续1个月」未满足：2026年4月为0.0%（0/1）',
      periods: [{ label: '2026年4月', value: '0.0%（0/1）', met: false }],
    });
    await t.ok(ESCALATE, { input: { listingId: 'GP-2', reason: '逾期未达标, 约谈所长', interviewId: 'YT-7' } });
    const gp2 = await read('GP-2');
    expect(gp2).toMatchObject({
      status: 'ESCALATED',
      statusLabel: '已升级',
      overdue: true,
      escalation: { escalatedOn: '2026-05-01', reason: '逾期未达标, 约谈所长', interviewId: 'YT-7' },
    });
    expect(gp2.history.at(-1)).toMatchObject({
      label: '升级',
      summary: '升级为约谈（约谈YT-7）；原因：逾期未达标, 约谈所长',
      recordedBy: 'test-evaluation_staff',
    });
    expect((await refusal(ESCALATE, { listingId: 'GP-2', reason: 'again' }))?.message).toContain('was already escalated');
    expect((await refusal(DELIST, { listingId: 'GP-2' }))?.message).toContain(
      '输入有误：listingId：不能摘牌：最近一次复核（截至 2026-05-01）「见面率每月≥95.0%，连续1个月」未满足',
    );
  });

  it('lists by county, station and status, and counts by county and status for the overview', async () => {
    setToday('2026-05-01');
    expect(await list({ countyId: 'county-sx' })).toEqual([['GP-1', 'DELISTED']]);
    expect(await list({ unitId: 'st-c' })).toEqual([['GP-2', 'ESCALATED']]);
    expect(await list({ status: 'ESCALATED' })).toEqual([['GP-2', 'ESCALATED']]);
    expect(await list({})).toEqual([
      ['GP-2', 'ESCALATED'],
      ['GP-1', 'DELISTED'],
    ]);
    const reader = t.app.get(ListingsReader);
    expect(await reader.countByCountyAndStatus('2026-03-01', '2026-04-30')).toEqual([
      { countyId: 'county-dt', status: 'ESCALATED', count: 1 },
      { countyId: 'county-sx', status: 'DELISTED', count: 1 },
    ]);
    expect(await reader.countByCountyAndStatus('2026-03-02', '2026-04-30')).toEqual([
      { countyId: 'county-dt', status: 'ESCALATED', count: 1 },
    ]);
  });

  it('refuses bad input, naming the field, and records nothing', async () => {
    setToday('2026-05-01');
    const store = t.app.get(EventStore);
    const before = await store.headPosition();
    const place = (change: Record<string, unknown>) => refusal(LIST, { ...GP1, listingId: 'GP-9', deadline: '2026-05-31', ...change });
    const exit = (change: Record<string, unknown>) => place({ exitConditions: [{ ...CASES_EXIT, ...change }] });
    expect((await exit({ indicator: 'happiness' }))?.message).toMatch(/input\.exitConditions\[0\]\.indicator.*"happiness".*ExitIndicator/);
    expect((await exit({ consecutive: 0 }))?.message).toBe(
      '输入有误：input.exitConditions.0.consecutive：连续期数至少为 1 / Invalid input: input.exitConditions.0.consecutive: consecutive must be at least 1',
    );
    expect((await exit({ consecutive: -2 }))?.message).toBe(
      '输入有误：input.exitConditions.0.consecutive：连续期数至少为 1 / Invalid input: input.exitConditions.0.consecutive: consecutive must be at least 1',
    );
    expect((await exit({ indicator: 'loss', threshold: 'abc' }))?.message).toBe(
      '输入有误：input.exitConditions.0.threshold：金额 "abc" 有误：须以元为单位，最多两位小数，例如 "12345.67" / ' +
        'Invalid input: input.exitConditions.0.threshold: "abc" is not an amount in yuan: use digits with at most two decimals, e.g. "12345.67"',
    );
    expect((await exit({ indicator: 'faceToFaceRate', threshold: '101' }))?.message).toContain(
      'input.exitConditions.0.threshold: "101" is not a percentage',
    );
    expect((await place({ exitConditions: [] }))?.message).toBe(
      '输入有误：input.exitConditions：至少须列出一项摘牌条件 / Invalid input: input.exitConditions: exitConditions must state at least one condition',
    );
    expect((await place({ deadline: '2026-04-30' }))?.message).toBe(
      '输入有误：deadline：整改期限 2026-04-30 早于今天（2026-05-01） / Invalid input: deadline: the deadline 2026-04-30 is before today (2026-05-01)',
    );
    expect((await place({ stationId: 'county-sx' }))?.message).toContain('input.stationId: unit "county-sx" is a COUNTY');
    expect(await place({ stationId: 'nowhere' })).toMatchObject({ extensions: { code: 'NOT_FOUND', field: 'input.stationId' } });
    expect((await place({ listingId: 'GP-1' }))?.message).toBe(
      '输入有误：listingId：挂牌整治 GP-1 已挂牌 / Invalid input: listingId: listing GP-1 was already placed',
    );
    expect(await refusal(REVIEW, { listingId: 'GP-404' })).toMatchObject({
      message: '挂牌整治 "GP-404" 不存在 / listing "GP-404" does not exist',
      extensions: { code: 'NOT_FOUND', field: 'input.listingId' },
    });
    expect((await refusal(REVIEW, { listingId: 'GP-2', asOf: '2026-05-02' }))?.message).toContain(
      'asOf: a review looks at days that are over',
    );
    expect(await store.headPosition()).toBe(before);
  });
});
