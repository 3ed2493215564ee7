import { buildSmallCity } from './support/small-city';
import { TestApp, startTestApp } from './support/test-app';

const ALERT = `mutation($input: ReceiveFraudAlertInput!) { receiveFraudAlert(input: $input) { eventIds } }`;
const PUBLISH = `mutation($input: PublishRuleSetInput!) { publishRuleSet(input: $input) { streamId } }`;
const EXPLAIN = `query($day: Day!) { explainScore(areaId: "st-a", day: $day) { total ruleSet { versionId name } terms { indicator points score } } }`;

describe('rule sets are versioned data', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await buildSmallCity(t);
    for (const day of ['2026-05-31', '2026-06-01']) {
      await t.ok(ALERT, { input: { unitId: 'st-a', alertId: `JQ-${day}`, fraudType: 'ORDER_BRUSHING', occurredAt: `${day}T10:00:00+08:00` } });
    }
  });
  afterAll(() => t.close());

  it('scores each day with the rules in force that day, and past explanations stay as they were', async () => {
    await t.ok(PUBLISH, {
      input: {
        ruleSetId: 'rules-2026h2', name: '2026年下半年考评规则', effectiveFrom: '2026-06-01', aggregation: 'MEAN',
        terms: [{ indicator: 'alerts', points: -5, per: 1, capPerCase: null, perCapita: false }],
      },
    });
    const may = (await t.ok(EXPLAIN, { day: '2026-05-31' })).explainScore;
    expect(may).toMatchObject({ total: -1, ruleSet: { versionId: 'default@0' } });
    const june = (await t.ok(EXPLAIN, { day: '2026-06-01' })).explainScore;
    expect(june).toMatchObject({ total: -5, ruleSet: { versionId: 'rules-2026h2@0', name: '2026年下半年考评规则' } });
    const range = await t.ok(`{ defenseAreaRanking(from: "2026-05-31", to: "2026-06-01") { rows { areaId score } } }`);
    expect(range.defenseAreaRanking.rows.find((r: { areaId: string }) => r.areaId === 'st-a').score).toBe(-6);
  });

  it('refuses a rule set that names an unknown indicator or a cap on a count', async () => {
    const bad = async (term: Record<string, unknown>) =>
      (await t.gql(PUBLISH, {
        input: { ruleSetId: 'bad', name: 'x', effectiveFrom: '2026-01-01', terms: [{ indicator: 'alerts', points: 1, per: 1, capPerCase: null, perCapita: false, ...term }] },
      })).errors?.[0].message;
    expect(await bad({ indicator: 'happiness' })).toMatch(/input\.terms\.0\.indicator: indicator must be one of/);
    expect(await bad({ capPerCase: 3 })).toContain('terms[0].capPerCase: capPerCase is a positive number and applies only to lossFen');
    expect(await bad({ per: 0 })).toContain('terms[0].per: per must be greater than zero');
    expect((await t.ok(`{ ruleSets { versionId } }`)).ruleSets.map((r: { versionId: string }) => r.versionId)).toEqual(['default@0', 'rules-2026h2@0']);
  });
});
