import { Day } from '../../common/business-day';
import { ChiefRole } from '../../organization/events/organization.events';
import { chineseNames } from './chinese-names';
import { Rng } from './prng';
import { CITY, COUNTIES, DEPARTMENTS, townNameCandidates } from './sanming-geography';

export const ORGANIZATION_START: Day = '2025-01-01';
/** Fixed, not the activity seed: the same city (names, areas, chiefs) whatever activity is drawn. */
const ORGANIZATION_SEED = 20250101;

export interface DemoStation {
  id: string;
  countyId: string;
  name: string;
  areaName: string;
  population: number;
  floatingPopulation: number;
}

export interface DemoCounty {
  id: string;
  name: string;
  stationIds: string[];
}

export interface DemoChief {
  id: string;
  name: string;
  role: ChiefRole;
  unitId: string;
  /** The unit that appoints: the county for its station chiefs, the city bureau for everyone else. */
  appointedBy: string;
  appointedFrom: Day;
  removedFrom?: Day;
  /** Dated stations (deputies) or linked counties (city chiefs), each replacing the one before. */
  scopes: { from: Day; unitIds: string[] }[];
}

export interface DemoCity {
  departments: { id: string; name: string }[];
  counties: DemoCounty[];
  stations: DemoStation[];
  chiefs: DemoChief[];
}

export function buildDemoCity(): DemoCity {
  const rng = new Rng(ORGANIZATION_SEED);
  const nextName = chineseNames(rng);
  const towns = rng.shuffle(townNameCandidates());
  const departments = DEPARTMENTS.map((d) => ({ id: `dept-${d.key}`, name: d.name }));
  const counties: DemoCounty[] = [];
  const stations: DemoStation[] = [];
  for (const spec of COUNTIES) {
    const countyId = `county-${spec.key}`;
    // The first station sits in the county seat: more people, more of them from elsewhere.
    const weights = Array.from({ length: spec.stations }, (_, i) => (i === 0 ? 2.5 : rng.between(0.5, 1.5)));
    const totalWeight = weights.reduce((a, b) => a + b, 0);
    const ids = weights.map((weight, i) => {
      const town = towns.pop() as string;
      const population = clamp(Math.round((spec.population * weight) / totalWeight / 10) * 10, 8_000, 60_000);
      const floatingShare = i === 0 ? rng.between(0.3, 0.4) : rng.between(0.1, 0.3);
      const id = `station-${spec.key}-${String(i + 1).padStart(2, '0')}`;
      stations.push({
        id,
        countyId,
        name: `${town}派出所`,
        areaName: `${town}防区`,
        population,
        floatingPopulation: Math.round(population * floatingShare),
      });
      return id;
    });
    counties.push({ id: countyId, name: spec.name, stationIds: ids });
  }
  return { departments, counties, stations, chiefs: appointChiefs(counties, departments, nextName) };
}

function appointChiefs(counties: DemoCounty[], departments: DemoCity['departments'], nextName: () => string): DemoChief[] {
  const chief = (id: string, role: ChiefRole, unitId: string, appointedBy: string = CITY.id): DemoChief => ({
    id,
    name: nextName(),
    role,
    unitId,
    appointedBy,
    appointedFrom: ORGANIZATION_START,
    scopes: [],
  });
  const city: DemoChief[] = [
    ...[1, 2, 3, 4, 5, 6].map((n) => chief(`chief-leader-${n}`, 'BUREAU_LEADER', CITY.id)),
    ...[1, 2, 3, 4].map((n) => chief(`chief-senior-${n}`, 'SENIOR_CHIEF', CITY.id)),
    ...departments.map((d) => chief(`chief-head-${d.id.slice('dept-'.length)}`, 'DEPARTMENT_HEAD', d.id)),
  ];
  // Chief i takes county i mod 12, so the first twelve cover every county; every other chief
  // also takes the county six places on, so some counties have two or three linked chiefs.
  city.forEach((c, i) => {
    const linked = [counties[i % counties.length].id];
    if (i % 2 === 0) linked.push(counties[(i + 6) % counties.length].id);
    c.scopes.push({ from: ORGANIZATION_START, unitIds: linked });
  });
  // Mid-year re-link; 三元 keeps chief-senior-1 and chief-head-jiguan.
  city[0].scopes.push({ from: '2026-07-01', unitIds: ['county-datian', 'county-taining'] });

  const county = counties.flatMap((c) => {
    const key = c.id.slice('county-'.length);
    const deputyCount = c.stationIds.length >= 10 ? 3 : 2;
    const size = Math.ceil(c.stationIds.length / deputyCount);
    const deputies = Array.from({ length: deputyCount }, (_, i) => {
      const deputy = chief(`chief-deputy-${key}-${i + 1}`, 'DEPUTY_COUNTY_CHIEF', c.id);
      deputy.scopes.push({ from: ORGANIZATION_START, unitIds: c.stationIds.slice(i * size, (i + 1) * size) });
      return deputy;
    });
    const stationChiefs = c.stationIds.map((s) => chief(`chief-${s}`, 'STATION_CHIEF', s, c.id));
    return [chief(`chief-county-${key}`, 'COUNTY_CHIEF', c.id), ...deputies, ...stationChiefs];
  });
  // A station chief replaced in spring 2026, so scores before and after belong to different people.
  const replaced = county.find((c) => c.id === 'chief-station-datian-03') as DemoChief;
  replaced.removedFrom = '2026-03-16';
  const successor = chief('chief-station-datian-03-2', 'STATION_CHIEF', replaced.unitId, replaced.appointedBy);
  successor.appointedFrom = '2026-03-16';
  return [...city, ...county, successor];
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** BULLETIN_COUNTY_ORDER for the demo bureau: its counties in Sanming's administrative order, as its bulletins list them. */
export const demoCountyOrder = (): string =>
  buildDemoCity()
    .counties.map((c) => c.id)
    .join(',');
