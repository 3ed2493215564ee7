import { Day } from '../../common/business-day';
import { AdditiveRuleSetData, RateRuleSetData } from '../events/rule-set.events';

interface Published {
  versionId: string;
  position: number;
  /** When the version was recorded; drafts and fixtures have none. */
  publishedAt?: string;
  /** Who recorded it (a name, else the token's subject) and in what role; null for versions projected before it was kept. */
  publishedBy?: string | null;
  publishedByRole?: string | null;
}

export type AdditiveRuleSet = AdditiveRuleSetData & Published;
export type RateRuleSet = RateRuleSetData & Published;
export type RuleSet = AdditiveRuleSet | RateRuleSet;

/** The rules of a rule set without its name and dates: what a publication or a draft carries. */
export type RulesInput =
  (Pick<AdditiveRuleSetData, 'terms' | 'aggregation'> & { kind: 'ADDITIVE' }) | Pick<RateRuleSetData, 'kind' | 'rateTerms' | 'priorDays'>;

export const isRateRuleSet = (rules: RuleSet | undefined): rules is RateRuleSet => rules?.kind === 'RATES';
export const isAdditiveRuleSet = (rules: RuleSet | undefined): rules is AdditiveRuleSet => !!rules && rules.kind !== 'RATES';

/** The rule set in force on a day: latest effectiveFrom on or before it, later publication wins a tie. */
export function ruleSetInForce(ruleSets: RuleSet[], day: Day): RuleSet | undefined {
  let best: RuleSet | undefined;
  for (const r of ruleSets) {
    if (r.effectiveFrom > day) continue;
    if (!best || r.effectiveFrom > best.effectiveFrom || (r.effectiveFrom === best.effectiveFrom && r.position > best.position)) best = r;
  }
  return best;
}

/** Splits [from, to] into runs of days scored by the same rule set. */
export function ruleSegments(ruleSets: RuleSet[], from: Day, to: Day): Array<{ from: Day; to: Day; rules: RuleSet | undefined }> {
  const starts = [...new Set(ruleSets.map((r) => r.effectiveFrom).filter((d) => d > from && d <= to))].sort();
  const bounds = [from, ...starts];
  return bounds.map((start, i) => ({
    from: start,
    to: i + 1 < bounds.length ? previousDay(bounds[i + 1]) : to,
    rules: ruleSetInForce(ruleSets, start),
  }));
}

function previousDay(day: Day): Day {
  return new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}
