import { StoredEvent } from '../../event-store/event-store.port';
import { storedEvent } from '../../event-store/stored-event.spec-helpers';
import { CHIEFS, CHIEF_SCOPES, UNITS, organizationProjection as projection } from './organization.projection';

function stored(type: string, data: unknown): StoredEvent {
  return storedEvent(type, data);
}

describe('organization projection', () => {
  it('declares units, chiefs and dated chief scopes', () => {
    expect(projection.name).toBe('organization');
    expect(projection.version).toBe(1);
    const byName = Object.fromEntries(projection.tables.map((t) => [t.name, t]));
    expect(Object.keys(byName)).toEqual([UNITS, CHIEFS, CHIEF_SCOPES]);
    expect(byName[UNITS].key).toEqual(['unitId']);
    expect(byName[UNITS].columns).toEqual({
      unitId: 'text',
      level: 'text',
      name: 'text',
      parentId: 'text',
      effectiveFrom: 'text',
      areaName: 'text',
      population: 'integer',
      floatingPopulation: 'integer',
    });
    expect(byName[CHIEFS].key).toEqual(['chiefId']);
    expect(byName[CHIEFS].columns).toEqual({
      chiefId: 'text',
      name: 'text',
      role: 'text',
      unitId: 'text',
      appointedFrom: 'text',
      removedFrom: 'text',
    });
    expect(byName[CHIEF_SCOPES].key).toEqual(['chiefId', 'effectiveFrom']);
    expect(byName[CHIEF_SCOPES].columns.unitIds).toBe('json');
  });

  it('upserts a created unit', () => {
    expect(
      projection.project(
        stored('UnitCreated', { unitId: 'S-1', level: 'STATION', name: '城关派出所', parentId: 'C-1', effectiveFrom: '2026-01-01' }),
      ),
    ).toEqual([
      {
        op: 'upsert',
        table: UNITS,
        key: { unitId: 'S-1' },
        values: { level: 'STATION', name: '城关派出所', parentId: 'C-1', effectiveFrom: '2026-01-01' },
      },
    ]);
  });

  it('keeps a null parent for the city', () => {
    expect(
      projection.project(
        stored('UnitCreated', { unitId: 'CITY-1', level: 'CITY', name: '三明市公安局', parentId: null, effectiveFrom: '2026-01-01' }),
      ),
    ).toEqual([
      {
        op: 'upsert',
        table: UNITS,
        key: { unitId: 'CITY-1' },
        values: { level: 'CITY', name: '三明市公安局', parentId: null, effectiveFrom: '2026-01-01' },
      },
    ]);
  });

  it("adds the defense area to the station's row without overwriting the unit's effectiveFrom", () => {
    const changes = projection.project(
      stored('DefenseAreaDefined', {
        unitId: 'S-1',
        areaName: '城关防区',
        population: 266_000,
        floatingPopulation: 164_000,
        effectiveFrom: '2026-02-01',
      }),
    );
    expect(changes).toEqual([
      {
        op: 'upsert',
        table: UNITS,
        key: { unitId: 'S-1' },
        values: { areaName: '城关防区', population: 266_000, floatingPopulation: 164_000 },
      },
    ]);
  });

  it('updates the population of a defense area', () => {
    expect(
      projection.project(
        stored('DefenseAreaPopulationSet', {
          unitId: 'S-1',
          population: 270_000,
          floatingPopulation: 170_000,
          effectiveFrom: '2026-07-01',
        }),
      ),
    ).toEqual([{ op: 'upsert', table: UNITS, key: { unitId: 'S-1' }, values: { population: 270_000, floatingPopulation: 170_000 } }]);
  });

  it('upserts an appointed chief as in office (clearing a previous removal)', () => {
    expect(
      projection.project(
        stored('ChiefAppointed', { chiefId: 'K-1', name: '张三', role: 'STATION_CHIEF', unitId: 'S-1', effectiveFrom: '2026-01-10' }),
      ),
    ).toEqual([
      {
        op: 'upsert',
        table: CHIEFS,
        key: { chiefId: 'K-1' },
        values: { name: '张三', role: 'STATION_CHIEF', unitId: 'S-1', appointedFrom: '2026-01-10', removedFrom: null },
      },
    ]);
  });

  it('records the removal day of a chief, leaving the rest of the row', () => {
    expect(projection.project(stored('ChiefRemoved', { chiefId: 'K-1', effectiveFrom: '2026-03-01' }))).toEqual([
      { op: 'upsert', table: CHIEFS, key: { chiefId: 'K-1' }, values: { removedFrom: '2026-03-01' } },
    ]);
  });

  it("adds a dated scope row for a deputy's stations", () => {
    expect(
      projection.project(stored('DeputyAssigned', { chiefId: 'K-2', stationIds: ['S-1', 'S-2'], effectiveFrom: '2026-02-01' })),
    ).toEqual([
      { op: 'upsert', table: CHIEF_SCOPES, key: { chiefId: 'K-2', effectiveFrom: '2026-02-01' }, values: { unitIds: ['S-1', 'S-2'] } },
    ]);
  });

  it("adds a dated scope row for a city chief's linked counties", () => {
    expect(projection.project(stored('CityChiefLinked', { chiefId: 'K-3', countyIds: ['C-1'], effectiveFrom: '2026-02-11' }))).toEqual([
      { op: 'upsert', table: CHIEF_SCOPES, key: { chiefId: 'K-3', effectiveFrom: '2026-02-11' }, values: { unitIds: ['C-1'] } },
    ]);
  });

  it.each(['CaseFiled', 'WarningInstructionReceived', 'RuleSetPublished', 'Unknown', 'toString', 'constructor'])('ignores %s', (type) => {
    expect(projection.project(stored(type, { unitId: 'S-1', chiefId: 'K-1' }))).toEqual([]);
  });
});
