import { TestApp, startTestApp } from './support/test-app';

const CASE = `mutation($input: FileCaseInput!) { fileCase(input: $input) { eventIds duplicate } }`;
const AUDIT = `query($eventId: ID!) { eventAudit(eventId: $eventId) { entry { lateReason daysLate } } }`;

/** The times a fact may carry, with the production defaults: FACT_CLOCK_SKEW_SECONDS=300, LATE_ENTRY_DAYS=30. */
describe('the time of a recorded fact', () => {
  let t: TestApp;
  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
  const fileCase = (caseId: string, occurredAt: string, more: Record<string, unknown> = {}) => ({
    input: { unitId: 'st-a', caseId, fraudType: 'LOAN', loss: '3000.00', occurredAt, ...more },
  });
  const problems = (error: { extensions?: Record<string, unknown> }) =>
    error.extensions?.problems as Array<{ field: string; problem: string }>;

  beforeAll(async () => {
    t = await startTestApp({ lateEntryDays: 30 });
    for (const [unitId, level, parentId] of [
      ['city', 'CITY', null],
      ['county-sx', 'COUNTY', 'city'],
      ['st-a', 'STATION', 'county-sx'],
    ]) {
      await t.ok(`mutation($input: CreateUnitInput!) { createUnit(input: $input) { eventIds } }`, {
        input: { unitId, level, name: unitId, parentId, effectiveFrom: '2020-01-01' },
      });
    }
  });
  afterAll(() => t.close());

  it('refuses a case dated in 2030, naming occurredAt, and records nothing', async () => {
    const error = await t.refused(CASE, fileCase('AJ-F1', '2030-01-05T10:00:00+08:00'));
    expect(problems(error)).toEqual([
      { field: 'occurredAt', problem: expect.stringMatching(/^发生时间 2030-01-05T10:00:00\+08:00 晚于当前时间/) },
    ]);
  });

  it('refuses a case from 1999 without a reason, naming lateReason, and records nothing', async () => {
    const error = await t.refused(CASE, fileCase('AJ-F2', '1999-01-05T10:00:00+08:00'));
    expect(problems(error)).toEqual([
      { field: 'lateReason', problem: expect.stringMatching(/^该事实发生于 \d+ 天前，超过 30 天的补录须说明原因（lateReason）/) },
    ]);
  });

  it('records a case of 40 days ago with a reason, marked a late entry in the audit, and one of yesterday unmarked', async () => {
    const late = (await t.ok(CASE, fileCase('AJ-F3', daysAgo(40), { lateReason: '系统升级期间未能录入' }))).fileCase;
    const audit = async (eventId: string) => (await t.ok(AUDIT, { eventId })).eventAudit.entry;
    expect(await audit(late.eventIds[0])).toEqual({ lateReason: '系统升级期间未能录入', daysLate: 40 });
    const timely = (await t.ok(CASE, fileCase('AJ-F4', daysAgo(1)))).fileCase;
    expect(await audit(timely.eventIds[0])).toEqual({ lateReason: null, daysLate: null });
  });

  it('answers a resend of a late entry as a resend, without asking the reason again', async () => {
    const first = fileCase('AJ-F5', daysAgo(1), { idempotencyKey: 'platform:AJ-F5' });
    const recorded = (await t.ok(CASE, first)).fileCase;
    expect((await t.ok(CASE, first)).fileCase).toEqual({ eventIds: recorded.eventIds, duplicate: true });
  });
});
