import { ADDITIVE_RULE_SET } from './default-rule-set';
import { IndicatorCounts, emptyCounts } from './indicators';
import { AdditiveRuleSet as RuleSet } from './rule-set';
import { ScoreInput, roundScore, scoreOf, scoreTotal } from './score';
import { RuleTerm } from '../events/rule-set.events';

const RULES: RuleSet = { ...ADDITIVE_RULE_SET, versionId: 'default@0', position: 1 };
const YUAN = 100; // fen

const input = (counts: Partial<IndicatorCounts>, caseLossesFen: number[] = [], population = 100_000): ScoreInput => ({
  counts: { ...emptyCounts(), ...counts },
  caseLossesFen,
  population,
});
const termOf = (breakdown: ReturnType<typeof scoreOf>, indicator: string) => {
  const t = breakdown.terms.find((x) => x.indicator === indicator);
  if (!t) throw new Error(`no term for ${indicator}`);
  return t;
};
const rulesWith = (...terms: Array<Partial<RuleTerm> & Pick<RuleTerm, 'indicator' | 'points'>>): RuleSet => ({
  ...RULES,
  terms: terms.map((t) => ({ per: 1, capPerCase: null, perCapita: false, ...t })),
});

describe('ADDITIVE_RULE_SET', () => {
  it('is the first default table, effective since 2000 and aggregated by mean', () => {
    expect(ADDITIVE_RULE_SET.effectiveFrom).toBe('2000-01-01');
    expect(ADDITIVE_RULE_SET.aggregation).toBe('MEAN');
    const table = Object.fromEntries(ADDITIVE_RULE_SET.terms.map((t) => [t.indicator, [t.points, t.per, t.capPerCase, t.perCapita]]));
    expect(table).toEqual({
      contactedInTime: [1, 1, null, false],
      faceToFace: [0.5, 1, null, false],
      missedDeadline: [-2, 1, null, false],
      dissuaded: [2, 1, null, false],
      victimisedAfterWarning: [-3, 1, null, false],
      alerts: [-1, 1, null, false],
      cases: [-2, 1, null, false],
      lossFen: [-1, 10_000 * YUAN, 20, false],
      casesSolved: [3, 1, null, false],
      suspectsApprehended: [1, 1, null, false],
      suspectsCriminal: [1, 1, null, false],
      recoveredFen: [1, 10_000 * YUAN, null, false],
    });
  });
});

