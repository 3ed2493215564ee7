import { IndicatorKey } from '../domain/indicators';
import { RESIDENTS, RateTerm } from '../events/rule-set.events';
import { RulesInput } from '../domain/rule-set';
import { RateTermInput, RuleTermType } from './rule-set.types';
import { indicatorKeyOf, perFromApi } from './indicator-names';

const DEFAULT_PRIOR_DAYS = 30;

// The inputs' names were checked against the API's names by their validators.
const keysOf = (names: string[]) => names.map((n) => indicatorKeyOf(n) as IndicatorKey);

const rateTerm = (t: RateTermInput): RateTerm => ({
  ...t,
  numerator: keysOf(t.numerator),
  denominator: t.denominator.length === 1 && t.denominator[0] === RESIDENTS ? RESIDENTS : keysOf(t.denominator),
  target: t.target ?? null,
  mapping: { ...t.mapping },
});

const ruleTerm = (t: RuleTermType) => {
  const indicator = indicatorKeyOf(t.indicator) as IndicatorKey;
  return { ...t, indicator, per: perFromApi(indicator, t.per), capPerCase: t.capPerCase ?? null };
};

/** The rules of a publication or a draft as the domain takes them, whichever kind the input names. */
export function rulesOf(input: {
  kind?: 'ADDITIVE' | 'RATES';
  aggregation?: 'MEAN' | 'SUM';
  terms?: RuleTermType[];
  rateTerms?: RateTermInput[];
  priorDays?: number;
}): RulesInput {
  if (input.kind === 'RATES') {
    return { kind: 'RATES', rateTerms: (input.rateTerms ?? []).map(rateTerm), priorDays: input.priorDays ?? DEFAULT_PRIOR_DAYS };
  }
  return { kind: 'ADDITIVE', terms: (input.terms ?? []).map(ruleTerm), aggregation: input.aggregation ?? 'MEAN' };
}
