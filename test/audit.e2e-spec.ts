import { buildSmallCity } from './support/small-city';
import { TestApp, startTestApp } from './support/test-app';
import { TokenFor } from './support/test-tokens';

const at = (time: string) => `2026-05-15T${time}:00+08:00`;
const INPUT_TYPES: Record<string, string> = {
  fileCase: 'FileCaseInput',
  amendCaseLoss: 'AmendCaseLossInput',
  receiveFraudAlert: 'ReceiveFraudAlertInput',
  revokeFraudAlert: 'RevokeFraudAlertInput',
  stopPayment: 'StopPaymentInput',
};
const mutation = (name: string) => `mutation($input: ${INPUT_TYPES[name]}!) { ${name}(input: $input) { eventIds } }`;

const ENTRY = `eventId cursor type typeLabel kind kindLabel correctsEventId correctionSummary reason unitId unitName streamId
  occurredAt recordedAt actor { subject name role roleLabel units } source`;
const TRAIL = `query($unitId: ID, $subject: String, $from: DateTime, $to: DateTime, $first: Int, $after: String) {
  auditTrail(unitId: $unitId, subject: $subject, from: $from, to: $to, first: $first, after: $after) { entries { ${ENTRY} } endCursor hasNextPage } }`;
const EVENT_AUDIT = `query($eventId: ID!) { eventAudit(eventId: $eventId) { entry { ${ENTRY} } corrections { ${ENTRY} } } }`;

interface Entry {
  eventId: string;
  cursor: string;
  type: string;
  kind: string;
  correctsEventId: string | null;
  unitId: string;
  recordedAt: string;
  actor: { subject: string };
}

