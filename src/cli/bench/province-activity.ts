import { addDays, Day } from '../../common/business-day';
import { activityContext } from '../demo/activity-context';
import { WARNINGS_PER_AREA_DAY } from '../demo/activity-rates';
import { dayIndexOfDay } from '../demo/demo-clock';
import { ORGANIZATION_START } from '../demo/demo-organization';
import { DemoEntry, DemoTimeline } from '../demo/demo-timeline';
import { simulateAlert } from '../demo/loss-activity';
import { scheduleOrganization } from '../demo/organization-events';
import { Rng } from '../demo/prng';
import { FiledCase } from '../demo/recovery-activity';
import { COUNTIES } from '../demo/sanming-geography';
import { simulateStrikes } from '../demo/strike-activity';
import { simulateWarning } from '../demo/warning-activity';
import { Province } from './province-organization';

const SEED = 2026;
/** The demo city's residents and areas: its rates are per city, so they scale by residents from here. */
const CITY_POPULATION = COUNTIES.reduce((sum, c) => sum + c.population, 0);
const CITY_AREA_POPULATION = CITY_POPULATION / COUNTIES.reduce((sum, c) => sum + c.stations, 0);

/**
 * The province's events: its organisation (set up on the demo city's first day, with the default
 * rule set), then every day from `from` to `until` simulated with the demo city's generators and
 * rates, so each area is as busy as a demo area of the same population: warnings and their
 * follow-ups, alerts, cases with corrections and recoveries, and solved cases (drawn per
 * prefecture, at the demo city's daily rate). In occurredAt order, deterministic.
 */
export function* generateProvince(province: Province, from: Day, until: Day): Generator<DemoEntry> {
  const rng = new Rng(SEED);
  const timeline = new DemoTimeline(rng);
  scheduleOrganization(province, timeline);
  yield* timeline.take(dayIndexOfDay(ORGANIZATION_START));
  const openCases = province.prefectures.map((): FiledCase[] => []);
  for (let day = from; day <= until; day = addDays(day, 1)) {
    const ctx = activityContext(rng, timeline, day);
    province.prefectures.forEach((stations, p) => {
      simulateStrikes(ctx, openCases[p]);
      for (const station of stations) {
        const warnings = rng.poisson((WARNINGS_PER_AREA_DAY * station.population) / CITY_AREA_POPULATION);
        for (let i = 0; i < warnings; i++) simulateWarning(ctx, station.id);
        const alerts = rng.poisson((ctx.rates.alertsPerDay * station.population) / CITY_POPULATION);
        for (let i = 0; i < alerts; i++) {
          const filed = simulateAlert(ctx, station.id);
          if (filed) openCases[p].push(filed);
        }
      }
    });
    yield* timeline.take(dayIndexOfDay(day));
  }
}
