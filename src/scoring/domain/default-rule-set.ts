import { RuleSetPublished, RuleTerm } from '../events/rule-set.events';

const TEN_THOUSAND_YUAN_IN_FEN = 1_000_000;

const term = (indicator: RuleTerm['indicator'], points: number, extra: Partial<RuleTerm> = {}): RuleTerm => ({
  indicator,
  points,
  per: 1,
  capPerCase: null,
  perCapita: false,
  ...extra,
});

/**
 * The default of domain.md, published as the first rule set. A criminal measure earns +2 per
 * suspect in all: +1 as apprehended and +1 more as handled criminally.
 */
export const DEFAULT_RULE_SET: RuleSetPublished['data'] = {
  ruleSetId: 'default',
  name: '默认考评规则',
  effectiveFrom: '2000-01-01',
  aggregation: 'MEAN',
  terms: [
    term('contactedInTime', 1),
    term('faceToFace', 0.5),
    term('missedDeadline', -2),
    term('dissuaded', 2),
    term('victimisedAfterWarning', -3),
    term('alerts', -1),
    term('cases', -2),
    term('lossFen', -1, { per: TEN_THOUSAND_YUAN_IN_FEN, capPerCase: 20 }),
    term('casesSolved', 3),
    term('suspectsApprehended', 1),
    term('suspectsCriminal', 1),
    term('recoveredFen', 1, { per: TEN_THOUSAND_YUAN_IN_FEN }),
  ],
};
