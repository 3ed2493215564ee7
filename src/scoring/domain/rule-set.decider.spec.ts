import { given } from '../../common/decider.spec-helpers';
import { AdditiveRuleSetData, RateRuleSetData, RateTerm, RuleSetPublished, RuleTerm } from '../events/rule-set.events';
import { IndicatorKey } from './indicators';
import { DEFAULT_RULE_SET } from './default-rule-set';
import { PublishRuleSet, ruleSetDecider as decider } from './rule-set.decider';

const term = (t: Partial<RuleTerm> & Pick<RuleTerm, 'indicator'>): RuleTerm => ({
  points: 1,
  per: 1,
  capPerCase: null,
  perCapita: false,
  ...t,
});
const publish = (terms: RuleTerm[], extra: Partial<AdditiveRuleSetData & { publishedOn: string }> = {}): PublishRuleSet => ({
  type: 'PublishRuleSet',
  publishedOn: '2026-04-10',
  ruleSetId: 'spring',
  name: '春季规则',
  effectiveFrom: '2026-04-11',
  aggregation: 'MEAN',
  terms,
  ...extra,
});
const published: RuleSetPublished = { type: 'RuleSetPublished', data: DEFAULT_RULE_SET, metadata: { occurredAt: '2026-01-01T00:00:00Z' } };

describe('rule set decider', () => {
  it('publishes the default rule set as it is', () => {
    given(decider, [])
      .when({ type: 'PublishRuleSet', publishedOn: DEFAULT_RULE_SET.effectiveFrom, ...DEFAULT_RULE_SET })
      .then([{ type: 'RuleSetPublished', data: DEFAULT_RULE_SET }]);
  });

  it('publishes a new version of an already published rule set', () => {
    const terms = [
      term({ indicator: 'cases', points: -3, perCapita: true }),
      term({ indicator: 'lossFen', points: -1, per: 1_000_000, capPerCase: 10 }),
    ];
    given(decider, [published])
      .when(publish(terms, { ruleSetId: 'default', aggregation: 'SUM' }))
      .then([
        {
          type: 'RuleSetPublished',
          data: { ruleSetId: 'default', name: '春季规则', effectiveFrom: '2026-04-11', aggregation: 'SUM', terms },
        },
      ]);
  });

  it('takes effect on the day of publication', () => {
    const terms = [term({ indicator: 'cases' })];
    given(decider, [])
      .when(publish(terms, { publishedOn: '2026-04-11' }))
      .then([
        {
          type: 'RuleSetPublished',
          data: { ruleSetId: 'spring', name: '春季规则', effectiveFrom: '2026-04-11', aggregation: 'MEAN', terms },
        },
      ]);
  });

  it('refuses rules that reach back before the day of publication, so past rankings stay stable', () => {
    given(decider, [])
      .when(publish([term({ indicator: 'cases' })], { publishedOn: '2026-04-12' }))
      .thenThrows({
        message: 'rules take effect from today (2026-04-12) or later, not 2026-04-11, so that past rankings stay as published',
        field: 'effectiveFrom',
      });
  });

  it('refuses a rule set without terms', () => {
    given(decider, []).when(publish([])).thenThrows({ message: 'a rule set needs at least one term', field: 'terms' });
  });

  it('refuses an unknown indicator, naming the term', () => {
    given(decider, [])
      .when(publish([term({ indicator: 'cases' }), term({ indicator: 'arrests' as RuleTerm['indicator'] })]))
      .thenThrows({ message: 'unknown indicator "arrests"', field: 'terms[1].indicator' });
  });

  it.each(['toString', 'constructor', '__proto__', 'hasOwnProperty'])(
    'refuses "%s", which is not an indicator of the catalogue',
    (name) => {
      given(decider, [])
        .when(publish([term({ indicator: name as RuleTerm['indicator'] })]))
        .thenThrows({ message: `unknown indicator "${name}"`, field: 'terms[0].indicator' });
    },
  );

  it('refuses an indicator listed twice', () => {
    given(decider, [])
      .when(publish([term({ indicator: 'alerts' }), term({ indicator: 'cases' }), term({ indicator: 'alerts', points: 2 })]))
      .thenThrows({ message: 'indicator "警情数" appears twice', field: 'terms[2].indicator' });
  });

  it.each([0, -1, NaN])('refuses per = %p', (per) => {
    given(decider, [])
      .when(publish([term({ indicator: 'cases' }), term({ indicator: 'recoveredFen', per })]))
      .thenThrows({ message: 'per must be greater than zero', field: 'terms[1].per' });
  });

  it('refuses a cap on another indicator than lossFen', () => {
    given(decider, [])
      .when(publish([term({ indicator: 'cases', capPerCase: 5 })]))
      .thenThrows({ message: 'capPerCase is a positive number and applies only to loss (财损)', field: 'terms[0].capPerCase' });
  });

  it.each([0, -20])('refuses a loss cap of %p', (capPerCase) => {
    given(decider, [])
      .when(publish([term({ indicator: 'lossFen', per: 1_000_000, capPerCase })]))
      .thenThrows({ message: 'capPerCase is a positive number', field: 'terms[0].capPerCase' });
  });
});

