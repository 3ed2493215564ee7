import { Day } from '../../common/business-day';
import { ActivityContext, activityContext } from './activity-context';
import { WARNINGS_PER_AREA_DAY } from './activity-rates';
import { DemoCity } from './demo-organization';
import { DemoTimeline } from './demo-timeline';
import { simulateAlert } from './loss-activity';
import { Rng } from './prng';
import { FiledCase } from './recovery-activity';
import { simulateStrikes } from './strike-activity';
import { simulateWarning } from './warning-activity';

/** Seed 004's bulletin line: "4月17日,全市共接报涉电诈刑事警情5起,沙县3起、大田2起". */
const BULLETIN_DAY: Day = '2026-04-17';
const BULLETIN_ALERTS: readonly (readonly [countyId: string, alerts: number])[] = [
  ['county-shaxian', 3],
  ['county-datian', 2],
];

/** Simulates the whole city one day at a time, in a fixed order so a seed always gives the same events. */
export class CityActivity {
  private readonly openCases: FiledCase[] = [];
  private readonly populationShare: Map<string, number>;
  private readonly averagePopulation: number;

  constructor(
    private readonly city: DemoCity,
    private readonly rng: Rng,
    private readonly timeline: DemoTimeline,
  ) {
    const total = city.stations.reduce((sum, s) => sum + s.population, 0);
    this.averagePopulation = total / city.stations.length;
    this.populationShare = new Map(city.stations.map((s) => [s.id, s.population / total]));
  }

  simulate(day: Day): void {
    const ctx = activityContext(this.rng, this.timeline, day);
    // Strikes first: they draw from cases filed before today.
    simulateStrikes(ctx, this.openCases);
    for (const station of this.city.stations) {
      const warnings = this.rng.poisson((WARNINGS_PER_AREA_DAY * station.population) / this.averagePopulation);
      for (let i = 0; i < warnings; i += 1) simulateWarning(ctx, station.id);
    }
    for (const stationId of this.alertingStations(ctx, day)) {
      const filed = simulateAlert(ctx, stationId);
      if (filed) this.openCases.push(filed);
    }
  }

  /** The station of each alert of the day; more people, more alerts. */
  private alertingStations(ctx: ActivityContext, day: Day): string[] {
    if (day === BULLETIN_DAY) {
      return BULLETIN_ALERTS.flatMap(([countyId, alerts]) => {
        const stations = this.city.stations.filter((s) => s.countyId === countyId);
        return Array.from({ length: alerts }, () => this.rng.pick(stations).id);
      });
    }
    return this.city.stations.flatMap((station) => {
      const alerts = this.rng.poisson(ctx.rates.alertsPerDay * (this.populationShare.get(station.id) as number));
      return Array.from({ length: alerts }, () => station.id);
    });
  }
}
