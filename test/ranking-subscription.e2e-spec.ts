import { GraphqlWsClient } from './support/graphql-ws-client';
import { buildSmallCity } from './support/small-city';
import { TestApp, startTestApp } from './support/test-app';

const ALERT = `mutation($input: ReceiveFraudAlertInput!) { receiveFraudAlert(input: $input) { projected } }`;
const CHANGES = `subscription($day: Day!) {
  rankingChanged(role: STATION_CHIEF, period: { kind: DAY, day: $day }) { period { label } rows { subjectId rank score } } }`;

type Rows = Array<{ subjectId: string; rank: number; score: number }>;
const scores = (rows: Rows) => rows.map((r) => [r.subjectId, r.rank, r.score]);

describe('ranking changes are pushed over GraphQL subscriptions', () => {
  let t: TestApp;
  let ws: GraphqlWsClient;
  const alert = (unitId: string, id: string, day: string) =>
    t.ok(ALERT, { input: { unitId, alertId: id, fraudType: 'ORDER_BRUSHING', occurredAt: `${day}T10:00:00+08:00` } });

  beforeAll(async () => {
    // Its figures were worked out under the first, additive rules: a store upgraded from them scores these days so.
    t = await startTestApp({ additiveRules: true });
    await buildSmallCity(t);
    ws = await GraphqlWsClient.connect(t.url, {
      authorization: `Bearer ${t.tokens.mint({ subject: 'leadership-screen', role: 'LEADERSHIP' })}`,
    });
  });
  afterAll(async () => {
    await ws.close();
    await t.close();
  });

  it('sends the ranking at once, then each change of it, and stays quiet when other days change', async () => {
    const changes = await ws.subscribe<{ rankingChanged: { period: { label: string }; rows: Rows } }>(CHANGES, { day: '2026-04-17' });
    const initial = (await changes.next()).data!.rankingChanged;
    expect(initial.period.label).toBe('2026年4月17日');
    expect(scores(initial.rows)).toEqual([
      ['st-a', 1, 0],
      ['st-b', 1, 0],
      ['st-c', 1, 0],
    ]);

    // An alert on another day leaves this ranking as it was: nothing is sent for it.
    await alert('st-c', 'JQ-OTHER', '2026-04-18');
    await alert('st-b', 'JQ-1', '2026-04-17');
    const changed = (await changes.next()).data!.rankingChanged;
    expect(scores(changed.rows)).toEqual([
      ['st-a', 1, 0],
      ['st-c', 1, 0],
      ['st-b', 3, -1],
    ]);

    changes.stop();
    await alert('st-a', 'JQ-2', '2026-04-17');
    await expect(changes.next(300)).rejects.toThrow(/has ended/);
  });

  it('refuses a subscription with bad arguments, naming the field', async () => {
    const bad = await ws.subscribe(
      `subscription { rankingChanged(role: STATION_CHIEF, period: { kind: DAY, day: "2026-04-17" }, peerGroups: 99) { rows { rank } } }`,
    );
    expect((await bad.next()).errors?.[0].message).toContain('peerGroups: must be between 2 and 6, got 99');
  });
});
