import { buildSmallCity } from './support/small-city';
import { TestApp, startTestApp } from './support/test-app';

const RANKING = `{ ranking(role: STATION_CHIEF, period: { kind: DAY, day: "2026-04-17" }) { rows { subjectId score } } }`;
const ALERT = `mutation($input: ReceiveFraudAlertInput!) { receiveFraudAlert(input: $input) { projected } }`;

describe('whole GraphQL answers are cached until the next event', () => {
  let t: TestApp;
  const post = async (query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const res = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
    return { cache: res.headers.get('x-cache'), body: (await res.json()) as { data?: any; errors?: unknown[] } };
  };
  const alert = (id: string) =>
    post(ALERT, { input: { unitId: 'st-a', alertId: id, fraudType: 'ORDER_BRUSHING', occurredAt: '2026-04-17T10:00:00+08:00' } });

  beforeAll(async () => {
    t = await startTestApp();
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
    expect(after.body.data.ranking.rows.find((r: { subjectId: string }) => r.subjectId === 'st-a').score).toBe(-1);
  });

  it('keys answers by caller, never caches mutations or errors', async () => {
    await post(RANKING, undefined, { 'x-actor': 'a' });
    expect((await post(RANKING, undefined, { 'x-actor': 'b' })).cache).toBeNull();
    expect((await post(RANKING, undefined, { 'x-actor': 'a' })).cache).toBe('hit');

    await alert('JQ-2');
    const resent = await alert('JQ-2');
    expect(resent.cache).toBeNull();

    const bad = `{ ranking(role: STATION_CHIEF, period: { kind: RANGE, from: "2026-04-17" }) { rows { subjectId } } }`;
    expect((await post(bad)).body.errors).toHaveLength(1);
    expect((await post(bad)).cache).toBeNull();
  });
});