describe('scoreOf with the additive rule set', () => {
  it('scores nothing for an empty day, with every term at 0', () => {
    const s = scoreOf(input({}), RULES);
    expect(s.total).toBe(0);
    expect(s.terms).toHaveLength(ADDITIVE_RULE_SET.terms.length);
    expect(s.terms.every((t) => Object.is(t.score, 0) && t.value === 0)).toBe(true);
  });

  it('gives a day with 3 in-time face-to-face contacts 3 × (1 + 0.5) = 4.5', () => {
    const s = scoreOf(input({ warningsReceived: 3, contacted: 3, contactedInTime: 3, faceToFace: 3 }), RULES);
    expect(s.total).toBe(4.5);
    expect(termOf(s, 'contactedInTime')).toEqual({
      indicator: 'contactedInTime',
      label: '及时见面/联系数',
      value: 3,
      points: 1,
      per: 1,
      capPerCase: null,
      perCapita: false,
      score: 3,
    });
    expect(termOf(s, 'faceToFace')).toMatchObject({ label: '见面数', value: 3, score: 1.5 });
  });

  it('gives a late face-to-face contact −2 + 0.5 and a late phone contact −2', () => {
    expect(scoreOf(input({ contacted: 1, missedDeadline: 1, faceToFace: 1 }), RULES).total).toBe(-1.5);
    expect(scoreOf(input({ contacted: 1, missedDeadline: 1 }), RULES).total).toBe(-2);
  });

  it('scores dissuasion +2 and victimisation after warning −3', () => {
    expect(termOf(scoreOf(input({ dissuaded: 4 }), RULES), 'dissuaded').score).toBe(8);
    expect(termOf(scoreOf(input({ victimisedAfterWarning: 2 }), RULES), 'victimisedAfterWarning').score).toBe(-6);
  });

  it('scores seed 004 Shaxian: 3 alerts −3', () => {
    expect(scoreOf(input({ alerts: 3 }), RULES).total).toBe(-3);
  });

  it('gives a ¥500,000 case −2 for the case and −20 (the cap) for the loss, not −50', () => {
    const loss = 500_000 * YUAN;
    const s = scoreOf(input({ cases: 1, lossFen: loss }, [loss]), RULES);
    expect(termOf(s, 'lossFen')).toEqual({
      indicator: 'lossFen',
      label: '财损',
      value: loss,
      points: -1,
      per: 1_000_000,
      capPerCase: 20,
      perCapita: false,
      score: -20,
    });
    expect(termOf(s, 'cases').score).toBe(-2);
    expect(s.total).toBe(-22);
  });

  it('caps a ¥50M case at −20 too, and exactly ¥200,000 reaches the cap', () => {
    expect(termOf(scoreOf(input({ lossFen: 50_000_000 * YUAN }, [50_000_000 * YUAN]), RULES), 'lossFen').score).toBe(-20);
    expect(termOf(scoreOf(input({ lossFen: 200_000 * YUAN }, [200_000 * YUAN]), RULES), 'lossFen').score).toBe(-20);
    expect(termOf(scoreOf(input({ lossFen: 190_000 * YUAN }, [190_000 * YUAN]), RULES), 'lossFen').score).toBe(-19);
  });

  it('caps per case, not per day: two small cases add up uncapped', () => {
    const s = scoreOf(input({ cases: 2, lossFen: 10_000 * YUAN }, [3_000 * YUAN, 7_000 * YUAN]), RULES);
    expect(termOf(s, 'lossFen').score).toBe(-1); // −0.3 − 0.7
    expect(termOf(s, 'lossFen').value).toBe(10_000 * YUAN);
    expect(s.total).toBe(-5);
  });

  it('caps each case separately when several large cases fall on one day', () => {
    const losses = [500_000 * YUAN, 300_000 * YUAN, 50_000 * YUAN];
    const s = scoreOf(input({ cases: 3, lossFen: 850_000 * YUAN }, losses), RULES);
    expect(termOf(s, 'lossFen').score).toBe(-45); // −20 − 20 − 5, not −85 nor −20
  });

  it('scores the loss from the per-case list, not from the day total, when the term is capped', () => {
    // a capped term reads caseLossesFen only; counts.lossFen is just the value shown
    expect(termOf(scoreOf(input({ lossFen: 900_000 * YUAN }, [10_000 * YUAN]), RULES), 'lossFen').score).toBe(-1);
  });

  it('scores strikes: +3 per case solved, +1 per suspect and +1 more when handled criminally', () => {
    const s = scoreOf(input({ casesSolved: 2, suspectsApprehended: 5, suspectsCriminal: 3 }), RULES);
    expect(termOf(s, 'casesSolved').score).toBe(6);
    expect(termOf(s, 'suspectsApprehended').score).toBe(5);
    expect(termOf(s, 'suspectsCriminal').score).toBe(3);
    expect(s.total).toBe(14);
  });

  it('scores recovered money +1 per ¥10,000, proportionally, and ignores its parts and averted loss', () => {
    const s = scoreOf(
      input({ stoppedFen: 20_000 * YUAN, frozenFen: 5_000 * YUAN, recoveredFen: 25_000 * YUAN, avertedFen: 1_000_000 * YUAN }),
      RULES,
    );
    expect(termOf(s, 'recoveredFen').score).toBe(2.5);
    expect(s.total).toBe(2.5);
  });

  it('adds all terms into the total', () => {
    const s = scoreOf(
      input(
        {
          warningsReceived: 4,
          contacted: 4,
          contactedInTime: 3,
          faceToFace: 3,
          missedDeadline: 1,
          dissuaded: 2,
          victimisedAfterWarning: 1,
          alerts: 5,
          cases: 2,
          lossFen: 505_000 * YUAN,
          casesSolved: 1,
          suspectsApprehended: 3,
          suspectsCriminal: 2,
          recoveredFen: 25_000 * YUAN,
        },
        [500_000 * YUAN, 5_000 * YUAN],
      ),
      RULES,
    );
    // 3 + 1.5 − 2 + 4 − 3 − 5 − 4 − 20.5 + 3 + 3 + 2 + 2.5
    expect(s.total).toBe(-15.5);
    expect(s.terms.map((t) => t.indicator)).toEqual(ADDITIVE_RULE_SET.terms.map((t) => t.indicator));
  });
});

