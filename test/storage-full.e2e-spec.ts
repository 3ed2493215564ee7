import { Logger } from '@nestjs/common';
import { EventStore } from '../src/event-store/event-store.port';
import { ReadStore } from '../src/read-store/read-store.port';
import { buildSmallCity } from './support/small-city';
import { TestApp, startTestApp } from './support/test-app';

const ALERT = `mutation($input: ReceiveFraudAlertInput!) { receiveFraudAlert(input: $input) { eventIds projected } }`;
const diskFull = () => Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });

/** A full disk: a clear 503 to the client, readiness says so, and the service carries on by itself once space is freed. */
describe('a full disk', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await buildSmallCity(t);
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await t.close();
  });
  const input = (alertId: string) => ({ input: { unitId: 'st-a', alertId, fraudType: 'LOAN', occurredAt: '2026-04-17T10:00:00+08:00' } });
  const post = (alertId: string) =>
    fetch(t.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${t.tokens.mint({ subject: 'rec', role: 'RECORDER', units: ['st-a'] })}`,
      },
      body: JSON.stringify({ query: ALERT, variables: input(alertId) }),
    });

  it('answers a mutation 503 STORAGE_FULL in Chinese, records nothing, and records it once space is back', async () => {
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const store = t.app.get(EventStore);
    const before = await store.headPosition();
    const append = jest.spyOn(store, 'append').mockRejectedValue(diskFull());
    const refused = await post('JQ-FULL');
    expect(refused.status).toBe(503);
    expect(await refused.json()).toEqual({
      data: null,
      errors: [
        expect.objectContaining({
          message: expect.stringMatching(/^存储空间已满，本次未记录任何内容/),
          extensions: { code: 'STORAGE_FULL' },
        }),
      ],
    });
    expect(await store.headPosition()).toBe(before);
    expect(logged.mock.calls.map((c) => String(c[0]))).toEqual([
      expect.stringMatching(/refused for want of space: database or disk is full/),
    ]);
    append.mockRestore();
    logged.mockRestore();
    expect(((await (await post('JQ-FULL')).json()) as any).data.receiveFraudAlert.projected).toBe(true);
  });

  it('says not ready while the projections stall on it, and catches up by itself', async () => {
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const reads = t.app.get(ReadStore);
    const apply = jest.spyOn(reads, 'apply').mockRejectedValue(diskFull());
    const answer = (await (await post('JQ-STALL')).json()) as any;
    expect(answer.data.receiveFraudAlert.projected).toBe(false);
    const ready = await fetch(new URL('/health/ready', t.url));
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as any).projections).toMatchObject({
      state: 'stalled',
      message: expect.stringMatching(/^存储空间已满，投影暂停/),
    });
    apply.mockRestore();
    for (let i = 0; i < 40 && (await fetch(new URL('/health/ready', t.url))).status !== 200; i++)
      await new Promise((r) => setTimeout(r, 250));
    expect((await fetch(new URL('/health/ready', t.url))).status).toBe(200);
    expect(
      (await t.ok(`{ indicatorReport(unitId: "st-a", from: "2026-04-17", to: "2026-04-17") { current { alerts } } }`)).indicatorReport
        .current.alerts,
    ).toBe(2);
  });
});
