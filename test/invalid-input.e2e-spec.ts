import { buildSmallCity } from './support/small-city';
import { TestApp, startTestApp } from './support/test-app';

const FILE_CASE = `mutation($input: FileCaseInput!) { fileCase(input: $input) { eventIds } }`;
const CONTACT = `mutation($input: RecordWarningContactInput!) { recordWarningContact(input: $input) { eventIds } }`;
const APPREHEND = `mutation($input: ApprehendSuspectsInput!) { apprehendSuspects(input: $input) { eventIds } }`;

const validCase = { unitId: 'st-a', caseId: 'AJ-9', fraudType: 'LOAN', loss: '100.00', occurredAt: '2026-04-17T09:00:00+08:00' };

describe('bad input is refused with the field and the problem, and changes nothing', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await buildSmallCity(t);
  });
  afterAll(() => t.close());

  const refused = async (query: string, input: Record<string, unknown>) => (await t.refused(query, { input })).message;

  it.each([
    ['a loss with three decimals', { loss: '100.001' }, /loss.*at most two decimals/],
    ['a negative loss', { loss: '-5' }, /loss.*not an amount in yuan/],
    ['a time without a zone', { occurredAt: '2026-04-17T09:00:00' }, /occurredAt.*time zone/],
    ['an unknown fraud type', { fraudType: 'MAGIC' }, /fraudType/],
    ['an empty case id', { caseId: '' }, /caseId/],
  ])('%s', async (_name, change, expected) => {
    expect(await refused(FILE_CASE, { ...validCase, ...change })).toMatch(expected);
  });

  it('names a count below one', async () => {
    const message = await refused(APPREHEND, {
      unitId: 'st-a',
      operationId: 'OP-1',
      charge: 'FRAUD',
      measure: 'CRIMINAL',
      count: 0,
      occurredAt: '2026-04-17T09:00:00+08:00',
    });
    expect(message).toContain('input.count: count must be at least 1');
  });

  it('refuses a fact for a unit that does not exist or is not a station', async () => {
    expect(await refused(FILE_CASE, { ...validCase, unitId: 'nowhere' })).toContain('unit "nowhere" does not exist');
    const res = await t.gql(FILE_CASE, { input: { ...validCase, unitId: 'county-sx' } });
    expect(res.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', problems: [{ field: 'unitId' }] } });
  });

  it('refuses a contact for a warning never received, naming the rule', async () => {
    const message = await refused(CONTACT, {
      unitId: 'st-a',
      instructionId: 'NEVER',
      method: 'PHONE',
      occurredAt: '2026-04-17T09:00:00+08:00',
    });
    expect(message).toContain('instructionId: warning instruction NEVER has not been received');
  });

  it('refuses a case filed twice', async () => {
    await t.ok(FILE_CASE, { input: validCase });
    expect(await refused(FILE_CASE, { ...validCase, idempotencyKey: 'another' })).toContain('case AJ-9 was already filed');
  });
});
