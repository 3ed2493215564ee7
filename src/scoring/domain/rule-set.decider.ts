import { Decider, DomainRuleError } from '../../common/decider';
import { RuleSetPublished } from '../events/rule-set.events';
import { INDICATORS } from './indicators';

export type PublishRuleSet = { type: 'PublishRuleSet' } & RuleSetPublished['data'];

/** A rule set's stream holds its published versions; each publication is checked as a whole. */
export const ruleSetDecider: Decider<null, PublishRuleSet, RuleSetPublished> = {
  initialState: () => null,
  decide(command) {
    const seen = new Set<string>();
    command.terms.forEach((term, i) => {
      const field = `terms[${i}]`;
      if (!Object.hasOwn(INDICATORS, term.indicator)) throw new DomainRuleError(`unknown indicator "${term.indicator}"`, `${field}.indicator`);
      if (seen.has(term.indicator)) throw new DomainRuleError(`indicator "${term.indicator}" appears twice`, `${field}.indicator`);
      seen.add(term.indicator);
      if (!(term.per > 0)) throw new DomainRuleError('per must be greater than zero', `${field}.per`);
      if (term.capPerCase !== null && (term.indicator !== 'lossFen' || term.capPerCase <= 0)) {
        throw new DomainRuleError('capPerCase is a positive number and applies only to lossFen', `${field}.capPerCase`);
      }
    });
    if (command.terms.length === 0) throw new DomainRuleError('a rule set needs at least one term', 'terms');
    const { type: _type, ...data } = command;
    return [{ type: 'RuleSetPublished', data }];
  },
  evolve: () => null,
};