describe('rule set decider, rate rule sets', () => {
  const rates = (change: (terms: RateTerm[]) => RateTerm[], extra: Partial<RateRuleSetData> = {}): PublishRuleSet => ({
    type: 'PublishRuleSet',
    publishedOn: '2026-04-10',
    ...DEFAULT_RULE_SET,
    effectiveFrom: '2026-04-11',
    rateTerms: change(DEFAULT_RULE_SET.rateTerms),
    ...extra,
  });
  const withFirst = (t: Partial<RateTerm>) => (terms: RateTerm[]) => [{ ...terms[0], ...t }, ...terms.slice(1)];

  it('publishes a rate rule set from a later day as a new version', () => {
    given(decider, [published])
      .when(rates((terms) => terms))
      .then([{ type: 'RuleSetPublished', data: { ...DEFAULT_RULE_SET, effectiveFrom: '2026-04-11' } }]);
  });

  it('refuses a rate rule set without terms', () => {
    given(decider, [])
      .when(rates(() => []))
      .thenThrows({ message: '至少须有一项', field: 'rateTerms' });
  });

  it('refuses a term key used twice, naming the term', () => {
    given(decider, [])
      .when(rates((terms) => [...terms, terms[0]]))
      .thenThrows({ message: '重复', field: `rateTerms[${DEFAULT_RULE_SET.rateTerms.length}].key` });
  });

  it('refuses an unknown indicator in a numerator or a denominator', () => {
    given(decider, [])
      .when(rates(withFirst({ denominator: ['nope' as IndicatorKey] })))
      .thenThrows({ message: '"nope" 不存在', field: 'rateTerms[0]' });
  });

  it.each([0, -5])('refuses weight %p', (weight) => {
    given(decider, [])
      .when(rates(withFirst({ weight })))
      .thenThrows({ field: 'rateTerms[0].weight' });
  });

  it('refuses weights that do not sum to 100, saying what they sum to', () => {
    given(decider, [])
      .when(rates(withFirst({ weight: DEFAULT_RULE_SET.rateTerms[0].weight + 10 })))
      .thenThrows({ message: '各项权重合计须为100分（百分制），现为110分', field: 'rateTerms' });
  });

  it('refuses a target comparison without a target', () => {
    given(decider, [])
      .when(rates(withFirst({ compare: 'TARGET', target: null })))
      .thenThrows({ field: 'rateTerms[0].target' });
  });

  it('refuses a mapping whose two points coincide, and a year-on-year term mapped by difference', () => {
    given(decider, [])
      .when(rates(withFirst({ mapping: { kind: 'RATIO', zeroAt: 1, fullAt: 1 } })))
      .thenThrows({ field: 'rateTerms[0].mapping' });
    given(decider, [])
      .when(rates(withFirst({ compare: 'CITY_CHANGE', mapping: { kind: 'DIFFERENCE', zeroAt: 0.1, fullAt: 0 } })))
      .thenThrows({ field: 'rateTerms[0].mapping.kind' });
  });

  it('refuses a negative prior', () => {
    given(decider, [])
      .when(rates((terms) => terms, { priorDays: -1 }))
      .thenThrows({ field: 'priorDays' });
  });
});
