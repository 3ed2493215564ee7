import { bilingual } from '../../common/bilingual';
import { Day } from '../../common/business-day';
import { Decider, DomainRuleError } from '../../common/decider';
import { RuleSetPublished, RuleTerm } from '../events/rule-set.events';
import { INDICATORS } from './indicators';

/** `publishedOn` is the business day of publication, passed in so the decider stays pure. */
export type PublishRuleSet = { type: 'PublishRuleSet'; publishedOn: Day } & RuleSetPublished['data'];

/** The checks every set of terms passes, published or only tried out in a what-if. */
export function checkRuleTerms(terms: RuleTerm[], field = 'terms'): void {
  const seen = new Set<string>();
  terms.forEach((term, i) => {
    const at = `${field}[${i}]`;
    if (!Object.hasOwn(INDICATORS, term.indicator)) {
      throw new DomainRuleError(
        bilingual(`考评指标 "${term.indicator}" 不存在`, `unknown indicator "${term.indicator}"`),
        `${at}.indicator`,
      );
    }
    if (seen.has(term.indicator)) {
      throw new DomainRuleError(
        bilingual(`考评指标 "${term.indicator}" 重复出现`, `indicator "${term.indicator}" appears twice`),
        `${at}.indicator`,
      );
    }
    seen.add(term.indicator);
    if (!(term.per > 0)) throw new DomainRuleError(bilingual('计分单位 per 须大于零', 'per must be greater than zero'), `${at}.per`);
    if (term.capPerCase !== null && (term.indicator !== 'lossFen' || term.capPerCase <= 0)) {
      throw new DomainRuleError(
        bilingual(
          '每案封顶分 capPerCase 须为正数，且只适用于财损（lossFen）',
          'capPerCase is a positive number and applies only to lossFen',
        ),
        `${at}.capPerCase`,
      );
    }
  });
  if (terms.length === 0) throw new DomainRuleError(bilingual('考评规则至少须有一项计分项', 'a rule set needs at least one term'), field);
}

/** A rule set's stream holds its published versions; each publication is checked as a whole. */
export const ruleSetDecider: Decider<null, PublishRuleSet, RuleSetPublished> = {
  initialState: () => null,
  decide(command) {
    checkRuleTerms(command.terms);
    // Rules never reach back: a published ranking or explanation must read the same tomorrow.
    if (command.effectiveFrom < command.publishedOn) {
      throw new DomainRuleError(
        bilingual(
          `考评规则只能自今天（${command.publishedOn}）或以后生效，不能自 ${command.effectiveFrom} 生效，以免改变已发布的排名`,
          `rules take effect from today (${command.publishedOn}) or later, not ${command.effectiveFrom}, so that past rankings stay as published`,
        ),
        'effectiveFrom',
      );
    }
    const { type: _type, publishedOn: _publishedOn, ...data } = command;
    return [{ type: 'RuleSetPublished', data }];
  },
  evolve: () => null,
};
