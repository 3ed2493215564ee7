import { addDays } from '../src/common/business-day';
import { Clock } from '../src/common/clock';
import { buildSmallCity } from './support/small-city';
import { TestApp, startTestApp } from './support/test-app';
import { TokenFor } from './support/test-tokens';

const MY_RECORDS = `query($first: Int, $after: String) { myRecords(first: $first, after: $after) {
  entries { eventId type typeLabel kind unitId actor { subject } } endCursor hasNextPage } }`;
const OPEN_WARNINGS = `query($unitId: ID!, $hours: Int) { openWarnings(unitId: $unitId, dueWithinHours: $hours) {
  instructionId unitId unitName kind kindLabel receivedAt deadline overdue } }`;
const APPEALS = `query($countyId: ID) { appeals(countyId: $countyId) { appealId unitId } }`;

interface Warning {
  instructionId: string;
  unitId: string;
  unitName: string;
  kindLabel: string;
  overdue: boolean;
}

/** The recorders' desk: what I recorded (myRecords), and my units' warnings still to be contacted (openWarnings). */
describe('the recording desk: my records and the open warnings', () => {
  let t: TestApp;
  const RECORDERS: Record<string, TokenFor> = {
    'lr-wang': { subject: 'lr-wang', role: 'RECORDER', name: '王丽', units: ['st-a'] },
    'lr-chen': { subject: 'lr-chen', role: 'RECORDER', name: '陈核查', units: ['county-sx'] },
    'lr-li': { subject: 'lr-li', role: 'RECORDER', name: '李新', units: ['st-a'] },
  };
  const as = (subject: string) => ({ authorization: `Bearer ${t.tokens.mint(RECORDERS[subject])}` });
  const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
  const record = async (subject: string, name: string, type: string, input: Record<string, unknown>) => {
    const res = await t.gql(`mutation($input: ${type}!) { ${name}(input: $input) { eventIds } }`, { input }, as(subject));
    expect(res.errors).toBeUndefined();
    return (res.data as Record<string, { eventIds: string[] }>)[name].eventIds[0];
  };
  const receive = (subject: string, unitId: string, instructionId: string, deadlineInHours: number) =>
    record(subject, 'receiveWarning', 'ReceiveWarningInput', {
      unitId,
      instructionId,
      kind: 'FUND',
      occurredAt: inHours(Math.min(-1, deadlineInHours - 1)),
      deadline: inHours(deadlineInHours),
    });
  const open = async (subject: string, unitId: string, hours?: number) => {
    const res = await t.gql(OPEN_WARNINGS, { unitId, hours }, as(subject));
    expect(res.errors).toBeUndefined();
    return (res.data as { openWarnings: Warning[] }).openWarnings;
  };

  beforeAll(async () => {
    t = await startTestApp();
    await buildSmallCity(t);
  });
  afterAll(() => t.close());

  it('lists only what the signed-in recorder recorded, newest first, page by page', async () => {
    const first = await record('lr-wang', 'receiveFraudAlert', 'ReceiveFraudAlertInput', {
      unitId: 'st-a',
      alertId: 'JQ-1',
      fraudType: 'INVESTMENT',
      occurredAt: inHours(-2),
    });
    await record('lr-chen', 'receiveFraudAlert', 'ReceiveFraudAlertInput', {
      unitId: 'st-b',
      alertId: 'JQ-2',
      fraudType: 'INVESTMENT',
      occurredAt: inHours(-2),
    });
    const second = await receive('lr-wang', 'st-a', 'YJ-0', 30);

    const page = await t.gql(MY_RECORDS, { first: 1 }, as('lr-wang'));
    expect(page.errors).toBeUndefined();
    const { myRecords } = page.data as {
      myRecords: { entries: Array<{ eventId: string; typeLabel: string }>; endCursor: string; hasNextPage: boolean };
    };
    expect(myRecords.entries.map((e) => e.eventId)).toEqual([second]);
    expect(myRecords.hasNextPage).toBe(true);
    const next = await t.gql(MY_RECORDS, { first: 5, after: myRecords.endCursor }, as('lr-wang'));
    expect((next.data as { myRecords: { entries: Array<{ eventId: string; typeLabel: string }> } }).myRecords.entries).toEqual([
      expect.objectContaining({ eventId: first, typeLabel: '接报警情', unitId: 'st-a', actor: { subject: 'lr-wang' } }),
    ]);
  });

  it("never answers one recorder with another's records, though both serve the same units (no cached answer is shared)", async () => {
    const mine = async (subject: string) =>
      ((await t.gql(MY_RECORDS, { first: 50 }, as(subject))).data as { myRecords: { entries: Array<{ actor: { subject: string } }> } })
        .myRecords.entries;
    expect((await mine('lr-wang')).length).toBeGreaterThan(0);
    expect(await mine('lr-li')).toEqual([]);
  });

  it('is refused to anyone but a recorder', async () => {
    const error = await t.refused(MY_RECORDS, {}, { 'x-actor': 'kp-zhang', 'x-actor-role': 'EVALUATION_STAFF' });
    expect(error.extensions?.code).toBe('FORBIDDEN');
  });

  it('lists the warnings of my units not yet contacted whose deadline is near, nearest first; a contact takes one off, its retraction puts it back', async () => {
    await receive('lr-wang', 'st-a', 'YJ-1', 3);
    await receive('lr-wang', 'st-a', 'YJ-2', 1);
    await receive('lr-chen', 'st-b', 'YJ-3', 2);
    await receive('lr-wang', 'st-a', 'YJ-late', -2);

    const ofStation = await open('lr-wang', 'st-a');
    expect(ofStation.map((w) => w.instructionId)).toEqual(['YJ-late', 'YJ-2', 'YJ-1']);
    expect(ofStation[0]).toMatchObject({ unitId: 'st-a', unitName: '凤岗派出所', kindLabel: '资金预警', overdue: true });
    expect(ofStation[1].overdue).toBe(false);
    // A county's desk holds its stations'; a longer horizon reaches the warning due in 30 hours.
    expect((await open('lr-chen', 'county-sx')).map((w) => w.instructionId)).toEqual(['YJ-late', 'YJ-2', 'YJ-3', 'YJ-1']);
    expect((await open('lr-wang', 'st-a', 48)).map((w) => w.instructionId)).toContain('YJ-0');

    const contact = await record('lr-wang', 'recordWarningContact', 'RecordWarningContactInput', {
      unitId: 'st-a',
      instructionId: 'YJ-2',
      method: 'PHONE',
      occurredAt: inHours(-0.5),
    });
    expect((await open('lr-wang', 'st-a')).map((w) => w.instructionId)).toEqual(['YJ-late', 'YJ-1']);
    await record('lr-wang', 'retractWarningFact', 'RetractWarningFactInput', {
      unitId: 'st-a',
      instructionId: 'YJ-2',
      eventId: contact,
      reason: '误录联系记录',
      occurredAt: inHours(0),
    });
    expect((await open('lr-wang', 'st-a')).map((w) => w.instructionId)).toEqual(['YJ-late', 'YJ-2', 'YJ-1']);
  });

  it('refuses another unit’s warnings, and a horizon out of range naming the argument', async () => {
    const other = await t.gql(OPEN_WARNINGS, { unitId: 'st-c' }, as('lr-wang'));
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const wide = await t.gql(OPEN_WARNINGS, { unitId: 'st-a', hours: 1000 }, as('lr-wang'));
    expect(wide.errors?.[0].message).toMatch(/^输入有误：dueWithinHours：/);
  });

  it('lists the appeals on a county and its stations by countyId', async () => {
    const yesterday = addDays(t.app.get(Clock).today(), -1);
    const file = (chiefId: string, unitId: string) =>
      t.ok(`mutation($input: FileAppealInput!) { fileAppeal(input: $input) { appealId } }`, {
        input: { chiefId, unitId, from: yesterday, reason: '数据有误' },
      });
    const onStation = (await file('chief-st-a', 'st-a')).fileAppeal.appealId;
    await file('chief-st-c', 'st-c');
    const listed = (await t.ok(APPEALS, { countyId: 'county-sx' })).appeals as Array<{ appealId: string; unitId: string }>;
    expect(listed).toEqual([{ appealId: onStation, unitId: 'st-a' }]);
  });
});
