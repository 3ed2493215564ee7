import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { GraphqlWsClient } from './support/graphql-ws-client';
import { buildSmallCity } from './support/small-city';
import { TestApp, startTestApp } from './support/test-app';
import { TokenFor } from './support/test-tokens';

const EXPLAIN = `query($areaId: ID!) { explainScore(areaId: $areaId, day: "2026-04-17") { total } }`;
const RANKING = `{ ranking(role: STATION_CHIEF, period: { kind: DAY, day: "2026-04-17" }) { rows { unitId } } }`;
const ALERT = `mutation($input: ReceiveFraudAlertInput!) { receiveFraudAlert(input: $input) { eventIds } }`;
const AUDIT = `query($eventId: ID!) { eventAudit(eventId: $eventId) { entry { actor { subject name role units } source } } }`;

/** The flows of the "done when", with tokens as the README shows them; the matrix suite covers every operation. */
describe('security: tokens, roles and units, and who did what', () => {
  let t: TestApp;
  const as = (request: TokenFor) => ({ authorization: `Bearer ${t.tokens.mint(request)}` });
  const codeOf = (answer: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => answer.errors?.[0]?.extensions?.code;
  const alert = (unitId: string, alertId: string, headers: Record<string, string>) =>
    t.gql(
      ALERT,
      { input: { unitId, alertId, fraudType: 'ORDER_BRUSHING', occurredAt: '2026-04-17T10:00:00+08:00', source: 'warning-platform' } },
      headers,
    );

  beforeAll(async () => {
    t = await startTestApp();
    await buildSmallCity(t);
  });
  afterAll(() => t.close());

  it('answers nothing but health without a valid token', async () => {
    const post = (headers: Record<string, string>) =>
      fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: RANKING }),
      });
    const refusals = [
      [
        {},
        '未认证：未携带令牌：请在请求头中发送 "Authorization: Bearer <令牌>"（可用 npm run token 生成） / Not authenticated: no token: send',
      ],
      [{ authorization: 'Bearer not-a-token' }, '未认证：令牌不是 JWT / Not authenticated: the token is not a JWT'],
      [as({ subject: 'x', role: 'LEADERSHIP', expiresInSeconds: -120 }), '未认证：令牌已于 '],
    ] as const;
    for (const [headers, message] of refusals) {
      const res = await post(headers);
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({
        data: null,
        errors: [{ message: expect.stringContaining(message), extensions: { code: 'UNAUTHENTICATED' } }],
      });
    }
    expect((await fetch(new URL('/letters/L-1.pdf', t.url))).status).toBe(401);
    expect((await fetch(new URL('/health/live', t.url))).status).toBe(200);
  });

  it("lets a county chief read the city-wide ranking and his own units' details, not another county's", async () => {
    const chief = as({ subject: 'cc-sx', role: 'COUNTY_CHIEF', units: ['county-sx'] });
    expect((await t.gql(RANKING, {}, chief)).data?.ranking.rows).toHaveLength(3);
    expect((await t.gql(EXPLAIN, { areaId: 'st-a' }, chief)).errors).toBeUndefined();
    const other = await t.gql(EXPLAIN, { areaId: 'st-c' }, chief);
    expect(codeOf(other)).toBe('FORBIDDEN');
    expect(other.errors?.[0].message).toBe(
      '无权限：Query.explainScore：单位 st-c 不在本令牌所辖单位（county-sx）之内 / ' +
        'Not allowed: Query.explainScore: unit st-c is not one of the units this token serves (county-sx)',
    );
  });

  it('lets a recorder write only for his units, and never a chief his own figures', async () => {
    const recorder = as({ subject: 'platform', role: 'RECORDER', units: ['st-a'], kind: 'SYSTEM' });
    expect((await alert('st-a', 'JQ-S1', recorder)).errors).toBeUndefined();
    expect(codeOf(await alert('st-b', 'JQ-S2', recorder))).toBe('FORBIDDEN');
    expect(codeOf(await alert('st-a', 'JQ-S3', as({ subject: 'sc-a', role: 'STATION_CHIEF', units: ['st-a'] })))).toBe('FORBIDDEN');
    expect(
      codeOf(await t.gql(`mutation { publishBulletin(day: "2026-04-17") { eventIds } }`, {}, as({ subject: 'l', role: 'LEADERSHIP' }))),
    ).toBe('FORBIDDEN');
  });

  it("refuses a recorder's follow-up on another county's fact by authorization, naming neither its unit nor its events", async () => {
    const WARNING = `mutation($input: ReceiveWarningInput!) { receiveWarning(input: $input) { eventIds } }`;
    const CONTACT = `mutation($input: RecordWarningContactInput!) { recordWarningContact(input: $input) { eventIds } }`;
    const REVOKE = `mutation($input: RevokeFraudAlertInput!) { revokeFraudAlert(input: $input) { eventIds } }`;
    const daTian = as({ subject: 'rec-dt', role: 'RECORDER', units: ['county-dt'] });
    const shaXian = as({ subject: 'rec-sx', role: 'RECORDER', units: ['county-sx'] });
    const received = await t.gql(
      WARNING,
      {
        input: {
          unitId: 'st-c',
          instructionId: 'YJ-S1',
          kind: 'APP',
          deadline: '2026-04-17T12:00:00+08:00',
          occurredAt: '2026-04-17T09:00:00+08:00',
        },
      },
      daTian,
    );
    const [receivedId] = received.data!.receiveWarning.eventIds;
    const contact = await t.gql(
      CONTACT,
      { input: { unitId: 'st-a', instructionId: 'YJ-S1', method: 'PHONE', occurredAt: '2026-04-17T09:30:00+08:00' } },
      shaXian,
    );
    expect(codeOf(contact)).toBe('FORBIDDEN');
    expect(contact.errors?.[0].message).toBe(
      '无权限：Mutation.recordWarningContact：预警指令 YJ-S1 由本令牌所辖以外的单位记录 / ' +
        'Not allowed: Mutation.recordWarningContact: the warning instruction YJ-S1 was recorded by a unit this token does not serve',
    );
    expect(JSON.stringify(contact.errors)).not.toMatch(new RegExp(`st-c|county-dt|${receivedId}`));
    const revoke = await t.gql(
      REVOKE,
      { input: { unitId: 'st-a', alertId: 'JQ-S1', reason: '非涉诈', occurredAt: '2026-04-17T11:00:00+08:00' } },
      daTian,
    );
    expect(codeOf(revoke)).toBe('FORBIDDEN');
    const own = await t.gql(
      CONTACT,
      { input: { unitId: 'st-c', instructionId: 'YJ-S1', method: 'PHONE', occurredAt: '2026-04-17T09:30:00+08:00' } },
      daTian,
    );
    expect(own.errors).toBeUndefined();
  });

  it('records who acted in every event, and answers who did it', async () => {
    const [eventId] = (await alert('st-b', 'JQ-S4', as({ subject: 'rec-b', name: '虬江录入员', role: 'RECORDER', units: ['county-sx'] })))
      .data!.receiveFraudAlert.eventIds;
    const audit = await t.gql(AUDIT, { eventId }, as({ subject: 'kp', role: 'EVALUATION_STAFF' }));
    expect(audit.data?.eventAudit.entry).toEqual({
      actor: { subject: 'rec-b', name: '虬江录入员', role: 'RECORDER', units: ['county-sx'] },
      source: 'warning-platform',
    });
  });

  it('refuses a subscription whose connection carries no valid token', async () => {
    await expect(GraphqlWsClient.connect(t.url)).rejects.toThrow(/closed|connection_ack/);
    await expect(GraphqlWsClient.connect(t.url, { authorization: 'Bearer forged' })).rejects.toThrow(/closed|connection_ack/);
  });

  it('mints a token with `npm run token` that the service accepts', async () => {
    const cli = join(__dirname, '..', 'src', 'cli', 'token.ts');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', cli, '--role', 'county_chief', '--unit', 'county-sx'],
      {
        env: { ...process.env, DATA_DIR: t.dataDir },
      },
    );
    expect((await t.gql(EXPLAIN, { areaId: 'st-b' }, { authorization: `Bearer ${stdout.trim()}` })).errors).toBeUndefined();
    await expect(
      promisify(execFile)(process.execPath, ['-r', 'ts-node/register/transpile-only', cli, '--role', 'RECORDER'], {
        env: { ...process.env, DATA_DIR: t.dataDir },
      }),
    ).rejects.toMatchObject({ stderr: expect.stringContaining('a RECORDER token needs --unit <unitId>') });
  });
});
