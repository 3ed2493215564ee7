import { TestApp } from './test-app';

const CREATE_UNIT = `mutation($input: CreateUnitInput!) { createUnit(input: $input) { streamId } }`;
const DEFINE_AREA = `mutation($input: DefineDefenseAreaInput!) { defineDefenseArea(input: $input) { streamId } }`;
const APPOINT = `mutation($input: AppointChiefInput!) { appointChief(input: $input) { streamId } }`;

export const STATIONS = [
  { unitId: 'st-a', county: 'county-sx', name: '凤岗派出所', areaName: '凤岗防区', population: 40000, chief: '林建国' },
  { unitId: 'st-b', county: 'county-sx', name: '虬江派出所', areaName: '虬江防区', population: 20000, chief: '陈志强' },
  { unitId: 'st-c', county: 'county-dt', name: '均溪派出所', areaName: '均溪防区', population: 30000, chief: '王海峰' },
];

export const COUNTIES = [
  ['county-sx', '沙县分局'],
  ['county-dt', '大田县公安局'],
] as const;

/** Each unit's parent: the city's tree as built below. */
export const PARENT_OF: Record<string, string> = Object.fromEntries([
  ...COUNTIES.map(([unitId]) => [unitId, 'city']),
  ...STATIONS.map((s) => [s.unitId, s.county]),
]);

/** A small city built through the public API: 1 bureau, 2 counties, 3 stations with chiefs. */
export async function buildSmallCity(t: Pick<TestApp, 'ok'>, effectiveFrom = '2024-01-01') {
  await t.ok(CREATE_UNIT, { input: { unitId: 'city', level: 'CITY', name: '三明市公安局', effectiveFrom } });
  for (const [unitId, name] of COUNTIES) {
    await t.ok(CREATE_UNIT, { input: { unitId, level: 'COUNTY', name, parentId: 'city', effectiveFrom } });
  }
  for (const s of STATIONS) {
    await t.ok(CREATE_UNIT, { input: { unitId: s.unitId, level: 'STATION', name: s.name, parentId: s.county, effectiveFrom } });
    await t.ok(DEFINE_AREA, {
      input: { unitId: s.unitId, areaName: s.areaName, population: s.population, floatingPopulation: s.population / 4, effectiveFrom },
    });
    await t.ok(APPOINT, { input: { chiefId: `chief-${s.unitId}`, name: s.chief, role: 'STATION_CHIEF', unitId: s.unitId, effectiveFrom } });
  }
}
