import { DomainEvent } from '../../common/decider';
import { Day } from '../../common/business-day';
import { IndicatorKey } from '../domain/indicators';

/**
 * One term of a rule set: `points` for every `per` units of the indicator (per = 1 for counts,
 * 1,000,000 fen = ¥10,000 for amounts). `capPerCase` bounds the term for a single case (only for
 * lossFen, whose per-case amounts are kept). `perCapita` divides by the area's residents / 10,000.
 */
export interface RuleTerm {
  indicator: IndicatorKey;
  points: number;
  per: number;
  capPerCase: number | null;
  perCapita: boolean;
}

export type RuleSetPublished = DomainEvent<
  'RuleSetPublished',
  {
    ruleSetId: string;
    name: string;
    /** Each day is scored with the latest rule set whose effectiveFrom is on or before it. */
    effectiveFrom: Day;
    terms: RuleTerm[];
    /** How a chief's score combines several areas. */
    aggregation: 'MEAN' | 'SUM';
  }
>;

export const ruleSetStream = (ruleSetId: string) => `ruleset-${ruleSetId}`;
