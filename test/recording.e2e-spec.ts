import { buildSmallCity } from './support/small-city';
import { TestApp, startTestApp } from './support/test-app';

const RECEIVE = `mutation($input: ReceiveWarningInput!) { receiveWarning(input: $input) { streamId eventIds position duplicate projected } }`;
const CONTACT = `mutation($input: RecordWarningContactInput!) { recordWarningContact(input: $input) { eventIds projected } }`;
const FILE_CASE = `mutation($input: FileCaseInput!) { fileCase(input: $input) { eventIds projected } }`;
const AMEND = `mutation($input: AmendCaseLossInput!) { amendCaseLoss(input: $input) { eventIds } }`;
const REVOKE = `mutation($input: RevokeCaseInput!) { revokeCase(input: $input) { eventIds } }`;
const RANKING = `query($from: Day!, $to: Day!) { ranking(role: STATION_CHIEF, period: { kind: RANGE, from: $from, to: $to }) {
  rows { rank areaId: subjectId areaName: name countyName score chief { name } indicators { warningsReceived contactedInTime faceToFace cases loss } } } }`;
const EXPLAIN = `query($areaId: ID!, $day: Day!) { explainScore(areaId: $areaId, day: $day) {
  total ruleSet { versionId } terms { indicator label value points score eventIds } } }`;

