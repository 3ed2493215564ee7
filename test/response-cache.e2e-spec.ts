import { AccessRole } from '../src/common/access-role';
import { buildSmallCity } from './support/small-city';
import { TestApp, startTestApp } from './support/test-app';

const RANKING = `{ ranking(role: STATION_CHIEF, period: { kind: DAY, day: "2026-04-17" }) { rows { subjectId score } } }`;
const ALERT = `mutation($input: ReceiveFraudAlertInput!) { receiveFraudAlert(input: $input) { projected } }`;

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
});