describe('scoreOf with other rule sets', () => {
  it('uses the day total of the loss when the term has no cap', () => {
    const rules = rulesWith({ indicator: 'lossFen', points: -1, per: 1_000_000 });
    expect(scoreOf(input({ lossFen: 500_000 * YUAN }, [500_000 * YUAN]), rules).total).toBe(-50);
  });

  it('applies a cap only to the loss term', () => {
    const rules = rulesWith({ indicator: 'cases', points: -2, capPerCase: 1 });
    expect(scoreOf(input({ cases: 5 }, [1, 2, 3, 4, 5]), rules).total).toBe(-10);
  });

  it('caps positive points too (a cap bounds the magnitude)', () => {
    const rules = rulesWith({ indicator: 'lossFen', points: 1, per: 1_000_000, capPerCase: 3 });
    expect(scoreOf(input({ lossFen: 0 }, [10_000_000, 1_000_000]), rules).total).toBe(4);
  });

  it('divides per-capita terms by the residents in tens of thousands', () => {
    const rules = rulesWith({ indicator: 'cases', points: -2, perCapita: true });
    expect(scoreOf(input({ cases: 2 }, [], 20_000), rules).total).toBe(-2);
    expect(scoreOf(input({ cases: 2 }, [], 5_000), rules).total).toBe(-8);
    // seed 000: 266,000 residents; −6 / 26.6 = −0.22556… shown at four decimals
    expect(scoreOf(input({ cases: 3 }, [], 266_000), rules).total).toBe(-0.2256);
  });

  it('applies per-capita after the per-case cap', () => {
    const rules = rulesWith({ indicator: 'lossFen', points: -1, per: 1_000_000, capPerCase: 20, perCapita: true });
    expect(scoreOf(input({ lossFen: 500_000 * YUAN }, [500_000 * YUAN], 40_000), rules).total).toBe(-5);
  });

  it('scores per-capita terms 0 for an area without residents', () => {
    const rules = rulesWith({ indicator: 'cases', points: -2, perCapita: true }, { indicator: 'alerts', points: -1 });
    const s = scoreOf(input({ cases: 2, alerts: 1 }, [], 0), rules);
    expect(Object.is(termOf(s, 'cases').score, 0)).toBe(true);
    expect(s.total).toBe(-1);
  });

  it('does not divide terms that are not per capita', () => {
    const rules = rulesWith({ indicator: 'cases', points: -2 });
    expect(scoreOf(input({ cases: 2 }, [], 20_000), rules).total).toBe(-4);
  });

  it('scores a missing count as 0', () => {
    const rules = rulesWith({ indicator: 'cases', points: -2 });
    const s = scoreOf({ counts: {} as IndicatorCounts, caseLossesFen: [], population: 1 }, rules);
    expect(s.total).toBe(0);
    expect(termOf(s, 'cases').value).toBe(0);
  });

  it('scores nothing under a rule set without terms', () => {
    expect(scoreOf(input({ cases: 9 }), rulesWith())).toEqual({ total: 0, terms: [] });
  });

  it('rounds each term and the total to four decimals', () => {
    const rules = rulesWith({ indicator: 'cases', points: 1 / 3 }, { indicator: 'alerts', points: 1 / 3 });
    const s = scoreOf(input({ cases: 1, alerts: 1 }), rules);
    expect(termOf(s, 'cases').score).toBe(0.3333);
    expect(s.total).toBe(0.6666); // sum of the rounded terms
  });
});

describe('roundScore', () => {
  it('rounds to four decimals', () => {
    expect(roundScore(1 / 3)).toBe(0.3333);
    expect(roundScore(2 / 3)).toBe(0.6667);
    expect(roundScore(0.1 + 0.2)).toBe(0.3);
    expect(roundScore(-20.5)).toBe(-20.5);
  });

  it('never returns −0', () => {
    expect(Object.is(roundScore(-0.00001), 0)).toBe(true);
    expect(Object.is(roundScore(-0), 0)).toBe(true);
  });
});

describe('scoreTotal', () => {
  it('equals the total of scoreOf, term rounding included, on varied inputs', () => {
    const rules = { ...ADDITIVE_RULE_SET, versionId: 'default@0', position: 1 } as RuleSet;
    const perCapita = { ...rules, terms: rules.terms.map((t) => ({ ...t, perCapita: t.indicator === 'cases' })) };
    for (let seed = 1; seed <= 200; seed++) {
      const counts = emptyCounts();
      Object.keys(counts).forEach((k, i) => ((counts as IndicatorCounts)[k as keyof IndicatorCounts] = (seed * (i + 7) * 7919) % 97));
      const input: ScoreInput = { counts, caseLossesFen: [seed * 123_457, seed * 9_999_999], population: 1000 + seed * 313 };
      expect(scoreTotal(input, rules)).toBe(scoreOf(input, rules).total);
      expect(scoreTotal(input, perCapita)).toBe(scoreOf(input, perCapita).total);
    }
  });
});