describe('audit trail: who recorded or corrected what, when', () => {
  let t: TestApp;
  const ids: Record<string, string> = {};

  /** Recorders' tokens, each naming the person (or system) and the units it serves: the audit keeps all of it. */
  const RECORDERS: Record<string, TokenFor> = {
    'lr-wang': { subject: 'lr-wang', role: 'RECORDER', name: '王丽', units: ['county-sx'] },
    'lr-chen': { subject: 'lr-chen', role: 'RECORDER', name: '陈核查', units: ['county-sx'] },
    'lr-li': { subject: 'lr-li', role: 'RECORDER', name: '反诈中心对接系统', units: ['st-c'], kind: 'SYSTEM' },
  };
  const as = (subject: string) => ({ authorization: `Bearer ${t.tokens.mint(RECORDERS[subject])}` });
  const record = async (subject: string, name: string, input: Record<string, unknown>) => {
    const res = await t.gql(mutation(name), { input }, as(subject));
    expect(res.errors).toBeUndefined();
    return (res.data as Record<string, { eventIds: string[] }>)[name].eventIds[0];
  };
  const trail = async (variables: Record<string, unknown>) =>
    (await t.ok(TRAIL, variables)).auditTrail as { entries: Entry[]; endCursor: string | null; hasNextPage: boolean };
  const problem = async (query: string, variables: Record<string, unknown>) => {
    const res = await t.gql(query, variables);
    expect(res.data ?? null).toBeNull();
    return res.errors![0];
  };

  beforeAll(async () => {
    t = await startTestApp();
    await buildSmallCity(t);
    ids.case = await record('lr-wang', 'fileCase', {
      unitId: 'st-a',
      caseId: 'AJ-1',
      fraudType: 'LOAN',
      loss: '50000.00',
      occurredAt: at('09:00'),
    });
    ids.alert = await record('lr-wang', 'receiveFraudAlert', {
      unitId: 'st-b',
      alertId: 'JQ-1',
      fraudType: 'INVESTMENT',
      occurredAt: at('10:00'),
    });
    ids.stopped = await record('lr-li', 'stopPayment', {
      unitId: 'st-c',
      operationId: 'ZF-1',
      accounts: 1,
      amount: '8000.00',
      occurredAt: at('11:00'),
      source: 'anti-fraud-center',
    });
    ids.amended = await record('lr-chen', 'amendCaseLoss', {
      unitId: 'st-a',
      caseId: 'AJ-1',
      loss: '30000.00',
      reason: '财损重复计算',
      occurredAt: at('16:00'),
    });
    ids.revoked = await record('lr-chen', 'revokeFraudAlert', {
      unitId: 'st-b',
      alertId: 'JQ-1',
      reason: '经核查系咨询电话',
      occurredAt: at('17:00'),
    });
  });
  afterAll(() => t.close());

  it("lists a county's events with its stations', newest first, with who, what and when, and the correction links", async () => {
    const { entries, hasNextPage } = await trail({ unitId: 'county-sx', first: 500 });
    expect(hasNextPage).toBe(false);
    expect(entries.slice(0, 4)).toEqual([
      expect.objectContaining({
        eventId: ids.revoked,
        type: 'FraudAlertRevoked',
        typeLabel: '撤销警情',
        kind: 'CORRECTED',
        kindLabel: '更正',
        correctsEventId: ids.alert,
        correctionSummary: '撤销警情：警情JQ-1，核减警情1起（经核查系咨询电话）',
        reason: '经核查系咨询电话',
        unitId: 'st-b',
        unitName: '虬江派出所',
        streamId: 'alert-JQ-1',
        occurredAt: '2026-05-15T17:00:00+08:00',
        source: 'graphql',
        actor: { subject: 'lr-chen', name: '陈核查', role: 'RECORDER', roleLabel: '录入员/对接系统', units: ['county-sx'] },
      }),
      expect.objectContaining({
        eventId: ids.amended,
        type: 'CaseLossAmended',
        typeLabel: '更正财损',
        kind: 'CORRECTED',
        correctsEventId: ids.case,
        reason: '财损重复计算',
      }),
      expect.objectContaining({
        eventId: ids.alert,
        type: 'FraudAlertReceived',
        kind: 'RECORDED',
        kindLabel: '记录',
        correctsEventId: null,
        reason: null,
      }),
      expect.objectContaining({
        eventId: ids.case,
        type: 'CaseFiled',
        typeLabel: '立案（发案）',
        unitId: 'st-a',
        unitName: '凤岗派出所',
        occurredAt: '2026-05-15T09:00:00+08:00',
        actor: expect.objectContaining({ subject: 'lr-wang' }),
      }),
    ]);
    // The organisation's own events for the county and its stations are there too, with their Chinese names; 大田's are not.
    const rest = entries.slice(4);
    expect(new Set(rest.map((e) => e.unitId))).toEqual(new Set(['county-sx', 'st-a', 'st-b']));
    expect(rest.map((e) => e.type)).toEqual(expect.arrayContaining(['UnitCreated', 'DefenseAreaDefined', 'ChiefAppointed']));
    expect(entries.find((e) => e.type === 'UnitCreated')).toMatchObject({ typeLabel: '设立单位' });
    expect(entries.some((e) => e.eventId === ids.stopped)).toBe(false);
    const recorded = entries.map((e) => e.recordedAt);
    expect([...recorded].sort().reverse()).toEqual(recorded);
  });

  it("lists a station alone, the whole city without a unit, and one person's events", async () => {
    expect((await trail({ unitId: 'st-c', subject: 'lr-li' })).entries).toEqual([
      expect.objectContaining({
        eventId: ids.stopped,
        typeLabel: '止付',
        source: 'anti-fraud-center',
        unitName: '均溪派出所',
        actor: { subject: 'lr-li', name: '反诈中心对接系统', role: 'RECORDER', roleLabel: '录入员/对接系统', units: ['st-c'] },
      }),
    ]);
    const all = (await trail({ first: 500 })).entries;
    expect(all.map((e) => e.eventId)).toEqual(expect.arrayContaining(Object.values(ids)));
    expect((await trail({ subject: 'lr-wang' })).entries.map((e) => e.eventId)).toEqual([ids.alert, ids.case]);
  });

  it('filters on when the events were recorded', async () => {
    const all = (await trail({ first: 500 })).entries;
    const { recordedAt } = all.find((e) => e.eventId === ids.amended)!;
    const since = (await trail({ unitId: 'city', from: recordedAt })).entries.map((e) => e.eventId);
    expect(since).toEqual(all.filter((e) => e.recordedAt >= recordedAt).map((e) => e.eventId));
    expect(since).toEqual(expect.arrayContaining([ids.revoked, ids.amended]));
    expect(since).not.toContain(ids.case);
    const until = (await trail({ subject: 'lr-chen', to: recordedAt })).entries.map((e) => e.eventId);
    expect(until).toContain(ids.amended);
    expect(until).toEqual(all.filter((e) => e.actor.subject === 'lr-chen' && e.recordedAt <= recordedAt).map((e) => e.eventId));
  });

  it('pages newest first: the pages add up to the whole trail, without gaps or repeats', async () => {
    const whole = (await trail({ unitId: 'county-sx', first: 500 })).entries.map((e) => e.eventId);
    const paged: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page = await trail({ unitId: 'county-sx', first: 3, after });
      expect(page.entries.length).toBeLessThanOrEqual(3);
      paged.push(...page.entries.map((e) => e.eventId));
      after = page.hasNextPage ? page.endCursor : null;
      pages++;
    } while (after);
    expect(paged).toEqual(whole);
    expect(pages).toBe(Math.ceil(whole.length / 3));
    const first = await trail({ unitId: 'county-sx', first: 2 });
    expect(first).toMatchObject({ hasNextPage: true, endCursor: first.entries[1].cursor });
    const last = (await trail({ unitId: 'county-sx', first: 500 })).endCursor;
    expect(await trail({ unitId: 'county-sx', after: last })).toEqual({ entries: [], endCursor: null, hasNextPage: false });
  });

  it('answers who recorded an event and who corrected it, when and why', async () => {
    const audit = (await t.ok(EVENT_AUDIT, { eventId: ids.case })).eventAudit;
    expect(audit.entry).toMatchObject({
      eventId: ids.case,
      kind: 'RECORDED',
      unitName: '凤岗派出所',
      actor: { subject: 'lr-wang', role: 'RECORDER' },
    });
    expect(audit.corrections).toEqual([
      expect.objectContaining({
        eventId: ids.amended,
        kind: 'CORRECTED',
        correctsEventId: ids.case,
        reason: '财损重复计算',
        correctionSummary: '更正财损：案件AJ-1财损由50000.00元更正为30000.00元（财损重复计算）',
        actor: expect.objectContaining({ subject: 'lr-chen' }),
      }),
    ]);
    expect((await t.ok(EVENT_AUDIT, { eventId: ids.alert })).eventAudit.corrections.map((c: Entry) => c.eventId)).toEqual([ids.revoked]);
    expect((await t.ok(EVENT_AUDIT, { eventId: ids.stopped })).eventAudit.corrections).toEqual([]);
    expect((await t.ok(EVENT_AUDIT, { eventId: ids.amended })).eventAudit).toMatchObject({
      entry: { kind: 'CORRECTED', correctsEventId: ids.case },
      corrections: [],
    });
  });

  it.each([
    ['from after to', { from: '2026-05-16T00:00:00+08:00', to: '2026-05-15T00:00:00+08:00' }, 'from', 'is after to'],
    ['first below one', { first: 0 }, 'first', 'between 1 and 500'],
    ['first above 500', { first: 501 }, 'first', 'between 1 and 500'],
    ['a made-up cursor', { after: 'abc' }, 'after', 'is not a cursor'],
  ])('refuses %s, naming the field', async (_name, variables, field, text) => {
    const error = await problem(TRAIL, variables);
    expect(error).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', problems: [{ field, problem: expect.stringContaining(text) }] } });
  });

  it('refuses an unknown unit, an unknown event and a time without a zone', async () => {
    expect(await problem(TRAIL, { unitId: 'nowhere' })).toMatchObject({
      message: '单位 "nowhere" 不存在 / unit "nowhere" does not exist',
      extensions: { code: 'NOT_FOUND', field: 'unitId' },
    });
    expect(await problem(EVENT_AUDIT, { eventId: 'no-such-event' })).toMatchObject({ extensions: { code: 'NOT_FOUND', field: 'eventId' } });
    expect((await problem(TRAIL, { from: '2026-05-15T00:00:00' })).message).toMatch(/\$from.*time zone/);
  });
});
