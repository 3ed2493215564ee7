import { businessDayOf, Day } from '../../common/business-day';
import { WarningContactMade } from '../../facts/warnings/events/warning-instruction.events';
import { generateDemoCity } from './generate-demo-city';
import { spearman } from '../validate/rank-correlation';
import { alertShares, conductOf, StationConduct } from './station-conduct';
import { demoTruth, PLANTED_CHANGE_DAY, StationTruth } from './station-quality';

/** What the spec counts per station and period. */
type Counts = Record<'alerts' | 'cases' | 'received' | 'inTime' | 'contacted' | 'faceToFace' | 'dissuaded' | 'victimised', number>;
const PERIODS = {
  year2025: ['2025-01-01', '2025-12-31'],
  beforeChange: ['2026-01-01', '2026-06-30'],
  afterChange: [PLANTED_CHANGE_DAY, '2026-11-20'],
} as const satisfies Record<string, readonly [Day, Day]>;
type Period = keyof typeof PERIODS;
const COUNTED: Partial<Record<string, keyof Counts>> = {
  FraudAlertReceived: 'alerts',
  CaseFiled: 'cases',
  WarningInstructionReceived: 'received',
  WarningDissuaded: 'dissuaded',
  VictimisedAfterWarning: 'victimised',
};
const zero = (): Counts => ({ alerts: 0, cases: 0, received: 0, inTime: 0, contacted: 0, faceToFace: 0, dissuaded: 0, victimised: 0 });
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('the planted truth of the demo city', () => {
  const truth = demoTruth();
  const qualities = truth.stations.map((s) => s.quality);
  const populations = truth.stations.map((s) => s.population);

  it('gives every station a quality drawn from N(0,1), independent of its population', () => {
    // Given the default seed's 120 stations
    expect(truth.stations).toHaveLength(120);
    // When their qualities are compared with their sizes
    const mean = sum(qualities) / qualities.length;
    const sd = Math.sqrt(sum(qualities.map((q) => (q - mean) ** 2)) / (qualities.length - 1));
    // Then they look standard normal and are unrelated to population (ρ = −0.015)
    expect(Math.abs(mean)).toBeLessThan(0.15);
    expect(sd).toBeGreaterThan(0.85);
    expect(sd).toBeLessThan(1.15);
    expect(Math.abs(spearman(qualities, populations))).toBeLessThan(0.1);
  });

  it('plants changes of 2–3 SD, four up and four down, on stations of at least the median population', () => {
    // Given the planted stations of the default seed
    const { planted, medianPopulation } = truth;
    // Then they are the same handful every time, each at least of median size
    expect(medianPopulation).toBe(17_600);
    expect(planted.map((s) => [s.stationId, s.population, round(s.quality), round(s.change?.delta ?? 0)])).toEqual([
      ['station-ninghua-02', 21_440, 1.26, -3],
      ['station-ninghua-11', 25_320, 0.21, -2.38],
      ['station-sanyuan-11', 27_310, -2.02, 2.56],
      ['station-shaxian-12', 26_110, -0.43, 2.86],
      ['station-yongan-02', 20_370, -0.63, 2.78],
      ['station-youxi-05', 28_300, 0.9, -2.17],
      ['station-youxi-09', 34_910, 0.04, -2.7],
      ['station-youxi-13', 32_810, -0.38, 2.93],
    ]);
    for (const s of planted) {
      expect(s.population).toBeGreaterThanOrEqual(medianPopulation);
      expect(Math.abs(s.change?.delta ?? 0)).toBeGreaterThanOrEqual(2);
      expect(Math.abs(s.change?.delta ?? 0)).toBeLessThanOrEqual(3);
      expect(s.change?.from).toBe(PLANTED_CHANGE_DAY);
    }
  });

  it('moves a planted station’s quality from the change day on, and no other station’s', () => {
    // Given a station planted to get better and one left alone
    const better = truth.planted.find((s) => s.stationId === 'station-sanyuan-11') as StationTruth;
    const unchanged = truth.stations.find((s) => s.change === null) as StationTruth;
    // When their quality is read around the change day
    const on = (s: StationTruth, day: Day) => truth.qualityOn(s.stationId, day);
    // Then only the planted one moves, and only from PLANTED_CHANGE_DAY
    expect(on(better, '2026-06-30')).toBe(better.quality);
    expect(on(better, PLANTED_CHANGE_DAY)).toBeCloseTo(better.quality + 2.56, 2);
    expect(on(unchanged, '2026-11-20')).toBe(unchanged.quality);
    expect(truth.stations.filter((s) => on(s, '2026-11-20') !== on(s, '2025-01-01'))).toHaveLength(8);
    // And over a period spanning the change, its quality weighs each day the same: 30 days before, 31 after
    expect(truth.meanQuality(better.stationId, '2026-06-01', '2026-07-31')).toBeCloseTo(better.quality + (2.56 * 31) / 61, 2);
  });

  it('is deterministic: the same seed plants the same truth, another seed another', () => {
    // When the truth is drawn again, and for another seed
    const again = demoTruth();
    const other = demoTruth(7);
    // Then the same seed gives the same stations and changes, another does not
    expect(again.stations).toEqual(truth.stations);
    expect(again.planted).toEqual(truth.planted);
    expect(other.stations.map((s) => s.quality)).not.toEqual(qualities);
    expect(other.stations.map((s) => s.population)).toEqual(populations);
  });

  it('keeps the city’s alerts at the calibrated rate: the population-weighted alert factor averages 1', () => {
    // Given the stations as they are before and after the change
    const stations = truth.stations.map((s) => ({ id: s.stationId, population: s.population }));
    const total = sum(populations);
    for (const day of ['2025-01-01', PLANTED_CHANGE_DAY]) {
      // When each station's share of the city's alerts is worked out
      const shares = alertShares(stations, (id) => truth.qualityOn(id, day));
      // Then the shares sum to 1, and a station one SD better has a quarter fewer alerts per resident
      expect(sum([...shares.values()])).toBeCloseTo(1, 12);
      const perResident = truth.stations.map((s) => ((shares.get(s.stationId) as number) * total) / s.population);
      const [a, b] = [0, 1].map((i) => truth.qualityOn(truth.stations[i].stationId, day));
      expect(perResident[1] / perResident[0]).toBeCloseTo(Math.exp(-0.29 * (b - a)), 10);
    }
  });

  it('moves each warning proportion 9 points per SD, linearly and in its good direction, and never to 100%', () => {
    // Given stations one SD below, at and one SD above the average
    const [worse, average, better] = [-1, 0, 1].map(conductOf);
    // Then the proportions sit mid-range at q = 0 (78–80% for warnings), and move 9–10 points per SD either side of it
    const rounded = (conduct: StationConduct) => Object.fromEntries(Object.entries(conduct).map(([k, p]) => [k, round(p, 3)]));
    expect(rounded(average)).toEqual({
      contactedInTime: 0.78,
      faceToFace: 0.78,
      dissuaded: 0.8,
      victimised: 0.006,
      paymentStopped: 0.3,
      fundsFrozen: 0.2,
      fundsReturned: 0.18,
      criminalMeasure: 0.7,
      solveWeight: 1,
      stopPace: 1,
      stepPace: 1,
    });
    expect(better.contactedInTime - worse.contactedInTime).toBeCloseTo(0.18, 10);
    expect(better.faceToFace - worse.faceToFace).toBeCloseTo(0.18, 10);
    expect(better.dissuaded - worse.dissuaded).toBeCloseTo(0.18, 10);
    expect(better.paymentStopped - worse.paymentStopped).toBeCloseTo(0.208, 3);
    expect(better.criminalMeasure - worse.criminalMeasure).toBeCloseTo(0.208, 3);
    // And a planted rise of 2 SD shows in full, 18 points, not squeezed near the top
    expect(conductOf(2).contactedInTime - average.contactedInTime).toBeCloseTo(0.18, 10);
    // (dissuasion, from 80%, stops at the ceiling: 17 points)
    expect(conductOf(2).dissuaded - average.dissuaded).toBeCloseTo(0.17, 10);
    // And victimisation falls with quality, its odds by 40% per SD (0.99% → 0.36%)
    expect(worse.victimised).toBeCloseTo(0.00985, 5);
    expect(better.victimised).toBeCloseTo(0.00365, 5);
    expect(better.solveWeight / worse.solveWeight).toBeCloseTo(Math.E, 10);
    // And a stop-payment takes 1.65 times the average's minutes one SD below, 0.61 times one SD above
    expect([worse.stopPace, better.stopPace].map((p) => round(p, 2))).toEqual([1.65, 0.61]);
    // And its warnings are forwarded and checked on site in 1.42 times the average's minutes one SD below, 0.7 times one SD above
    expect([worse.stepPace, better.stepPace].map((p) => round(p, 2))).toEqual([1.42, 0.7]);
    // And even a station three SD above the average misses some warnings
    expect(conductOf(3)).toMatchObject({ contactedInTime: 0.97, faceToFace: 0.97, dissuaded: 0.97 });
    // And even the worst imaginable station still handles a fifth of them
    expect(conductOf(-7)).toMatchObject({ contactedInTime: 0.2, faceToFace: 0.2, dissuaded: 0.2 });
  });
});

