import { bilingual } from '../../common/bilingual';
import { Day } from '../../common/business-day';
import { Decider, DomainRuleError } from '../../common/decider';
import { RESIDENTS, RateTerm, RuleSetPublished, RuleTerm } from '../events/rule-set.events';
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
        bilingual(`考评指标“${INDICATORS[term.indicator].label}”重复出现`, `indicator "${INDICATORS[term.indicator].label}" appears twice`),
        `${at}.indicator`,
      );
    }
    seen.add(term.indicator);
    if (!(term.per > 0)) throw new DomainRuleError(bilingual('计分单位 per 须大于零', 'per must be greater than zero'), `${at}.per`);
    if (term.capPerCase !== null && (term.indicator !== 'lossFen' || term.capPerCase <= 0)) {
      throw new DomainRuleError(
        bilingual(
          '每案封顶分 capPerCase 须为正数，且只适用于财损（loss）',
          'capPerCase is a positive number and applies only to loss (财损)',
        ),
        `${at}.capPerCase`,
      );
    }
  });
  if (terms.length === 0) throw new DomainRuleError(bilingual('考评规则至少须有一项计分项', 'a rule set needs at least one term'), field);
}

const refuse = (zh: string, en: string, field: string): never => {
  throw new DomainRuleError(bilingual(zh, en), field);
};

/** The checks every set of rate terms passes, published or only tried out in a what-if. */
export function checkRateTerms(terms: RateTerm[], priorDays: number, field = 'rateTerms'): void {
  if (terms.length === 0) refuse('比率制考评规则至少须有一项计分项', 'a rate rule set needs at least one term', field);
  if (!(priorDays >= 0) || !Number.isFinite(priorDays))
    refuse('先验天数 priorDays 须为非负数', 'priorDays must be a number of days, zero or more', 'priorDays');
  const keys = new Set<string>();
  terms.forEach((term, i) => {
    const at = `${field}[${i}]`;
    if (!term.key || keys.has(term.key))
      refuse(`计分项代码 "${term.key}" 为空或重复`, `term key "${term.key}" is empty or appears twice`, `${at}.key`);
    keys.add(term.key);
    if (!term.label?.trim()) refuse('计分项须有中文名称', 'a term needs a label', `${at}.label`);
    if (!(term.weight > 0)) refuse('计分项权重 weight 须大于零', 'weight must be greater than zero', `${at}.weight`);
    const indicators = [...term.numerator, ...(term.denominator === RESIDENTS ? [] : term.denominator)];
    if (!term.numerator.length) refuse('计分项须有分子指标', 'a term needs a numerator', `${at}.numerator`);
    if (term.denominator !== RESIDENTS && !term.denominator.length)
      refuse('计分项须有分母指标或常住人口', 'a term needs a denominator or RESIDENTS', `${at}.denominator`);
    for (const indicator of indicators) {
      if (!Object.hasOwn(INDICATORS, indicator)) refuse(`考评指标 "${indicator}" 不存在`, `unknown indicator "${indicator}"`, at);
    }
    if (term.compare === 'TARGET' && (term.target === null || !Number.isFinite(term.target))) {
      refuse('与目标值比较的计分项须给出目标值 target', 'a term compared with a target needs the target', `${at}.target`);
    }
    if (term.compare === 'CITY_CHANGE' && term.mapping.kind !== 'RATIO') {
      refuse('同比计分项须用比值映射（RATIO）', 'a year-on-year term maps a ratio (RATIO)', `${at}.mapping.kind`);
    }
    const { zeroAt, fullAt } = term.mapping;
    if (!Number.isFinite(zeroAt) || !Number.isFinite(fullAt) || zeroAt === fullAt) {
      refuse('得分映射的零分点 zeroAt 与满分点 fullAt 须为不同的数', 'zeroAt and fullAt must be two different numbers', `${at}.mapping`);
    }
  });
  // A score is out of 100 (domain.md): weights that sum otherwise would rank on another scale.
  const total = terms.reduce((sum, term) => sum + term.weight, 0);
  if (Math.abs(total - 100) > 1e-9) {
    const shown = Number(total.toFixed(4));
    refuse(`各项权重合计须为100分（百分制），现为${shown}分`, `the weights must sum to 100 (a 100-point scale), not ${shown}`, field);
  }
}

/** A rule set's stream holds its published versions; each publication is checked as a whole. */
export const ruleSetDecider: Decider<null, PublishRuleSet, RuleSetPublished> = {
  initialState: () => null,
  decide(command) {
    if (command.kind === 'RATES') checkRateTerms(command.rateTerms, command.priorDays);
    else checkRuleTerms(command.terms);
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
