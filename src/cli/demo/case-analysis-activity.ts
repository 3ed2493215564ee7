import { FraudType } from '../../facts/losses/events/loss.events';
import { CaseAnalysis, FraudMethod, VictimGroup } from '../../facts/losses/events/case-analysis';
import { DAY_MS, midnightOf, officeTime } from './demo-clock';
import { Rng } from './prng';

/** How fraudsters reached their victims, as a city's 一案一分析 tallies them: chat apps and calls first. */
const METHOD_MIX: ReadonlyArray<readonly [FraudMethod, number]> = [
  ['SOCIAL_APP', 0.35],
  ['PHONE', 0.25],
  ['FAKE_WEBSITE_APP', 0.15],
  ['SMS', 0.08],
  ['SHOPPING_PLATFORM', 0.07],
  ['ONLINE_GAME', 0.05],
  ['OTHER', 0.05],
];
/** Fraud types that mostly come one way: a fake officer or customer service calls, a game trade happens in the game. */
const USUAL_METHOD: Partial<Record<FraudType, readonly [FraudMethod, number]>> = {
  IMPERSONATING_OFFICIALS: ['PHONE', 0.7],
  FAKE_CUSTOMER_SERVICE: ['PHONE', 0.6],
  GAME_TRADING: ['ONLINE_GAME', 0.8],
};
/** Seed 001: the 30-65 year olds, the elderly, students and company employees are the ones deceived. */
const GROUP_MIX: ReadonlyArray<readonly [VictimGroup, number]> = [
  ['EMPLOYEE', 0.32],
  ['SELF_EMPLOYED', 0.18],
  ['ELDERLY', 0.15],
  ['UNEMPLOYED', 0.13],
  ['STUDENT', 0.12],
  ['OTHER', 0.1],
];
/** Seed 002 visits every victim; a demo station visits most, within days of the filing and a few weeks at most. */
const VISITED = 0.9;
const MEAN_VISIT_DAYS = 3;
const LATEST_VISIT_DAYS = 28;

/** A filed case's analysis and, when its victim is visited, the visit's time. */
export interface CasePlan {
  analysis: CaseAnalysis;
  visitMs: number | null;
}

/** Drawn from the case-analysis stream only, so the first facts' draws stay as they were. */
export function planCase(rng: Rng, fraudType: FraudType, filedMs: number): CasePlan {
  const usual = USUAL_METHOD[fraudType];
  const method = usual && rng.chance(usual[1]) ? usual[0] : rng.weighted(METHOD_MIX);
  const victimGroup = rng.weighted(GROUP_MIX);
  const days = Math.min(LATEST_VISIT_DAYS, 1 + Math.floor(rng.exponential(MEAN_VISIT_DAYS)));
  const visitMs = rng.chance(VISITED) ? officeTime(rng, midnightOf(filedMs) + days * DAY_MS) : null;
  return { analysis: { method, victimGroup }, visitMs };
}