describe('the generated demo city, against its planted truth', () => {
  const truth = demoTruth();
  const counts: Record<Period, Map<string, Counts>> = { year2025: new Map(), beforeChange: new Map(), afterChange: new Map() };
  const city: Record<Period, Counts> = { year2025: zero(), beforeChange: zero(), afterChange: zero() };

  beforeAll(() => {
    const periods = Object.entries(PERIODS) as [Period, readonly [Day, Day]][];
    for (const { event } of generateDemoCity()) {
      const day = businessDayOf(event.metadata.occurredAt);
      const period = periods.find(([, [from, to]]) => day >= from && day <= to)?.[0];
      if (!period) continue;
      let station = counts[period].get(event.metadata.unitId);
      if (!station) counts[period].set(event.metadata.unitId, (station = zero()));
      const add = (key: keyof Counts) => {
        (station as Counts)[key] += 1;
        city[period][key] += 1;
      };
      const key = COUNTED[event.type];
      if (key) add(key);
      if (event.type === 'WarningContactMade') {
        const contact = event.data as WarningContactMade['data'];
        add('contacted');
        if (contact.withinDeadline) add('inTime');
        if (contact.method === 'FACE_TO_FACE') add('faceToFace');
      }
    }
  });

  /** Spearman's ρ over the 120 stations between a measure of the period and quality over it. */
  const rhoWithQuality = (period: Period, measure: (c: Counts, population: number) => number) => {
    const [from, to] = PERIODS[period];
    const stations = truth.stations;
    const values = stations.map((s) => measure(counts[period].get(s.stationId) ?? zero(), s.population));
    return round(
      spearman(
        values,
        stations.map((s) => truth.meanQuality(s.stationId, from, to)),
      ),
    );
  };

  it('over 2025, gives better stations fewer alerts and cases per resident, and more warnings handled well', () => {
    // When each station's 2025 rates are ranked against its quality
    // Then alerts and cases per resident fall with quality, a quarter fewer per SD (ρ = −0.77 and −0.71)
    expect(rhoWithQuality('year2025', (c, pop) => c.alerts / pop)).toBeLessThanOrEqual(-0.6);
    expect(rhoWithQuality('year2025', (c, pop) => c.cases / pop)).toBeLessThanOrEqual(-0.6);
    // And every warning proportion the score rewards rises with it (0.93, 0.92, 0.93), victimisation falls (−0.48: rare, so noisier)
    expect(rhoWithQuality('year2025', (c) => c.inTime / c.received)).toBeGreaterThanOrEqual(0.9);
    expect(rhoWithQuality('year2025', (c) => c.faceToFace / c.contacted)).toBeGreaterThanOrEqual(0.9);
    expect(rhoWithQuality('year2025', (c) => c.dissuaded / c.contacted)).toBeGreaterThanOrEqual(0.9);
    expect(rhoWithQuality('year2025', (c) => c.victimised / c.received)).toBeLessThanOrEqual(-0.4);
  });

  it('sends warnings by population alone: warnings received per resident do not follow quality', () => {
    // Then ρ = −0.02 over 2025 and −0.01 after the change
    expect(Math.abs(rhoWithQuality('year2025', (c, pop) => c.received / pop))).toBeLessThanOrEqual(0.2);
    expect(Math.abs(rhoWithQuality('afterChange', (c, pop) => c.received / pop))).toBeLessThanOrEqual(0.2);
  });

  it('keeps the city calibrated: alerts per day as in activity-rates, proportions at 75–80%', () => {
    const days = (period: Period) => (Date.parse(PERIODS[period][1]) - Date.parse(PERIODS[period][0])) / 86_400_000 + 1;
    // Then the city's alerts per day stay at 9.8 in 2025 and 5 in 2026
    expect(city.year2025.alerts / days('year2025')).toBeCloseTo(9.8, 0);
    expect((city.beforeChange.alerts + city.afterChange.alerts) / (days('beforeChange') + days('afterChange'))).toBeCloseTo(5, 0);
    // And the city's warning proportions sit below 100%, short of the targets (76%, 77%, 79%; 0.8% victimised)
    const year = city.year2025;
    for (const proportion of [year.inTime / year.received, year.faceToFace / year.contacted, year.dissuaded / year.contacted]) {
      expect(proportion).toBeGreaterThan(0.75);
      expect(proportion).toBeLessThan(0.8);
    }
    expect(year.victimised / year.received).toBeGreaterThan(0.006);
    expect(year.victimised / year.received).toBeLessThan(0.0095);
  });

  it('shows each planted change from the change day: in-time contact and alerts move its way', () => {
    for (const s of truth.planted) {
      // Given a planted station's first half of 2026 and the months after the change
      const before = counts.beforeChange.get(s.stationId) ?? zero();
      const after = counts.afterChange.get(s.stationId) ?? zero();
      const direction = Math.sign(s.change?.delta ?? 0);
      // Then its in-time contact moves in the direction of the change, by at least 10 points (13 to 37 here)
      const moved = after.inTime / after.received - before.inTime / before.received;
      expect({ station: s.stationId, moved: Math.sign(moved) }).toEqual({ station: s.stationId, moved: direction });
      expect(Math.abs(moved)).toBeGreaterThan(0.1);
    }
    // And the stations that got better have fewer alerts against the city's (×0.60), those that got worse more (×2.32)
    const relativeAlerts = (direction: number) => {
      const group = truth.planted.filter((s) => Math.sign(s.change?.delta ?? 0) === direction);
      const rate = (period: Period) => sum(group.map((s) => counts[period].get(s.stationId)?.alerts ?? 0)) / city[period].alerts;
      return rate('afterChange') / rate('beforeChange');
    };
    expect(relativeAlerts(1)).toBeLessThan(0.75);
    expect(relativeAlerts(-1)).toBeGreaterThan(1.33);
  });
});

function round(x: number, digits = 2): number {
  return Math.round(x * 10 ** digits) / 10 ** digits;
}
