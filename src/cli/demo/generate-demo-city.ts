import { addDays, Day, isValidDay } from '../../common/business-day';
import { CityActivity } from './city-activity';
import { dayIndexOfDay } from './demo-clock';
import { DEMO_DEFAULT_SEED, DEMO_DEFAULT_UNTIL } from './demo-defaults';
import { buildDemoCity, ORGANIZATION_START } from './demo-organization';
import { DemoEntry, DemoTimeline } from './demo-timeline';
import { scheduleOrganization } from './organization-events';
import { GamingStations } from './planted-gaming';
import { Rng } from './prng';
import { plantQuality } from './station-quality';

export { DEMO_DEFAULT_SEED, DEMO_DEFAULT_UNTIL };

export interface DemoCityOptions {
  /** Last business day simulated, inclusive; follow-ups due after it are left out as not yet happened. */
  until?: Day;
  seed?: number;
}

/**
 * A Sanming-sized demo city (三明市公安局) as events: organisation and rule set first, then
 * every day's warnings, alerts, cases, strikes and recoveries from 2025-01-01, in occurredAt order.
 * Each station works at the quality planted for the seed (demoTruth in station-quality.ts tells it),
 * and a few game their figures as PLANTED_GAMING says.
 * Deterministic: the same options always yield the same events with the same idempotency keys.
 */
export function* generateDemoCity(options: DemoCityOptions = {}): Generator<DemoEntry> {
  const until = options.until ?? DEMO_DEFAULT_UNTIL;
  if (!isValidDay(until) || until < ORGANIZATION_START) {
    throw new RangeError(`until must be a day (YYYY-MM-DD) on or after ${ORGANIZATION_START}, got "${until}"`);
  }
  const seed = options.seed ?? DEMO_DEFAULT_SEED;
  const rng = new Rng(seed);
  const timeline = new DemoTimeline(rng);
  const city = buildDemoCity();
  scheduleOrganization(city, timeline);
  const gaming = new GamingStations(seed, until);
  const activity = new CityActivity(city, rng, timeline, plantQuality(city, seed), seed, gaming);
  for (let day = ORGANIZATION_START; day <= until; day = addDays(day, 1)) {
    activity.simulate(day);
    yield* timeline.take(dayIndexOfDay(day)).map(gaming.asRecorded);
  }
}
