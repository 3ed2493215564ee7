import { Day } from '../../common/business-day';
import { ActivityContext, activityContext } from './activity-context';
import { WARNINGS_PER_AREA_DAY } from './activity-rates';
import { DemoCity } from './demo-organization';
import { DemoTimeline } from './demo-timeline';
import { simulateAlert } from './loss-activity';
import { Rng, streamSeed } from './prng';
import { FiledCase } from './recovery-activity';
import { alertShares, conductOf, StationConduct } from './station-conduct';
import { GamingStations } from './planted-gaming';
import { DemoTruth } from './station-quality';
import { simulateOperationResults } from './operation-results';
import { simulateOutflow } from './outflow-activity';
import { simulatePrevention } from './prevention-activity';
import { simulateStrikes } from './strike-activity';
import { simulateWarning } from './warning-activity';
import { simulateWarningSteps } from './warning-steps-activity';

/** Seed 004's bulletin line: "4月17日,全市共接报涉电诈刑事警情5起,沙县3起、大田2起". */
const BULLETIN_DAY: Day = '2026-04-17';
const BULLETIN_ALERTS: readonly (readonly [countyId: string, alerts: number])[] = [
  ['county-shaxian', 3],
  ['county-datian', 2],
];

/** What each station is like on a day: its conduct, and its share of the city's alerts. */
interface StationsOfDay {
  conduct: Map<string, StationConduct>;
  alertShare: Map<string, number>;
}

/**
 * Simulates the whole city one day at a time, in a fixed order so a seed always gives the same
 * events. Each station works at its planted quality of the day (see station-quality).
 */
export class CityActivity {
  private readonly openCases: FiledCase[] = [];
  private readonly averagePopulation: number;
  /** Quality changes only on PLANTED_CHANGE_DAY, so the stations are worked out again only when their qualities differ. */
  private current: { qualities: string; stations: StationsOfDay } | null = null;

  /** The random streams of the facts added after the first ones, each its own so none shifts the others. */
  private readonly streams = new Map<string, Rng>();

  constructor(
    private readonly city: DemoCity,
    private readonly rng: Rng,
    private readonly timeline: DemoTimeline,
    private readonly truth: DemoTruth,
    private readonly seed: number,
    private readonly gaming?: GamingStations,
  ) {
    this.averagePopulation = city.stations.reduce((sum, s) => sum + s.population, 0) / city.stations.length;
  }

  simulate(day: Day): void {
    const ctx = activityContext(this.rng, this.timeline, day);
    const { conduct, alertShare } = this.stationsOn(day);
    const conductAt = (stationId: string) => conduct.get(stationId) as StationConduct;
    // Strikes first: they draw from cases filed before today.
    simulateStrikes(ctx, this.openCases, conductAt);
    const steps = this.contextOf('warning-steps', day);
    for (const station of this.city.stations) {
      // Warnings come from the banks and the platform, not from the station's work: population alone.
      const warnings = this.rng.poisson((WARNINGS_PER_AREA_DAY * station.population) / this.averagePopulation);
      for (let i = 0; i < warnings; i += 1) {
        const warning = simulateWarning(ctx, station.id, conductAt(station.id), this.gaming?.warnings(station.id, day));
        simulateWarningSteps(steps, warning, conductAt(station.id));
      }
    }
    const analysed = this.contextOf('case-analysis', day);
    for (const stationId of this.alertingStations(ctx, day, alertShare)) {
      const filed = simulateAlert(ctx, stationId, conductAt(stationId), analysed);
      if (filed) this.openCases.push(filed);
    }
    simulateOperationResults(this.contextOf('operation-results', day), this.city.stations);
    simulateOutflow(this.contextOf('outflow', day), this.city.counties);
    simulatePrevention(this.contextOf('prevention', day), this.city.stations);
  }

  /**
   * A day's context drawing from a named stream of its own, for the facts added to the demo after
   * the first ones (issue 18): their draws leave the first facts as they were, provided their streams
   * draw their recording delays from it too (StreamContext.delays).
   */
  private contextOf(stream: string, day: Day): ActivityContext {
    let rng = this.streams.get(stream);
    if (!rng) this.streams.set(stream, (rng = new Rng(streamSeed(this.seed, stream))));
    return activityContext(rng, this.timeline, day);
  }

  /** Each station's conduct at its quality of the day, and its share of the city's alerts (see alertShares). */
  private stationsOn(day: Day): StationsOfDay {
    const qualities = this.city.stations.map((s) => this.truth.qualityOn(s.id, day));
    const key = qualities.join(',');
    if (this.current?.qualities !== key) {
      const quality = new Map(this.city.stations.map((s, i) => [s.id, qualities[i]]));
      this.current = {
        qualities: key,
        stations: {
          conduct: new Map(this.city.stations.map((s, i) => [s.id, conductOf(qualities[i])])),
          alertShare: alertShares(this.city.stations, (id) => quality.get(id) as number),
        },
      };
    }
    return this.current.stations;
  }

  /** The station of each alert of the day; more people, more alerts, and fewer where the station works well. */
  private alertingStations(ctx: ActivityContext, day: Day, alertShare: Map<string, number>): string[] {
    if (day === BULLETIN_DAY) {
      return BULLETIN_ALERTS.flatMap(([countyId, alerts]) => {
        const stations = this.city.stations.filter((s) => s.countyId === countyId);
        return Array.from({ length: alerts }, () => this.rng.pick(stations).id);
      });
    }
    return this.city.stations.flatMap((station) => {
      const alerts = this.rng.poisson(ctx.rates.alertsPerDay * (alertShare.get(station.id) as number));
      return Array.from({ length: alerts }, () => station.id);
    });
  }
}
