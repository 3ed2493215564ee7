import { RuleTerm } from '../events/rule-set.events';
import { ADDITIVE_RULE_SET } from './default-rule-set';
import { IndicatorCounts, emptyCounts } from './indicators';
import { AdditiveRuleSet as RuleSet } from './rule-set';
import { ScoreInput } from './score';
import { INTERVAL_Z, scoreVariance } from './score-variance';

const DEFAULT: RuleSet = { ...ADDITIVE_RULE_SET, versionId: 'default@0', position: 1 };
const TEN_THOUSAND_YUAN = 1_000_000; // fen

const input = (counts: Partial<IndicatorCounts>, caseLossesFen: number[] = [], population = 100_000): ScoreInput => ({
  counts: { ...emptyCounts(), ...counts },
  caseLossesFen,
  population,
});
const rulesWith = (...terms: Array<Partial<RuleTerm> & Pick<RuleTerm, 'indicator' | 'points'>>): RuleSet => ({
  ruleSetId: 'test',
  name: '测试规则',
  effectiveFrom: '2026-01-01',
  aggregation: 'MEAN',
  versionId: 'test@0',
  position: 1,
  terms: terms.map((t) => ({ per: 1, capPerCase: null, perCapita: false, ...t })),
});
const LOSS = { indicator: 'lossFen', points: -1, per: TEN_THOUSAND_YUAN, capPerCase: 20 } as const;

describe('scoreVariance', () => {
  it('is a 95% interval: 1.96 standard deviations', () => {
    expect(INTERVAL_Z).toBe(1.96);
  });

  it('given nothing happened, is zero', () => {
    expect(scoreVariance(input({}), DEFAULT)).toBe(0);
  });

  it('given a day under the default rules, adds (points)² × count per count term and the capped loss of each case squared', () => {
    // given
    const day = input(
      {
        warningsReceived: 10, // no term: nothing
        contactedInTime: 4, // 1² × 4 = 4
        faceToFace: 2, // 0.5² × 2 = 0.5
        missedDeadline: 1, // (−2)² × 1 = 4
        dissuaded: 3, // 2² × 3 = 12
        victimisedAfterWarning: 1, // (−3)² × 1 = 9
        alerts: 5, // (−1)² × 5 = 5
        cases: 2, // (−2)² × 2 = 8
        lossFen: 30_500_000, // read per case below
        casesSolved: 1, // 3² × 1 = 9
        suspectsApprehended: 2, // 1² × 2 = 2
        suspectsCriminal: 1, // 1² × 1 = 1
        recoveredFen: 5_000_000, // an amount: nothing
      },
      // ¥5,000 → −0.5 → 0.25; ¥300,000 → −30, capped at 20 → 400
      [500_000, 30_000_000],
    );
    // when / then: 4 + 0.5 + 4 + 12 + 9 + 5 + 8 + 400.25 + 9 + 2 + 1
    expect(scoreVariance(day, DEFAULT)).toBe(454.75);
  });

  it('divides `points` by `per` before squaring', () => {
    // 2 points per 4 alerts: (0.5)² × 6
    expect(scoreVariance(input({ alerts: 6 }), rulesWith({ indicator: 'alerts', points: 2, per: 4 }))).toBe(1.5);
  });

  it('does not depend on the sign of the points', () => {
    expect(scoreVariance(input({ cases: 3 }), rulesWith({ indicator: 'cases', points: -2 }))).toBe(12);
    expect(scoreVariance(input({ cases: 3 }), rulesWith({ indicator: 'cases', points: 2 }))).toBe(12);
  });

  it('counts each case of loss as a draw of its own size, capped per case', () => {
    // −2 → 4; −50 capped at 20 → 400; −0.25 → 0.0625
    expect(scoreVariance(input({ lossFen: 52_250_000 }, [2_000_000, 50_000_000, 250_000]), rulesWith(LOSS))).toBe(404.0625);
  });

  it('squares an uncapped loss whole', () => {
    expect(scoreVariance(input({}, [3_000_000, 50_000_000]), rulesWith({ ...LOSS, capPerCase: null }))).toBe(2509);
  });

  it('reads losses per case only: a loss total without cases adds nothing', () => {
    expect(scoreVariance(input({ lossFen: 99_000_000 }), rulesWith(LOSS))).toBe(0);
  });

  it('divides a per-capita term by (population / 10,000)²', () => {
    // (−2)² × 3 = 12 over 5² = 25
    expect(scoreVariance(input({ cases: 3 }, [], 50_000), rulesWith({ indicator: 'cases', points: -2, perCapita: true }))).toBe(0.48);
    // 4 + 400 = 404 over 2² = 4
    expect(scoreVariance(input({}, [2_000_000, 50_000_000], 20_000), rulesWith({ ...LOSS, perCapita: true }))).toBe(101);
  });

  it('leaves terms that are not per capita undivided, beside one that is', () => {
    const rules = rulesWith({ indicator: 'cases', points: -2, perCapita: true }, { indicator: 'alerts', points: -1 });
    expect(scoreVariance(input({ cases: 3, alerts: 7 }, [], 50_000), rules)).toBe(7.48);
  });

  it('gives a per-capita term nothing without a population', () => {
    const rules = rulesWith({ indicator: 'cases', points: -2, perCapita: true }, { indicator: 'alerts', points: -1 });
    expect(scoreVariance(input({ cases: 3, alerts: 7 }, [], 0), rules)).toBe(7);
  });

  it('adds nothing for amount terms other than loss', () => {
    const rules = rulesWith(
      { indicator: 'recoveredFen', points: 1, per: TEN_THOUSAND_YUAN },
      { indicator: 'stoppedFen', points: 1, per: TEN_THOUSAND_YUAN },
      { indicator: 'frozenFen', points: 1, per: TEN_THOUSAND_YUAN },
      { indicator: 'returnedFen', points: 1, per: TEN_THOUSAND_YUAN, perCapita: true },
      { indicator: 'avertedFen', points: 1, per: TEN_THOUSAND_YUAN },
    );
    const day = input(
      { recoveredFen: 90_000_000, stoppedFen: 30_000_000, frozenFen: 30_000_000, returnedFen: 30_000_000, avertedFen: 5_000_000 },
      [1_000_000],
    );
    expect(scoreVariance(day, rules)).toBe(0);
  });

  it('counts a negative count (a net correction) as zero', () => {
    const rules = rulesWith({ indicator: 'alerts', points: -1 }, { indicator: 'cases', points: -2 });
    expect(scoreVariance(input({ alerts: -3, cases: 2 }), rules)).toBe(8);
  });

  it('adds nothing for indicators without a term, or with no rules', () => {
    expect(scoreVariance(input({ alerts: 5, cases: 2 }), rulesWith({ indicator: 'casesSolved', points: 3 }))).toBe(0);
    expect(scoreVariance(input({ alerts: 5 }), rulesWith())).toBe(0);
  });
});