describe('recording facts through GraphQL (embedded store)', () => {
  let t: TestApp;

  beforeAll(async () => {
    // Its figures were worked out under the first, additive rules: a store upgraded from them scores these days so.
    t = await startTestApp({ additiveRules: true });
    await buildSmallCity(t);
  });
  afterAll(() => t.close());

  it("turns a warning and a face-to-face contact into that day's indicators, score, explanation and ranking", async () => {
    const received = await t.ok(RECEIVE, {
      input: {
        unitId: 'st-a',
        instructionId: 'YJ-0001',
        kind: 'FUND',
        idempotencyKey: 'platform:YJ-0001',
        occurredAt: '2026-04-17T09:00:00+08:00',
        deadline: '2026-04-18T09:00:00+08:00',
      },
    });
    expect(received.receiveWarning).toMatchObject({ streamId: 'warning-YJ-0001', duplicate: false, projected: true });
    const contact = await t.ok(CONTACT, {
      input: { unitId: 'st-a', instructionId: 'YJ-0001', method: 'FACE_TO_FACE', occurredAt: '2026-04-17T11:30:00+08:00' },
    });

    const ranking = (await t.ok(RANKING, { from: '2026-04-17', to: '2026-04-17' })).ranking.rows;
    expect(ranking[0]).toMatchObject({
      rank: 1,
      areaId: 'st-a',
      areaName: '凤岗防区',
      countyName: '沙县分局',
      chief: { name: '林建国' },
      score: 1.5,
      indicators: { warningsReceived: 1, contactedInTime: 1, faceToFace: 1 },
    });
    expect(ranking.slice(1).map((r: { rank: number; score: number }) => [r.rank, r.score])).toEqual([
      [2, 0],
      [2, 0],
    ]);

    const explanation = (await t.ok(EXPLAIN, { areaId: 'st-a', day: '2026-04-17' })).explainScore;
    expect(explanation.total).toBe(1.5);
    expect(explanation.ruleSet.versionId).toBe('default@0');
    const inTime = explanation.terms.find((x: { indicator: string }) => x.indicator === 'contactedInTime');
    expect(inTime).toMatchObject({
      label: '及时见面/联系数',
      value: '1',
      points: 1,
      score: 1,
      eventIds: contact.recordWarningContact.eventIds,
    });
    const f2f = explanation.terms.find((x: { indicator: string }) => x.indicator === 'faceToFace');
    expect(f2f).toMatchObject({ value: '1', points: 0.5, score: 0.5 });
  });

  it('records a resend with the same idempotency key once', async () => {
    const input = {
      unitId: 'st-b',
      instructionId: 'YJ-0002',
      kind: 'CALL',
      idempotencyKey: 'platform:YJ-0002',
      occurredAt: '2026-04-17T10:00:00+08:00',
      deadline: '2026-04-19T10:00:00+08:00',
    };
    const first = (await t.ok(RECEIVE, { input })).receiveWarning;
    const again = (await t.ok(RECEIVE, { input })).receiveWarning;
    expect(again).toMatchObject({ duplicate: true, eventIds: first.eventIds, position: first.position });
    const rows = (await t.ok(RANKING, { from: '2026-04-17', to: '2026-04-17' })).ranking.rows;
    expect(rows.find((r: { areaId: string }) => r.areaId === 'st-b').indicators.warningsReceived).toBe(1);
  });

  it('refuses the same idempotency key with another payload, naming the key and recording nothing', async () => {
    const input = {
      unitId: 'st-b',
      instructionId: 'YJ-0003',
      kind: 'CALL',
      idempotencyKey: 'platform:YJ-0003',
      occurredAt: '2026-04-17T10:00:00+08:00',
      deadline: '2026-04-19T10:00:00+08:00',
    };
    await t.ok(RECEIVE, { input });
    for (const changed of [{ deadline: '2026-04-20T10:00:00+08:00' }, { occurredAt: '2026-04-17T11:00:00+08:00' }]) {
      const error = await t.refused(RECEIVE, { input: { ...input, ...changed } });
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect((error.extensions?.problems as Array<{ field: string; problem: string }>)[0]).toEqual({
        field: 'idempotencyKey',
        problem:
          '幂等键 "platform:YJ-0003" 已用于另一内容的提交，重发须与原提交完全一致 / idempotency key "platform:YJ-0003" was already used for a different fact; a resend must repeat the original exactly',
      });
    }
    const elsewhere = await t.refused(RECEIVE, { input: { ...input, instructionId: 'YJ-0004' } });
    expect(JSON.stringify(elsewhere)).not.toContain('warning-YJ-0003');
  });

  it('puts a late loss correction and a revocation on the day the case was filed', async () => {
    await t.ok(FILE_CASE, {
      input: { unitId: 'st-c', caseId: 'AJ-1', fraudType: 'INVESTMENT', loss: '52000000.00', occurredAt: '2026-03-02T15:00:00+08:00' },
    });
    await t.ok(FILE_CASE, {
      input: { unitId: 'st-c', caseId: 'AJ-2', fraudType: 'ORDER_BRUSHING', loss: '8000.50', occurredAt: '2026-03-02T16:00:00+08:00' },
    });
    await t.ok(AMEND, {
      input: { unitId: 'st-c', caseId: 'AJ-2', loss: '12000.50', reason: '受害人补充转账记录', occurredAt: '2026-03-20T09:00:00+08:00' },
    });
    const day = async () =>
      (await t.ok(RANKING, { from: '2026-03-02', to: '2026-03-02' })).ranking.rows.find((r: { areaId: string }) => r.areaId === 'st-c');
    const before = await day();
    expect(before.indicators).toMatchObject({ cases: 2, loss: '52012000.50' });
    // −2 per case, loss −1 per ¥10,000 capped at −20 per case: −20 for ¥52M, −1.20005 for ¥12,000.50.
    expect(before.score).toBeCloseTo(-4 - 20 - 1.20005, 3);

    await t.ok(REVOKE, { input: { unitId: 'st-c', caseId: 'AJ-1', reason: '经查不构成诈骗', occurredAt: '2026-04-01T09:00:00+08:00' } });
    const after = await day();
    expect(after.indicators).toMatchObject({ cases: 1, loss: '12000.50' });
    const march20 = (await t.ok(RANKING, { from: '2026-03-20', to: '2026-03-20' })).ranking.rows.find(
      (r: { areaId: string }) => r.areaId === 'st-c',
    );
    expect(march20.indicators.cases).toBe(0);
  });

  it('ranks over a date range by the sum of the daily scores', async () => {
    const rows = (await t.ok(RANKING, { from: '2026-03-01', to: '2026-04-30' })).ranking.rows;
    expect(rows.map((r: { areaId: string; rank: number }) => [r.areaId, r.rank])).toEqual([
      ['st-a', 1],
      ['st-b', 2],
      ['st-c', 3],
    ]);
  });
});
