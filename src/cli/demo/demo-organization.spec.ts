import { ChiefAppointed, ChiefRole, CityChiefLinked, DeputyAssigned, UnitCreated } from '../../organization/events/organization.events';
import { DemoEntry } from './demo-timeline';
import { generateDemoCity } from './generate-demo-city';

const ORGANIZATION_TYPES = new Set([
  'UnitCreated',
  'DefenseAreaDefined',
  'ChiefAppointed',
  'ChiefRemoved',
  'DeputyAssigned',
  'CityChiefLinked',
]);

describe('the demo city organisation', () => {
  let events: DemoEntry['event'][];
  beforeAll(() => {
    events = [...generateDemoCity()].map((e) => e.event).filter((e) => ORGANIZATION_TYPES.has(e.type));
  });
  const data = <T>(type: string) => events.filter((e) => e.type === type).map((e) => e.data as T);
  const units = (level: string) => data<UnitCreated['data']>('UnitCreated').filter((u) => u.level === level);
  const appointed = (role: ChiefRole) => data<ChiefAppointed['data']>('ChiefAppointed').filter((c) => c.role === role);

  it('has a city bureau with its departments, 12 counties and 120 stations with defense areas', () => {
    expect(units('CITY')).toEqual([expect.objectContaining({ unitId: 'city', name: '三明市公安局', parentId: null })]);
    expect(units('DEPARTMENT').map((d) => d.name)).toEqual(['刑侦支队', '反诈中心', '基层基础管控中心', '治安支队', '网安支队']);
    expect(units('COUNTY')).toHaveLength(12);
    expect(units('COUNTY').map((c) => c.name)).toEqual(expect.arrayContaining(['沙县分局', '大田县公安局']));
    const stations = units('STATION');
    expect(stations).toHaveLength(120);
    expect(new Set(stations.map((s) => s.name)).size).toBe(120);
    const perCounty = units('COUNTY').map((c) => stations.filter((s) => s.parentId === c.unitId).length);
    expect(Math.min(...perCounty)).toBeGreaterThanOrEqual(6);
    expect(Math.max(...perCounty)).toBeLessThanOrEqual(14);

    const areas = data<{ unitId: string; population: number; floatingPopulation: number }>('DefenseAreaDefined');
    expect(areas.map((a) => a.unitId).sort()).toEqual(stations.map((s) => s.unitId).sort());
    const total = areas.reduce((sum, a) => sum + a.population, 0);
    expect(total).toBeGreaterThan(2_300_000);
    expect(total).toBeLessThan(2_700_000);
    for (const a of areas) {
      expect(a.population).toBeGreaterThanOrEqual(8_000);
      expect(a.population).toBeLessThanOrEqual(60_000);
      expect(a.floatingPopulation / a.population).toBeGreaterThanOrEqual(0.1);
      expect(a.floatingPopulation / a.population).toBeLessThanOrEqual(0.4);
    }
  });

  it('fills all six roles, with every station chiefed and split among its county deputies', () => {
    expect(appointed('BUREAU_LEADER')).toHaveLength(6);
    expect(appointed('SENIOR_CHIEF')).toHaveLength(4);
    expect(
      appointed('DEPARTMENT_HEAD')
        .map((c) => c.unitId)
        .sort(),
    ).toEqual(
      units('DEPARTMENT')
        .map((d) => d.unitId)
        .sort(),
    );
    expect(
      appointed('COUNTY_CHIEF')
        .map((c) => c.unitId)
        .sort(),
    ).toEqual(
      units('COUNTY')
        .map((c) => c.unitId)
        .sort(),
    );
    expect(new Set(appointed('STATION_CHIEF').map((c) => c.unitId)).size).toBe(120);
    const names = data<ChiefAppointed['data']>('ChiefAppointed').map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);

    const deputies = appointed('DEPUTY_COUNTY_CHIEF');
    const assigned = data<DeputyAssigned['data']>('DeputyAssigned');
    for (const county of units('COUNTY')) {
      const ofCounty = deputies.filter((d) => d.unitId === county.unitId).map((d) => d.chiefId);
      expect(ofCounty.length).toBeGreaterThanOrEqual(2);
      expect(ofCounty.length).toBeLessThanOrEqual(3);
      const stations = assigned.filter((a) => ofCounty.includes(a.chiefId)).flatMap((a) => a.stationIds);
      const expected = units('STATION')
        .filter((s) => s.parentId === county.unitId)
        .map((s) => s.unitId);
      expect(stations.sort()).toEqual(expected.sort());
    }
  });

  it('links every county to a city chief, before and after the mid-2026 re-link', () => {
    const links = data<CityChiefLinked['data']>('CityChiefLinked');
    const counties = units('COUNTY')
      .map((c) => c.unitId)
      .sort();
    const covered = (asOf: string) => {
      const latest = new Map<string, string[]>();
      for (const link of links) if (link.effectiveFrom <= asOf) latest.set(link.chiefId, link.countyIds);
      return [...new Set([...latest.values()].flat())].sort();
    };
    expect(covered('2025-01-01')).toEqual(counties);
    expect(covered('2026-07-01')).toEqual(counties);
    expect(links.filter((l) => l.effectiveFrom === '2026-07-01')).toHaveLength(1);
    expect(links.every((l) => l.countyIds.length >= 1 && l.countyIds.length <= 2)).toBe(true);
  });

  it('replaces one station chief in 2026, so history matters', () => {
    const [removed] = data<{ chiefId: string; effectiveFrom: string }>('ChiefRemoved');
    expect(removed.effectiveFrom.startsWith('2026-')).toBe(true);
    const predecessor = appointed('STATION_CHIEF').find((c) => c.chiefId === removed.chiefId);
    const successor = appointed('STATION_CHIEF').find((c) => c.effectiveFrom === removed.effectiveFrom);
    expect(successor?.unitId).toBe(predecessor?.unitId);
  });
});
