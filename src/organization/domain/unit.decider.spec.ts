import { given } from '../../common/decider.spec-helpers';
import { DefenseAreaDefined, UnitCreated, UnitEvent, UnitLevel } from '../events/organization.events';
import { UnitCommand, unitDecider as decider } from './unit.decider';

const FROM = '2026-01-01';
const created = (unitId: string, level: UnitLevel, parentId: string | null): UnitCreated => ({
  type: 'UnitCreated',
  data: { unitId, level, name: `${unitId} name`, parentId, effectiveFrom: FROM },
  metadata: { occurredAt: '2026-01-01T00:00:00Z' },
});
const station = created('S-1', 'STATION', 'C-1');
const area: DefenseAreaDefined = {
  type: 'DefenseAreaDefined',
  data: { unitId: 'S-1', areaName: '城关防区', population: 266_000, floatingPopulation: 164_000, effectiveFrom: FROM },
};

const create = (level: UnitLevel, parentLevel: UnitLevel | null, unitId = 'U-1'): UnitCommand => ({
  type: 'CreateUnit',
  unitId,
  level,
  name: '沙县公安局',
  parentId: parentLevel ? 'P-1' : null,
  parentLevel,
  effectiveFrom: FROM,
});
const define = (population = 266_000, floatingPopulation = 164_000): UnitCommand => ({
  type: 'DefineDefenseArea',
  unitId: 'S-1',
  areaName: '城关防区',
  population,
  floatingPopulation,
  effectiveFrom: FROM,
});
const setPopulation = (population: number, floatingPopulation: number): UnitCommand => ({
  type: 'SetPopulation',
  unitId: 'S-1',
  population,
  floatingPopulation,
  effectiveFrom: '2026-07-01',
});

describe('unit decider', () => {
  describe('CreateUnit', () => {
    it.each([
      ['CITY', null],
      ['DEPARTMENT', 'CITY'],
      ['COUNTY', 'CITY'],
      ['STATION', 'COUNTY'],
    ] as const)('creates a %s unit under a %s parent', (level, parentLevel) => {
      given(decider, [])
        .when(create(level, parentLevel))
        .then([
          {
            type: 'UnitCreated',
            data: { unitId: 'U-1', level, name: '沙县公安局', parentId: parentLevel ? 'P-1' : null, effectiveFrom: FROM },
          },
        ]);
    });

    it.each([
      ['DEPARTMENT', null, 'a DEPARTMENT unit must have a CITY unit as parent'],
      ['DEPARTMENT', 'COUNTY', 'a DEPARTMENT unit must have a CITY unit as parent'],
      ['COUNTY', null, 'a COUNTY unit must have a CITY unit as parent'],
      ['COUNTY', 'COUNTY', 'a COUNTY unit must have a CITY unit as parent'],
      ['STATION', 'CITY', 'a STATION unit must have a COUNTY unit as parent'],
      ['STATION', 'STATION', 'a STATION unit must have a COUNTY unit as parent'],
      ['STATION', null, 'a STATION unit must have a COUNTY unit as parent'],
      ['CITY', 'CITY', 'a CITY unit has no parent'],
    ] as const)('refuses a %s unit under a %s parent', (level, parentLevel, message) => {
      given(decider, []).when(create(level, parentLevel)).thenThrows({ message, field: 'parentId' });
    });

    it('refuses to create a unit twice', () => {
      given(decider, [created('U-1', 'COUNTY', 'CITY-1')])
        .when(create('COUNTY', 'CITY'))
        .thenThrows({ message: 'unit U-1 already exists', field: 'unitId' });
    });
  });

  describe('DefineDefenseArea', () => {
    it("defines a station's defense area with its population", () => {
      given(decider, [station])
        .when(define())
        .then([
          {
            type: 'DefenseAreaDefined',
            data: { unitId: 'S-1', areaName: '城关防区', population: 266_000, floatingPopulation: 164_000, effectiveFrom: FROM },
          },
        ]);
    });

    it('accepts a floating population equal to the population', () => {
      given(decider, [station])
        .when(define(1000, 1000))
        .then([
          {
            type: 'DefenseAreaDefined',
            data: { unitId: 'S-1', areaName: '城关防区', population: 1000, floatingPopulation: 1000, effectiveFrom: FROM },
          },
        ]);
    });

    it.each([
      ['a county', [created('S-1', 'COUNTY', 'CITY-1')]],
      ['the city', [created('S-1', 'CITY', null)]],
      ['a department', [created('S-1', 'DEPARTMENT', 'CITY-1')]],
      ['a unit that does not exist', []],
    ] as const)('refuses a defense area for %s', (_what, history) => {
      given(decider, [...history] as UnitEvent[])
        .when(define())
        .thenThrows({ message: 'unit S-1 is not a police station; only stations have defense areas', field: 'unitId' });
    });

    it('refuses a floating population above the population', () => {
      given(decider, [station])
        .when(define(1000, 1001))
        .thenThrows({ message: 'the floating population cannot exceed the population', field: 'floatingPopulation' });
    });

    it('refuses a second defense area', () => {
      given(decider, [station, area]).when(define()).thenThrows({ message: 'station S-1 already has a defense area', field: 'unitId' });
    });
  });

  describe('SetPopulation', () => {
    it('sets the population of a defined defense area from a day on', () => {
      given(decider, [station, area])
        .when(setPopulation(270_000, 170_000))
        .then([
          {
            type: 'DefenseAreaPopulationSet',
            data: { unitId: 'S-1', population: 270_000, floatingPopulation: 170_000, effectiveFrom: '2026-07-01' },
          },
        ]);
    });

    it('may set it again', () => {
      const set = {
        type: 'DefenseAreaPopulationSet',
        data: { unitId: 'S-1', population: 270_000, floatingPopulation: 170_000, effectiveFrom: '2026-07-01' },
      } as const;
      given(decider, [station, area, set])
        .when(setPopulation(280_000, 0))
        .then([
          {
            type: 'DefenseAreaPopulationSet',
            data: { unitId: 'S-1', population: 280_000, floatingPopulation: 0, effectiveFrom: '2026-07-01' },
          },
        ]);
    });

    it('refuses before the defense area is defined', () => {
      given(decider, [station])
        .when(setPopulation(270_000, 170_000))
        .thenThrows({ message: 'station S-1 has no defense area yet', field: 'unitId' });
    });

    it('refuses a floating population above the population', () => {
      given(decider, [station, area])
        .when(setPopulation(10, 11))
        .thenThrows({ message: 'the floating population cannot exceed the population', field: 'floatingPopulation' });
    });

    it('refuses for a unit that is not a station', () => {
      given(decider, [created('S-1', 'COUNTY', 'CITY-1')])
        .when(setPopulation(10, 1))
        .thenThrows({ message: 'is not a police station', field: 'unitId' });
    });
  });

  it('folds level and defense area into the state', () => {
    expect(decider.initialState()).toEqual({ level: null, hasDefenseArea: false });
    expect(given(decider, [station]).state).toEqual({ level: 'STATION', hasDefenseArea: false });
    expect(given(decider, [station, area]).state).toEqual({ level: 'STATION', hasDefenseArea: true });
  });
});
