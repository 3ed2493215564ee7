import { DomainEvent } from '../../common/decider';
import { Day } from '../../common/business-day';
import { IndicatorKey } from '../domain/indicators';

/**
 * One term of an additive rule set: `points` for every `per` units of the indicator (per = 1 for
 * counts, 1,000,000 fen = ¥10,000 for amounts). `capPerCase` bounds the term for a single case (only
 * for lossFen, whose per-case amounts are kept). `perCapita` divides by the area's residents / 10,000.
 */
export interface RuleTerm {
  indicator: IndicatorKey;
  points: number;
  per: number;
  capPerCase: number | null;
  perCapita: boolean;
}

/** Residents as a denominator: the rate is per 10,000 residents over the period. */
export const RESIDENTS = 'RESIDENTS';

/**
 * What a rate is compared with: the city's rate over the same period, a fixed target, or (for a
 * change on the same period last year) the city's own change, so a city-wide fall is nobody's merit.
 */
export type RateComparison = 'CITY' | 'TARGET' | 'CITY_CHANGE';

/**
 * Points from a comparison: x is the rate over its reference (RATIO) or minus it (DIFFERENCE); the
 * term earns nothing at `zeroAt`, its full weight at `fullAt`, linearly between, clamped. fullAt
 * below zeroAt means lower is better.
 */
export interface RateMapping {
  kind: 'RATIO' | 'DIFFERENCE';
  zeroAt: number;
  fullAt: number;
}

/** One term of a rate rule set: a rate over the period's totals, compared, mapped to points. */
export interface RateTerm {
  key: string;
  label: string;
  /** The dimension of domain.md's table it belongs to (降警情, 控发案 …). */
  dimension: string;
  weight: number;
  /** Indicators summed into the numerator and the denominator (or residents). */
  numerator: IndicatorKey[];
  denominator: IndicatorKey[] | typeof RESIDENTS;
  compare: RateComparison;
  /** For TARGET: the proportion aimed at (0.95 for 95%). */
  target: number | null;
  mapping: RateMapping;
}

interface RuleSetHeader {
  ruleSetId: string;
  name: string;
  /** A period is scored by the rule set in force on its last day (an additive one: each day by its own). */
  effectiveFrom: Day;
}

/** The first kind: points per event, summed per day. Events published before rate rule sets carry no kind. */
export interface AdditiveRuleSetData extends RuleSetHeader {
  kind?: 'ADDITIVE';
  terms: RuleTerm[];
  /** How a chief's score combines several areas. */
  aggregation: 'MEAN' | 'SUM';
}

/** Rates over a period's totals on a 100-point scale, each shrunk toward the city's rate by how little it rests on. */
export interface RateRuleSetData extends RuleSetHeader {
  kind: 'RATES';
  rateTerms: RateTerm[];
  /** Days of an average area's data that weigh as much as the city's rate (the prior's strength). */
  priorDays: number;
}

export type RuleSetPublished = DomainEvent<'RuleSetPublished', AdditiveRuleSetData | RateRuleSetData>;

export const ruleSetStream = (ruleSetId: string) => `ruleset-${ruleSetId}`;
