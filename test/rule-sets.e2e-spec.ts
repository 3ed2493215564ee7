import { addDays, businessDayOf } from '../src/common/business-day';
import { buildSmallCity } from './support/small-city';
import { TestApp, startTestApp } from './support/test-app';

const ALERT = `mutation($input: ReceiveFraudAlertInput!) { receiveFraudAlert(input: $input) { eventIds } }`;
const FILE_CASE = `mutation($input: FileCaseInput!) { fileCase(input: $input) { eventIds } }`;
const PUBLISH = `mutation($input: PublishRuleSetInput!) { publishRuleSet(input: $input) { streamId } }`;
const EXPLAIN = `query($day: Day!) { explainScore(areaId: "st-a", day: $day) { total ruleSet { versionId name } terms { indicator points score } } }`;
const RANKING = `query($from: Day!, $to: Day!) { ranking(role: STATION_CHIEF, period: { kind: RANGE, from: $from, to: $to }) { rows { subjectId rank score } } }`;
const WHAT_IF = `query($from: Day!, $to: Day!, $draft: RuleSetDraftInput!) {
  whatIfRanking(role: STATION_CHIEF, period: { kind: RANGE, from: $from, to: $to }, draft: $draft) {
    draftName rows { subjectId currentRank currentScore draftRank draftScore rankChange move } movedUp { subjectId } movedDown { subjectId } } }`;

const term = (indicator: string, points: number) => ({ indicator, points, per: 1, capPerCase: null, perCapita: false });

