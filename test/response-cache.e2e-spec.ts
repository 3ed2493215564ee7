import { AccessRole } from '../src/common/access-role';
import { businessDayOf } from '../src/common/business-day';
import { CHIEF_ROLES } from '../src/organization/events/organization.events';
import { FACT_RECORDS } from '../src/facts/projections/fact-records.projection';
import { ReadStore } from '../src/read-store/read-store.port';
import { SCORE_READS } from '../src/scoring/graphql/ranking.resolver';
import { buildSmallCity } from './support/small-city';
import { TestApp, startTestApp } from './support/test-app';

const RANKING = `{ ranking(role: STATION_CHIEF, period: { kind: DAY, day: "2026-04-17" }) { rows { subjectId score } } }`;
const ALERT = `mutation($input: ReceiveFraudAlertInput!) { receiveFraudAlert(input: $input) { projected } }`;
const WARNING = `mutation($input: ReceiveWarningInput!) { receiveWarning(input: $input) { projected } }`;
const APPOINT = `mutation($input: AppointChiefInput!) { appointChief(input: $input) { streamId } }`;
const PUBLISH = `mutation($input: PublishRuleSetInput!) { publishRuleSet(input: $input) { streamId } }`;

describe('whole GraphQL answers are cached until an event changes what they read', () => {
  let t: TestApp;
  const post = async (query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const authorization = headers.authorization ?? `Bearer ${await t.tokens.forOperation(query, variables)}`;
    const res = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers, authorization },
      body: JSON.stringify({ query, variables }),
    });
    return { cache: res.headers.get('x-cache'), body: (await res.json()) as { data?: any; errors?: unknown[] } };
  };
  const alert = (id: string, day = '2026-04-17') =>
    post(ALERT, { input: { unitId: 'st-a', alertId: id, fraudType: 'ORDER_BRUSHING', occurredAt: `${day}T10:00:00+08:00` } });
  const scoreOf = (body: { data?: any }, subjectId = 'st-a') =>
    body.data.ranking.rows.find((r: { subjectId: string }) => r.subjectId === subjectId).score;

  beforeAll(async () => {
    // Its figures were worked out under the first, additive rules: a store upgraded from them scores these days so.
    t = await startTestApp({ additiveRules: true });
    await buildSmallCity(t);
  });
  afterAll(() => t.close());

  it('answers a repeated query from the cache, and a new event makes it compute afresh', async () => {
    const first = await post(RANKING);
    expect(first.cache).toBeNull();
    const again = await post(RANKING);
    expect(again).toEqual({ cache: 'hit', body: first.body });

    expect((await alert('JQ-1')).body.data.receiveFraudAlert.projected).toBe(true);
    const after = await post(RANKING);
    expect(after.cache).toBeNull();
    expect(scoreOf(after.body)).toBe(-1);
  });

  it("keeps a ranking whose period, previous period and last year miss the new event's day; drops those they include", async () => {
    const ranking = (day: string) => `{ ranking(role: STATION_CHIEF, period: { kind: DAY, day: "${day}" }) { rows { subjectId score } } }`;
    // 2026-04-19 is the previous period of a ranking of 04-20.
    const [untouched, sameDay, dayAfter] = ['2026-04-10', '2026-04-19', '2026-04-20'].map(ranking);
    for (const query of [untouched, sameDay, dayAfter]) await post(query);
    const both = `{ ranking(role: STATION_CHIEF, period: { kind: DAY, day: "2026-04-10" }) { rows { subjectId } } rules: ruleSets { name } }`;
    await post(both);

    await alert('JQ-19', '2026-04-19');
    expect((await post(untouched)).cache).toBe('hit');
    const recomputed = await post(sameDay);
    expect(recomputed.cache).toBeNull();
    expect(scoreOf(recomputed.body)).toBe(-1);
    expect((await post(dayAfter)).cache).toBeNull();
    // A root field that declares nothing may read anything: the answer holding it is dropped.
    expect((await post(both)).cache).toBeNull();

    const lastYearOf = ranking('2026-04-05');
    await post(lastYearOf);
    await alert('JQ-2025', '2025-04-05');
    expect((await post(lastYearOf)).cache).toBeNull();
    expect((await post(untouched)).cache).toBe('hit');
  });

  it('keys answers by what the caller may see, his role and units; never caches mutations or errors', async () => {
    const as = (subject: string, role: AccessRole, units?: string[]) => ({
      authorization: `Bearer ${t.tokens.mint({ subject, role, units })}`,
    });
    await post(RANKING, undefined, as('leader-a', 'LEADERSHIP'));
    expect((await post(RANKING, undefined, as('leader-b', 'LEADERSHIP'))).cache).toBe('hit');
    expect((await post(RANKING, undefined, as('chief-sx', 'COUNTY_CHIEF', ['county-sx']))).cache).toBeNull();
    expect((await post(RANKING, undefined, as('deputy-sx', 'COUNTY_CHIEF', ['county-sx']))).cache).toBe('hit');
    expect((await post(RANKING, undefined, as('chief-dt', 'COUNTY_CHIEF', ['county-dt']))).cache).toBeNull();

    await alert('JQ-2');
    const resent = await alert('JQ-2');
    expect(resent.cache).toBeNull();

    const bad = `{ ranking(role: STATION_CHIEF, period: { kind: RANGE, from: "2026-04-17" }) { rows { subjectId } } }`;
    expect((await post(bad)).body.errors).toHaveLength(1);
    expect((await post(bad)).cache).toBeNull();
  });

  it('keeps a ranking while batches change only what it does not read; drops it when the organisation or the rule sets change', async () => {
    const ranking = `{ ranking(role: STATION_CHIEF, period: { kind: MONTH, day: "2026-04-12" }) { rows { subjectId score } } }`;
    await post(ranking);
    expect((await post(ranking)).cache).toBe('hit');

    // The warning's instruction (a table no ranking reads) and the figures of a day the month leaves out.
    const warning = { unitId: 'st-a', instructionId: 'YJ-CACHE-1', kind: 'FUND' };
    await post(WARNING, { input: { ...warning, occurredAt: '2026-05-20T09:00:00+08:00', deadline: '2026-05-20T21:00:00+08:00' } });
    expect((await post(ranking)).cache).toBe('hit');

    await post(APPOINT, {
      input: { chiefId: 'chief-next', name: '李新', role: 'STATION_CHIEF', unitId: 'st-a', effectiveFrom: '2026-06-01' },
    });
    expect((await post(ranking)).cache).toBeNull();
    expect((await post(ranking)).cache).toBe('hit');

    // Rules take effect from today on: they change no score of April, yet the answer goes with them.
    const terms = [{ indicator: 'alerts', points: -1, per: 1, capPerCase: null, perCapita: false }];
    const published = await post(PUBLISH, {
      input: { ruleSetId: 'rules-cache', name: '缓存测试规则', effectiveFrom: businessDayOf(new Date()), aggregation: 'MEAN', terms },
    });
    expect(published.body.errors).toBeUndefined();
    expect((await post(ranking)).cache).toBeNull();
  });

  it('a ranking or a score explanation reads no table but those it declares (and, as of an instant, the fact records)', async () => {
    const store = t.app.get(ReadStore);
    const read = new Set<string>();
    const find = store.find.bind(store);
    const findOne = store.findOne.bind(store);
    store.find = (table, options) => (read.add(table), find(table, options));
    store.findOne = (table, key) => (read.add(table), findOne(table, key));
    try {
      const periods = [
        '{ kind: DAY, day: "2026-04-16" }',
        '{ kind: YEAR_TO_DATE, day: "2026-04-15" }',
        '{ kind: RANGE, from: "2026-03-02", to: "2026-04-14" }',
      ];
      for (const role of CHIEF_ROLES) {
        for (const period of periods) {
          const { body } = await post(`{ ranking(role: ${role}, period: ${period}) { rows { subjectId score arrow } } }`);
          const subjectId = body.data.ranking.rows[0]?.subjectId;
          if (!subjectId) continue;
          const explained = await post(`{ scoreExplanation(role: ${role}, subjectId: "${subjectId}", period: ${period}) { total } }`);
          expect(explained.body.errors).toBeUndefined();
        }
      }
      await post(
        `{ ranking(role: STATION_CHIEF, period: { kind: MONTH, day: "2026-04-16" }, asOf: "2026-04-20T12:00:00+08:00") { rows { subjectId } } }`,
      );
    } finally {
      store.find = find;
      store.findOne = findOne;
    }
    const declared = new Set<string>([...SCORE_READS.dayKeyed, ...SCORE_READS.wholly, FACT_RECORDS]);
    expect(read.size).toBeGreaterThan(0);
    expect([...read].filter((table) => !declared.has(table))).toEqual([]);
  });
});
