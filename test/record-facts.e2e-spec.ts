import { EventStore } from '../src/event-store/event-store.port';
import { buildSmallCity } from './support/small-city';
import { TestApp, startTestApp } from './support/test-app';

const RECORD_FACTS = `mutation($facts: [FactInput!]!) { recordFacts(facts: $facts) {
  recorded duplicates refused
  facts { index status result { streamId eventIds duplicate projected } refusal { code message problems { field problem } } } } }`;
const AUDIT = `query($eventId: ID!) { eventAudit(eventId: $eventId) { entry { source correlationId lateReason daysLate } } }`;
const INDICATORS = `query($unitId: ID!, $from: Day!, $to: Day!) { indicatorReport(unitId: $unitId, from: $from, to: $to) {
  current { warningsReceived contacted cases } } }`;

/** The batch endpoint for systems, with the production time rules (LATE_ENTRY_DAYS=30). */
describe('recordFacts: many facts of any family in one request, each answered', () => {
  let t: TestApp;
  let system: string;
  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
  const day = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);
  const asSystem = (facts: unknown[], headers: Record<string, string> = {}) =>
    t.gql(RECORD_FACTS, { facts }, { authorization: `Bearer ${system}`, ...headers });
  const receivedAt = daysAgo(2);
  const warning = (id: string, unitId = 'st-a') => ({
    receiveWarning: {
      unitId,
      instructionId: id,
      kind: 'FUND',
      occurredAt: receivedAt,
      deadline: new Date(Date.parse(receivedAt) + 86_400_000).toISOString(),
      idempotencyKey: `platform:${id}`,
      source: 'warning-platform',
    },
  });
  const contact = (id: string) => ({
    recordWarningContact: {
      unitId: 'st-a',
      instructionId: id,
      method: 'FACE_TO_FACE',
      occurredAt: new Date(Date.parse(receivedAt) + 3_600_000).toISOString(),
      idempotencyKey: `platform:${id}:contact`,
    },
  });
  const fileCase = (caseId: string, more: Record<string, unknown> = {}) => ({
    fileCase: {
      unitId: 'st-a',
      caseId,
      fraudType: 'LOAN',
      loss: '3000.00',
      occurredAt: daysAgo(1),
      idempotencyKey: `cases:${caseId}`,
      ...more,
    },
  });

  beforeAll(async () => {
    t = await startTestApp({ lateEntryDays: 30 });
    await buildSmallCity(t);
    system = t.tokens.mint({ subject: 'warning-platform', role: 'RECORDER', units: ['county-sx'], kind: 'SYSTEM' });
  });
  afterAll(() => t.close());

  it('records what it may, refuses the rest one by one with the reason a single mutation gives, in the order sent', async () => {
    const head = await t.app.get(EventStore).headPosition();
    const res = await asSystem(
      [
        warning('YJ-B1'),
        contact('YJ-B1'),
        fileCase('AJ-B1'),
        warning('YJ-B2', 'st-c'),
        fileCase('AJ-B2', { caseId: 'A'.repeat(101) }),
        fileCase('AJ-B3', { occurredAt: new Date(Date.now() + 86_400_000).toISOString() }),
        fileCase('AJ-B4', { occurredAt: daysAgo(60) }),
        fileCase('AJ-B5', { occurredAt: daysAgo(60), lateReason: '案件系统迁移期间未能同步' }),
        { ...warning('YJ-B3'), ...fileCase('AJ-B6') },
        {},
      ],
      { 'x-correlation-id': 'platform-batch-0001' },
    );
    expect(res.errors).toBeUndefined();
    const answer = res.data!.recordFacts;
    expect(answer.facts.map((f: { index: number; status: string }) => [f.index, f.status])).toEqual([
      [0, 'RECORDED'],
      [1, 'RECORDED'],
      [2, 'RECORDED'],
      [3, 'REFUSED'],
      [4, 'REFUSED'],
      [5, 'REFUSED'],
      [6, 'REFUSED'],
      [7, 'RECORDED'],
      [8, 'REFUSED'],
      [9, 'REFUSED'],
    ]);
    expect([answer.recorded, answer.duplicates, answer.refused]).toEqual([4, 0, 6]);
    const refusal = (i: number) => answer.facts[i].refusal;
    expect(refusal(3)).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('单位 st-c 不在本令牌所辖单位') });
    expect(refusal(4)).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ field: 'input.caseId', problem: expect.stringMatching(/^caseId 不能超过 100 个字符/) }],
    });
    expect(refusal(5)).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ field: 'occurredAt', problem: expect.stringMatching(/晚于当前时间/) }],
    });
    expect(refusal(6)).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ field: 'lateReason', problem: expect.stringMatching(/^该事实发生于 60 天前/) }],
    });
    expect(refusal(8).problems[0]).toMatchObject({
      field: 'fact',
      problem: expect.stringMatching(/^填写了 fileCase、receiveWarning 共 2 项，须恰填一项/),
    });
    expect(refusal(9).problems[0].problem).toMatch(/^未填写任何事实/);

    // The contact was decided on the warning the same batch received: one stream, two events.
    const [received, contacted] = [answer.facts[0].result, answer.facts[1].result];
    expect(contacted.streamId).toBe(received.streamId);
    expect(
      answer.facts.filter((f: { result: unknown }) => f.result).every((f: { result: { projected: boolean } }) => f.result.projected),
    ).toBe(true);
    expect(await t.app.get(EventStore).headPosition()).toBe(head + 4n);

    const audit = async (eventId: string) => (await t.ok(AUDIT, { eventId })).eventAudit.entry;
    expect(await audit(received.eventIds[0])).toEqual({
      source: 'warning-platform',
      correlationId: 'platform-batch-0001',
      lateReason: null,
      daysLate: null,
    });
    expect(await audit(answer.facts[7].result.eventIds[0])).toMatchObject({ lateReason: '案件系统迁移期间未能同步', daysLate: 60 });

    const report = await t.ok(INDICATORS, { unitId: 'st-a', from: day(receivedAt), to: day(daysAgo(1)) });
    expect(report.indicatorReport.current).toMatchObject({ warningsReceived: 1, contacted: 1, cases: 1 });
  });

  it('refuses the whole request when a value is not of its type (an amount, a time), naming the fact by its place', async () => {
    const error = await t.refused(
      RECORD_FACTS,
      { facts: [fileCase('AJ-S1'), fileCase('AJ-S2', { loss: '-5.00' })] },
      { authorization: `Bearer ${system}` },
    );
    expect(error.message).toMatch(/^输入有误：facts\[1\]\.fileCase\.loss：金额 "-5\.00" 有误/);
  });

  it('answers the same batch sent again as duplicates, recording nothing', async () => {
    const facts = [warning('YJ-D1'), contact('YJ-D1'), fileCase('AJ-D1')];
    const first = (await asSystem(facts)).data!.recordFacts;
    const head = await t.app.get(EventStore).headPosition();

    const again = (await asSystem(facts)).data!.recordFacts;

    expect([again.recorded, again.duplicates, again.refused]).toEqual([0, 3, 0]);
    expect(again.facts.map((f: { result: { eventIds: string[] } }) => f.result.eventIds)).toEqual(
      first.facts.map((f: { result: { eventIds: string[] } }) => f.result.eventIds),
    );
    expect(await t.app.get(EventStore).headPosition()).toBe(head);
  });

  it('answers a fact sent twice in one batch once, the second as a duplicate; the same key with other content is refused', async () => {
    const changed = fileCase('AJ-T1', { loss: '4000.00' });
    const answer = (await asSystem([fileCase('AJ-T1'), fileCase('AJ-T1'), changed])).data!.recordFacts;
    expect(answer.facts.map((f: { status: string }) => f.status)).toEqual(['RECORDED', 'DUPLICATE', 'REFUSED']);
    expect(answer.facts[1].result.eventIds).toEqual(answer.facts[0].result.eventIds);
    expect(answer.facts[2].refusal.problems[0].field).toBe('idempotencyKey');
  });

  it('is for system tokens: a recorder at a screen is refused, and so is a batch over BATCH_MAX_FACTS or an empty one', async () => {
    const person = t.tokens.mint({ subject: 'recorder-a', role: 'RECORDER', units: ['st-a'] });
    const refused = await t.refused(RECORD_FACTS, { facts: [fileCase('AJ-P1')] }, { authorization: `Bearer ${person}` });
    expect(refused).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringContaining('此操作仅供对接系统令牌使用') });

    const tooMany = Array.from({ length: 1001 }, (_, i) => fileCase(`AJ-M${i}`));
    const over = await t.refused(RECORD_FACTS, { facts: tooMany }, { authorization: `Bearer ${system}` });
    expect(over.extensions?.problems).toEqual([
      { field: 'facts', problem: expect.stringMatching(/^一批须有 1 至 1000 条事实，本批 1001 条/) },
    ]);
    const empty = await t.refused(RECORD_FACTS, { facts: [] }, { authorization: `Bearer ${system}` });
    expect(empty.extensions?.problems[0].field).toBe('facts');
  });
});
