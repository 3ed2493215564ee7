import { IndicatorKey } from '../domain/indicators';
import { RESIDENTS, RateTerm } from '../events/rule-set.events';
import { RulesInput } from '../domain/rule-set';
import { RateTermInput, RuleTermType } from './rule-set.types';

const DEFAULT_PRIOR_DAYS = 30;

const rateTerm = (t: RateTermInput): RateTerm => ({
  ...t,
  numerator: t.numerator as IndicatorKey[],
  denominator: t.denominator.length === 1 && t.denominator[0] === RESIDENTS ? RESIDENTS : (t.denominator as IndicatorKey[]),
  target: t.target ?? null,
  mapping: { ...t.mapping },
});

const ruleTerm = (t: RuleTermType) => ({ ...t, indicator: t.indicator as IndicatorKey, capPerCase: t.capPerCase ?? null });

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
