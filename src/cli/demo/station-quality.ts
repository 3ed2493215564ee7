import { Day, daysBetween } from '../../common/business-day';
import { DEMO_DEFAULT_SEED } from './demo-defaults';
import { buildDemoCity, DemoCity } from './demo-organization';
import { Rng, streamSeed } from './prng';

/** From this day on the planted stations work at their new quality: mid-year, so a year-to-date ranking and month-on-month arrows both have something to find. */
export const PLANTED_CHANGE_DAY: Day = '2026-07-01';
/** A handful: enough for a recall of 70% to mean something (6 of 8), few enough that most stations stay as they were. */
const PLANTED_STATIONS = 8;
/** In standard deviations of q: a change a bulletin reader would notice, not one within a station's usual noise. */
const PLANTED_SHIFT: readonly [min: number, max: number] = [2, 3];
/** The quality stream's name: its own draws, so activity drawn from the demo seed leaves the truth alone and vice versa. */
const QUALITY_STREAM = 'station-quality';

export interface PlantedChange {
  from: Day;
  /** Added to the station's quality from `from` on, in standard deviations of q. */
  delta: number;
}

/** What a station truly is: its latent quality q ~ N(0,1), higher is better, drawn independently of its size. */
export interface StationTruth {
  stationId: string;
  countyId: string;
  population: number;
  /** q before any planted change. */
  quality: number;
  change: PlantedChange | null;
}

export interface DemoTruth {
  seed: number;
  /** Every station, in the organisation's order. */
  stations: readonly StationTruth[];
  /** The stations whose quality changes on PLANTED_CHANGE_DAY. */
  planted: readonly StationTruth[];
  /** The median population, the least a planted station has. */
  medianPopulation: number;
  /** The station's q on a day, planted change included. */
  qualityOn(stationId: string, day: Day): number;
  /** The station's q averaged over the days from..to (inclusive), each day weighing the same. */
  meanQuality(stationId: string, from: Day, to: Day): number;
}

/** The planted truth of the demo city generated with `seed`: what a ranking of its stations should find. */
export function demoTruth(seed: number = DEMO_DEFAULT_SEED): DemoTruth {
  return plantQuality(buildDemoCity(), seed);
}

export function plantQuality(city: DemoCity, seed: number): DemoTruth {
  const rng = new Rng(streamSeed(seed, QUALITY_STREAM));
  const stations: StationTruth[] = city.stations.map((s) => ({
    stationId: s.id,
    countyId: s.countyId,
    population: s.population,
    quality: rng.normal(),
    change: null,
  }));
  const medianPopulation = median(stations.map((s) => s.population));
  const eligible = rng.shuffle(stations.filter((s) => s.population >= medianPopulation));
  // The better half of the chosen get worse and the worse half better: half up, half down, and
  // no station is pushed far beyond the range of q the rates are calibrated for.
  const planted = eligible.slice(0, PLANTED_STATIONS).sort((a, b) => a.quality - b.quality);
  planted.forEach((s, i) => {
    const direction = i < planted.length / 2 ? 1 : -1;
    s.change = { from: PLANTED_CHANGE_DAY, delta: direction * rng.between(...PLANTED_SHIFT) };
  });
  const byId = new Map(stations.map((s) => [s.stationId, s]));
  const truthOf = (stationId: string): StationTruth => {
    const truth = byId.get(stationId);
    if (!truth) throw new RangeError(`no station ${stationId} in the demo city`);
    return truth;
  };
  const qualityOn = (stationId: string, day: Day): number => {
    const { quality, change } = truthOf(stationId);
    return change && day >= change.from ? quality + change.delta : quality;
  };
  return {
    seed,
    stations,
    planted: planted.slice().sort((a, b) => a.stationId.localeCompare(b.stationId)),
    medianPopulation,
    qualityOn,
    meanQuality(stationId, from, to) {
      const { quality, change } = truthOf(stationId);
      if (to < from) throw new RangeError(`period ends (${to}) before it starts (${from})`);
      if (!change || to < change.from) return quality;
      if (from >= change.from) return quality + change.delta;
      return quality + (change.delta * daysBetween(change.from, to)) / daysBetween(from, to);
    },
  };
}

function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(mid)] : (sorted[mid - 1] + sorted[mid]) / 2;
}
