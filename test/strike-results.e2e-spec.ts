import { buildSmallCity } from './support/small-city';
import { TestApp, startTestApp } from './support/test-app';

const REPORT = `query($unitId: ID!, $from: Day!, $to: Day!) { indicatorReport(unitId: $unitId, from: $from, to: $to) {
  comparisons { indicator label current lastYear yearOnYearPercent } } }`;
const SEIZE = `mutation($input: SeizeItemsInput!) { seizeItems(input: $input) { eventIds } }`;
const DENS = `mutation($input: BreakDensInput!) { breakDens(input: $input) { eventIds } }`;
const CUT_OFF = `mutation($input: CutOffCardsInput!) { cutOffCards(input: $input) { eventIds } }`;
const PENALISE = `mutation($input: PenaliseCompanyInput!) { penaliseCompany(input: $input) { eventIds } }`;
const RETRACT = `mutation($input: RetractStrikeFactInput!) { retractStrikeFact(input: $input) { eventIds } }`;

type Comparison = { indicator: string; label: string; current: string; lastYear: string; yearOnYearPercent: string | null };

describe('what an operation took down: seizures, dens, 断卡 and companies penalised', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await buildSmallCity(t);
  });
  afterAll(() => t.close());

  const report = async (unitId: string, from = '2026-01-01', to = '2026-06-30') => {
    const { comparisons } = (await t.ok(REPORT, { unitId, from, to })).indicatorReport as { comparisons: Comparison[] };
    return Object.fromEntries(comparisons.map((c) => [c.indicator, c]));
  };
  const problemOf = (res: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
    (res.errors![0].extensions!.problems as Array<{ field: string; problem: string }>)[0];

  it('seed 003: 作案手机67部、银行卡19张 seized in the January operation, as two stations recorded it through recordFacts', async () => {
    const system = t.tokens.mint({ subject: 'case-system', role: 'RECORDER', units: ['city'], kind: 'SYSTEM' });
    const facts = [
      { seizeItems: { unitId: 'st-a', operationId: 'SW-0111', phones: 40, bankCards: 19, occurredAt: '2026-01-11T20:00:00+08:00' } },
      { seizeItems: { unitId: 'st-b', operationId: 'SW-0111-B', phones: 27, bankCards: 0, occurredAt: '2026-01-12T09:00:00+08:00' } },
    ];
    const res = await t.gql(
      `mutation($facts: [FactInput!]!) { recordFacts(facts: $facts) { recorded refused } }`,
      { facts },
      {
        authorization: `Bearer ${system}`,
      },
    );
    expect(res.data?.recordFacts).toEqual({ recorded: 2, refused: 0 });

    const county = await report('county-sx', '2026-01-01', '2026-03-31');
    expect(county.phonesSeized).toMatchObject({ label: '缴获作案手机数', current: '67' });
    expect(county.bankCardsSeized).toMatchObject({ label: '缴获银行卡数', current: '19' });
  });

  it('seed 000: 3 companies given administrative penalties, against 1 a year before (+200.0%)', async () => {
    const penalise = (company: string, occurredAt: string, penalty = 'FINE') =>
      t.ok(PENALISE, { input: { unitId: 'st-c', operationId: `XZ-${occurredAt.slice(0, 4)}`, company, penalty, occurredAt } });
    await penalise('厦门甲网络科技有限公司', '2025-05-10T10:00:00+08:00', 'WARNING');
    await penalise('厦门乙信息咨询有限公司', '2026-03-02T10:00:00+08:00');
    await penalise('厦门丙商贸有限公司', '2026-04-15T10:00:00+08:00', 'SUSPENSION');
    await penalise('厦门丁电子商务有限公司', '2026-05-20T10:00:00+08:00');

    const station = await report('st-c');
    expect(station.companiesPenalised).toMatchObject({ label: '行政处罚企业数', current: '3', lastYear: '1', yearOnYearPercent: '+200.0' });

    const again = await t.gql(PENALISE, {
      input: {
        unitId: 'st-c',
        operationId: 'XZ-2026',
        company: '厦门乙信息咨询有限公司',
        penalty: 'WARNING',
        occurredAt: '2026-05-21T10:00:00+08:00',
      },
    });
    expect(problemOf(again)).toEqual({
      field: 'company',
      problem: '厦门乙信息咨询有限公司已在行动 XZ-2026 中记录过行政处罚 / 厦门乙信息咨询有限公司 is already penalised in operation XZ-2026',
    });
  });

  it('counts dens broken, the local ones apart (本地窝点), and a card-breaking action with its cards', async () => {
    await t.ok(DENS, { input: { unitId: 'st-c', operationId: 'WD-1', count: 2, local: true, occurredAt: '2026-02-01T10:00:00+08:00' } });
    await t.ok(DENS, { input: { unitId: 'st-c', operationId: 'WD-2', count: 3, local: false, occurredAt: '2026-02-03T10:00:00+08:00' } });
    await t.ok(CUT_OFF, {
      input: { unitId: 'st-c', operationId: 'DK-1', phoneCards: 35, bankCards: 120, occurredAt: '2026-03-01T10:00:00+08:00' },
    });

    const station = await report('st-c');
    expect(station.densBroken).toMatchObject({ label: '打掉窝点数', current: '5' });
    expect(station.localDensBroken).toMatchObject({ label: '打掉本地窝点数', current: '2' });
    expect(station.cardBreakingActions).toMatchObject({ label: '断卡行动次数', current: '1' });
    expect(station.phoneCardsCutOff.current).toBe('35');
    expect(station.bankCardsCutOff.current).toBe('120');
  });

  it('takes back a retracted seizure on the day it counted, and says what it took back', async () => {
    const seized = await t.ok(SEIZE, {
      input: { unitId: 'st-b', operationId: 'SW-E', phones: 5, bankCards: 0, occurredAt: '2026-04-01T10:00:00+08:00' },
    });
    expect((await report('st-b', '2026-04-01')).phonesSeized.current).toBe('5');

    await t.ok(RETRACT, {
      input: {
        unitId: 'st-b',
        operationId: 'SW-E',
        eventId: seized.seizeItems.eventIds[0],
        reason: '重复录入',
        occurredAt: '2026-05-01T10:00:00+08:00',
      },
    });
    expect((await report('st-b', '2026-04-01')).phonesSeized.current).toBe('0');
  });

  it.each([
    [SEIZE, { phones: 0, bankCards: 0 }, 'phones', '缴获手机数和银行卡数不能均为 0 / phones and bankCards cannot both be 0'],
    [SEIZE, { phones: -1, bankCards: 2 }, 'phones', 'phones（缴获作案手机数）不能为负数'],
    [CUT_OFF, { phoneCards: 0, bankCards: 0 }, 'phoneCards', '断卡的电话卡数和银行卡数不能均为 0'],
    [DENS, { count: 0, local: true }, 'count', 'count（打掉窝点数）至少为 1 个'],
    [PENALISE, { company: '', penalty: 'FINE' }, 'company', '须写明受处罚企业的名称'],
  ])('refuses bad input naming the field and records nothing (%#)', async (mutation, fields, field, problem) => {
    const before = await report('st-a');
    const res = await t.gql(mutation, {
      input: { unitId: 'st-a', operationId: 'BAD-1', occurredAt: '2026-04-01T10:00:00+08:00', ...fields },
    });
    // A refusal by the decider names the field, one by input validation its path in the input.
    expect(problemOf(res).field).toMatch(new RegExp(`^(input\\.)?${field}$`));
    expect(problemOf(res).problem).toContain(problem);
    expect(await report('st-a')).toEqual(before);
  });
});