/** Rules may only take effect from today on, so this suite works on the days up to today. */
describe('rule sets are versioned data', () => {
  const today = businessDayOf(new Date());
  const yesterday = addDays(today, -1);
  let t: TestApp;

  beforeAll(async () => {
    // Its figures were worked out under the first, additive rules: a store upgraded from them scores these days so.
    t = await startTestApp({ additiveRules: true });
    await buildSmallCity(t);
    // At midnight: today's alert must not lie in the future whatever the hour the suite runs.
    for (const day of [addDays(today, -2), yesterday, today]) {
      await t.ok(ALERT, {
        input: { unitId: 'st-a', alertId: `JQ-${day}`, fraudType: 'ORDER_BRUSHING', occurredAt: `${day}T00:00:00+08:00` },
      });
    }
    // st-b: one case yesterday (−2 under the default rules), no alerts.
    await t.ok(FILE_CASE, {
      input: { unitId: 'st-b', caseId: 'AJ-B1', fraudType: 'INVESTMENT', loss: '100.00', occurredAt: `${yesterday}T11:00:00+08:00` },
    });
  });
  afterAll(() => t.close());

  it('upgrades a store whose default is the first, additive table: the rate default follows from today', async () => {
    const versions = (await t.ok(`{ ruleSets { versionId kind effectiveFrom aggregation priorDays rateTerms { key dimension weight } } }`))
      .ruleSets;
    expect(versions.slice(0, 2)).toMatchObject([
      { versionId: 'default@0', kind: 'ADDITIVE', effectiveFrom: '2000-01-01', aggregation: 'MEAN', priorDays: null, rateTerms: [] },
      { versionId: 'default@1', kind: 'RATES', effectiveFrom: today, aggregation: null, priorDays: 30 },
    ]);
    const weights = versions[1].rateTerms.reduce((sum: number, term: { weight: number }) => sum + term.weight, 0);
    expect(weights).toBe(100);
  });

  it('scores each day with the rules in force that day, and earlier days stay as they were', async () => {
    const before = (await t.ok(RANKING, { from: yesterday, to: yesterday })).ranking.rows;
    await t.ok(PUBLISH, {
      input: { ruleSetId: 'rules-next', name: '新考评规则', effectiveFrom: today, aggregation: 'MEAN', terms: [term('alerts', -5)] },
    });
    expect((await t.ok(EXPLAIN, { day: yesterday })).explainScore).toMatchObject({ total: -1, ruleSet: { versionId: 'default@0' } });
    expect((await t.ok(EXPLAIN, { day: today })).explainScore).toMatchObject({
      total: -5,
      ruleSet: { versionId: 'rules-next@0', name: '新考评规则' },
    });
    const range = (await t.ok(RANKING, { from: addDays(today, -2), to: today })).ranking.rows;
    expect(range.find((r: { subjectId: string }) => r.subjectId === 'st-a').score).toBe(-7);
    expect((await t.ok(RANKING, { from: yesterday, to: yesterday })).ranking.rows).toEqual(before);
  });

  it('refuses rules that would reach back before today, and publishes nothing', async () => {
    const res = await t.gql(PUBLISH, {
      input: { ruleSetId: 'backdated', name: '追溯规则', effectiveFrom: yesterday, terms: [term('alerts', -9)] },
    });
    expect(res.errors?.[0].message).toBe(
      `输入有误：effectiveFrom：考评规则只能自今天（${today}）或以后生效，不能自 ${yesterday} 生效，以免改变已发布的排名 / ` +
        `Invalid input: effectiveFrom: rules take effect from today (${today}) or later, not ${yesterday}, so that past rankings stay as published`,
    );
    expect((await t.ok(`{ ruleSets { versionId } }`)).ruleSets.map((r: { versionId: string }) => r.versionId)).toEqual([
      'default@0',
      'default@1',
      'rules-next@0',
    ]);
  });

  it('scores a draft beside the current ranking and says who moves, without publishing it', async () => {
    // Default rules yesterday: st-a −1 (an alert), st-b −2.00 (a case, ¥100 loss: −2 −0.01), st-c 0.
    // A draft that only counts alerts, at −10 each: st-a −10, st-b 0, st-c 0.
    const result = (await t.ok(WHAT_IF, { from: yesterday, to: yesterday, draft: { name: '只看警情', terms: [term('alerts', -10)] } }))
      .whatIfRanking;
    expect(result.draftName).toBe('只看警情');
    expect(result.rows).toEqual([
      { subjectId: 'st-c', currentRank: 1, currentScore: 0, draftRank: 1, draftScore: 0, rankChange: 0, move: '不变' },
      { subjectId: 'st-a', currentRank: 2, currentScore: -1, draftRank: 3, draftScore: -10, rankChange: -1, move: '下降' },
      { subjectId: 'st-b', currentRank: 3, currentScore: -2.01, draftRank: 1, draftScore: 0, rankChange: 2, move: '上升' },
    ]);
    expect(result.movedUp).toEqual([{ subjectId: 'st-b' }]);
    expect(result.movedDown).toEqual([{ subjectId: 'st-a' }]);
    expect((await t.ok(`{ ruleSets { versionId } }`)).ruleSets).toHaveLength(3);
    expect((await t.ok(EXPLAIN, { day: yesterday })).explainScore.total).toBe(-1);
  });

  it('states amounts in yuan, as the whole API does: the loss term reads and takes `per` in yuan', async () => {
    const first = (await t.ok(`{ ruleSets { versionId terms { indicator points per capPerCase } } }`)).ruleSets[0];
    expect(first.terms).toContainEqual({ indicator: 'loss', points: -1, per: 10_000, capPerCase: 20 });
    // st-b's case yesterday lost ¥100: at −1 per ¥100 that is −1 (read as fen it would be −100).
    const draft = { terms: [{ indicator: 'loss', points: -1, per: 100, capPerCase: null, perCapita: false }] };
    const rows = (await t.ok(WHAT_IF, { from: yesterday, to: yesterday, draft })).whatIfRanking.rows;
    expect(rows.find((r: { subjectId: string }) => r.subjectId === 'st-b').draftScore).toBe(-1);
    const explained = await t.ok(`query($day: Day!) { explainScore(areaId: "st-b", day: $day) { terms { indicator value per } } }`, {
      day: yesterday,
    });
    expect(explained.explainScore.terms).toContainEqual({ indicator: 'loss', value: '100.00', per: 10_000 });
  });

  it('refuses a draft or a rule set with a bad term, naming it', async () => {
    const draft = await t.gql(WHAT_IF, { from: yesterday, to: yesterday, draft: { terms: [term('alerts', -1), term('alerts', -2)] } });
    expect(draft.errors?.[0].message).toBe(
      '输入有误：draft.terms[1].indicator：考评指标“警情数”重复出现 / Invalid input: draft.terms[1].indicator: indicator "警情数" appears twice',
    );
    const bad = async (extra: Record<string, unknown>) =>
      (await t.gql(PUBLISH, { input: { ruleSetId: 'bad', name: 'x', effectiveFrom: today, terms: [{ ...term('alerts', 1), ...extra }] } }))
        .errors?.[0].message;
    expect(await bad({ indicator: 'happiness' })).toMatch(/input\.terms\.0\.indicator: indicator must be one of/);
    expect(await bad({ capPerCase: 3 })).toContain('terms[0].capPerCase: capPerCase is a positive number and applies only to loss (财损)');
    expect(await bad({ per: 0 })).toContain('terms[0].per: per must be greater than zero');
    expect((await t.ok(`{ ruleSets { versionId } }`)).ruleSets.map((r: { versionId: string }) => r.versionId)).toEqual([
      'default@0',
      'default@1',
      'rules-next@0',
    ]);
  });

  describe('rate rule sets', () => {
    const alertsTerm = {
      key: 'alertsPer10k',
      label: '每万人警情',
      dimension: '降警情',
      weight: 100,
      numerator: ['alerts'],
      denominator: ['RESIDENTS'],
      compare: 'CITY',
      mapping: { kind: 'RATIO', zeroAt: 4, fullAt: -2 },
    };

    it('scores a rate draft over the period’s totals beside the current ranking, publishing nothing', async () => {
      const draft = { name: '只看每万人警情', kind: 'RATES', rateTerms: [alertsTerm] };
      const result = (await t.ok(WHAT_IF, { from: addDays(today, -2), to: yesterday, draft })).whatIfRanking;
      expect(result.draftName).toBe('只看每万人警情');
      const byId = Object.fromEntries(result.rows.map((r: { subjectId: string }) => [r.subjectId, r]));
      // then: st-a has the city's only alerts; the others score more on a 100-point scale
      expect(byId['st-a'].draftRank).toBe(3);
      for (const row of result.rows) expect(row.draftScore).toBeGreaterThan(0);
      for (const row of result.rows) expect(row.draftScore).toBeLessThanOrEqual(100);
      expect(byId['st-b'].draftScore).toBeGreaterThan(byId['st-a'].draftScore);
      expect((await t.ok(`{ ruleSets { versionId } }`)).ruleSets).toHaveLength(3);
    });

    it('refuses a rate term without what it is compared with, naming the field, and publishes nothing', async () => {
      const bad = { ...alertsTerm, compare: 'TARGET' };
      const res = await t.gql(PUBLISH, {
        input: { ruleSetId: 'rates-bad', name: '比率规则', effectiveFrom: today, kind: 'RATES', rateTerms: [bad] },
      });
      expect(res.errors?.[0].message).toContain('rateTerms[0].target');
      const draft = await t.gql(WHAT_IF, { from: yesterday, to: yesterday, draft: { kind: 'RATES', rateTerms: [] } });
      expect(draft.errors?.[0].message).toContain('draft.rateTerms');
      expect((await t.ok(`{ ruleSets { versionId } }`)).ruleSets).toHaveLength(3);
    });

    it('publishes a rate rule set from today, listed with its terms', async () => {
      await t.ok(PUBLISH, {
        input: { ruleSetId: 'rates-next', name: '比率规则', effectiveFrom: today, kind: 'RATES', rateTerms: [alertsTerm], priorDays: 15 },
      });
      const versions = (
        await t.ok(`{ ruleSets { versionId kind priorDays rateTerms { key denominator mapping { kind zeroAt fullAt } } } }`)
      ).ruleSets;
      expect(versions.at(-1)).toEqual({
        versionId: 'rates-next@0',
        kind: 'RATES',
        priorDays: 15,
        rateTerms: [{ key: 'alertsPer10k', denominator: ['RESIDENTS'], mapping: { kind: 'RATIO', zeroAt: 4, fullAt: -2 } }],
      });
    });
  });
});
