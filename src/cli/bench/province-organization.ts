import { ChiefRole } from '../../organization/events/organization.events';
import { chineseNames } from '../demo/chinese-names';
import { DemoChief, DemoCity, DemoCounty, DemoStation, ORGANIZATION_START } from '../demo/demo-organization';
import { Rng } from '../demo/prng';
import { CITY, DEPARTMENTS, townNameCandidates } from '../demo/sanming-geography';

/** Invented prefectures (地市); each holds ten counties of ten defense areas. */
const PREFECTURES = [
  '东湖',
  '西岭',
  '南溪',
  '北山',
  '青田',
  '白沙',
  '金坑',
  '银川',
  '石门',
  '云霄',
  '凤岗',
  '玉溪',
  '桃源',
  '梅林',
  '松洋',
] as const;
const COUNTIES_PER_PREFECTURE = 10;
const AREAS_PER_COUNTY = 10;
const DEPUTIES_PER_COUNTY = 2;
const SEED = 20260101;

/** A province as the demo city's shapes: one top bureau, 150 counties, 1,500 defense areas, every chief appointed. */
export interface Province extends DemoCity {
  /** The stations of each prefecture: alerts and solved cases are drawn per prefecture, at the demo city's rates. */
  prefectures: DemoStation[][];
}

/**
 * 15 prefectures × 10 counties × 10 areas = 1,500 defense areas of 8,000–60,000 residents each
 * (about 37 million people), under the single top-level unit the product knows (level CITY).
 * Chiefs: a station chief per area, a county chief and two deputies (five areas each) per county,
 * and at the top a bureau leader per prefecture plus senior chiefs and department heads linked to
 * three prefectures' counties each. Deterministic: the same province every run.
 */
export function buildProvince(): Province {
  const rng = new Rng(SEED);
  const nextName = chineseNames(rng);
  const towns = townNameCandidates();
  const counties: DemoCounty[] = [];
  const stations: DemoStation[] = [];
  const prefectures = PREFECTURES.map((prefecture, p) => {
    const own: DemoStation[] = [];
    for (let c = 0; c < COUNTIES_PER_PREFECTURE; c++) {
      const key = `p${pad(p + 1)}c${pad(c + 1)}`;
      const countyId = `county-${key}`;
      const ids = Array.from({ length: AREAS_PER_COUNTY }, (_, i) => {
        // The first area is the county seat: more residents, more of them from elsewhere.
        const population = Math.round((i === 0 ? rng.between(35_000, 60_000) : rng.between(8_000, 30_000)) / 10) * 10;
        const town = towns[(p * COUNTIES_PER_PREFECTURE * AREAS_PER_COUNTY + c * AREAS_PER_COUNTY + i) % towns.length];
        const station = {
          id: `station-${key}-${pad(i + 1)}`,
          countyId,
          name: `${town}派出所`,
          areaName: `${town}防区`,
          population,
          floatingPopulation: Math.round(population * (i === 0 ? rng.between(0.3, 0.4) : rng.between(0.1, 0.3))),
        };
        own.push(station);
        return station.id;
      });
      counties.push({ id: countyId, name: `${prefecture}市第${c + 1}分局`, stationIds: ids });
    }
    stations.push(...own);
    return own;
  });
  const departments = DEPARTMENTS.map((d) => ({ id: `dept-${d.key}`, name: d.name }));
  return { departments, counties, stations, chiefs: appointChiefs(counties, departments, nextName), prefectures };
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
  const countiesOf = (prefectures: number[]) =>
    prefectures.flatMap((p) => counties.slice(p * COUNTIES_PER_PREFECTURE, (p + 1) * COUNTIES_PER_PREFECTURE).map((c) => c.id));
  const linked = (c: DemoChief, prefectures: number[]) => {
    c.scopes.push({ from: ORGANIZATION_START, unitIds: countiesOf(prefectures) });
    return c;
  };
  const threeFrom = (first: number) => [0, 1, 2].map((k) => (first + k) % PREFECTURES.length);
  const top = [
    ...PREFECTURES.map((_, p) => linked(chief(`chief-leader-${p + 1}`, 'BUREAU_LEADER', CITY.id), [p])),
    ...[0, 1, 2, 3, 4].map((n) => linked(chief(`chief-senior-${n + 1}`, 'SENIOR_CHIEF', CITY.id), threeFrom(n * 3))),
    ...departments.map((d, n) => linked(chief(`chief-head-${d.id.slice('dept-'.length)}`, 'DEPARTMENT_HEAD', d.id), threeFrom(n * 3 + 1))),
  ];
  const local = counties.flatMap((c) => {
    const key = c.id.slice('county-'.length);
    const size = Math.ceil(c.stationIds.length / DEPUTIES_PER_COUNTY);
    const deputies = Array.from({ length: DEPUTIES_PER_COUNTY }, (_, i) => {
      const deputy = chief(`chief-deputy-${key}-${i + 1}`, 'DEPUTY_COUNTY_CHIEF', c.id);
      deputy.scopes.push({ from: ORGANIZATION_START, unitIds: c.stationIds.slice(i * size, (i + 1) * size) });
      return deputy;
    });
    return [
      chief(`chief-county-${key}`, 'COUNTY_CHIEF', c.id),
      ...deputies,
      ...c.stationIds.map((s) => chief(`chief-${s}`, 'STATION_CHIEF', s, c.id)),
    ];
  });
  return [...top, ...local];
}

const pad = (n: number) => String(n).padStart(2, '0');
