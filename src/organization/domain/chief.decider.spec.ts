import { given } from '../../common/decider.spec-helpers';
import { ChiefAppointed, ChiefEvent, ChiefRemoved, ChiefRole, UnitLevel } from '../events/organization.events';
import { CITY_ROLES, ChiefCommand, chiefDecider as decider } from './chief.decider';

const appointed = (role: ChiefRole, unitId: string, effectiveFrom = '2026-01-10'): ChiefAppointed => ({
  type: 'ChiefAppointed',
  data: { chiefId: 'K-1', name: '张三', role, unitId, effectiveFrom },
  metadata: { occurredAt: '2026-01-10T00:00:00Z' },
});
const removed = (effectiveFrom = '2026-03-01'): ChiefRemoved => ({ type: 'ChiefRemoved', data: { chiefId: 'K-1', effectiveFrom } });

const appoint = (role: ChiefRole, unitLevel: UnitLevel, unitId = 'U-1', effectiveFrom = '2026-01-10'): ChiefCommand => ({
  type: 'AppointChief',
  chiefId: 'K-1',
  name: '张三',
  role,
  unitId,
  unitLevel,
  effectiveFrom,
});
const assign = (stations: Array<{ id: string; countyId: string | null }>, effectiveFrom = '2026-02-01'): ChiefCommand => ({
  type: 'AssignDeputy',
  chiefId: 'K-1',
  stations,
  effectiveFrom,
});
const link = (counties: Array<{ id: string; level: UnitLevel | null }>, effectiveFrom = '2026-02-01'): ChiefCommand => ({
  type: 'LinkCityChief',
  chiefId: 'K-1',
  counties,
  effectiveFrom,
});

describe('chief decider', () => {
  describe('AppointChief', () => {
    it.each([
      ['BUREAU_LEADER', 'CITY'],
      ['SENIOR_CHIEF', 'CITY'],
      ['SENIOR_CHIEF', 'DEPARTMENT'],
      ['DEPARTMENT_HEAD', 'DEPARTMENT'],
      ['COUNTY_CHIEF', 'COUNTY'],
      ['DEPUTY_COUNTY_CHIEF', 'COUNTY'],
      ['STATION_CHIEF', 'STATION'],
    ] as const)('appoints a %s to a %s unit', (role, unitLevel) => {
      given(decider, [])
        .when(appoint(role, unitLevel))
        .then([{ type: 'ChiefAppointed', data: { chiefId: 'K-1', name: '张三', role, unitId: 'U-1', effectiveFrom: '2026-01-10' } }]);
    });

    it.each([
      ['BUREAU_LEADER', 'DEPARTMENT', 'a BUREAU_LEADER is appointed to a CITY unit, not a DEPARTMENT'],
      ['SENIOR_CHIEF', 'COUNTY', 'a SENIOR_CHIEF is appointed to a CITY or DEPARTMENT unit, not a COUNTY'],
      ['DEPARTMENT_HEAD', 'CITY', 'a DEPARTMENT_HEAD is appointed to a DEPARTMENT unit, not a CITY'],
      ['COUNTY_CHIEF', 'STATION', 'a COUNTY_CHIEF is appointed to a COUNTY unit, not a STATION'],
      ['DEPUTY_COUNTY_CHIEF', 'CITY', 'a DEPUTY_COUNTY_CHIEF is appointed to a COUNTY unit, not a CITY'],
      ['STATION_CHIEF', 'COUNTY', 'a STATION_CHIEF is appointed to a STATION unit, not a COUNTY'],
    ] as const)('refuses a %s at a %s unit', (role, unitLevel, message) => {
      given(decider, []).when(appoint(role, unitLevel)).thenThrows({ message, field: 'unitId' });
    });

    it('refuses to appoint a chief who is in office', () => {
      given(decider, [appointed('STATION_CHIEF', 'S-1')])
        .when(appoint('STATION_CHIEF', 'STATION', 'S-2'))
        .thenThrows({ message: 'chief K-1 is already appointed', field: 'chiefId' });
    });

    it('re-appoints a removed chief, possibly to another role', () => {
      given(decider, [appointed('STATION_CHIEF', 'S-1'), removed()])
        .when(appoint('DEPUTY_COUNTY_CHIEF', 'COUNTY', 'C-1', '2026-03-02'))
        .then([
          {
            type: 'ChiefAppointed',
            data: { chiefId: 'K-1', name: '张三', role: 'DEPUTY_COUNTY_CHIEF', unitId: 'C-1', effectiveFrom: '2026-03-02' },
          },
        ]);
    });
  });

  describe('commands for a chief not in office', () => {
    const commands: Array<[string, ChiefCommand]> = [
      ['RemoveChief', { type: 'RemoveChief', chiefId: 'K-1', effectiveFrom: '2026-03-01' }],
      ['AssignDeputy', assign([{ id: 'S-1', countyId: 'C-1' }])],
      ['LinkCityChief', link([{ id: 'C-1', level: 'COUNTY' }])],
    ];
    it.each(commands)('refuses %s for a chief never appointed', (_name, command) => {
      given(decider, []).when(command).thenThrows({ message: 'chief K-1 is not in office', field: 'chiefId' });
    });
    it.each(commands)('refuses %s for a removed chief', (_name, command) => {
      given(decider, [appointed('DEPUTY_COUNTY_CHIEF', 'C-1'), removed()])
        .when(command)
        .thenThrows({ message: 'chief K-1 is not in office', field: 'chiefId' });
    });
    it.each(commands)('refuses %s effective before the appointment', (_name, command) => {
      given(decider, [appointed('DEPUTY_COUNTY_CHIEF', 'C-1', '2026-04-01')])
        .when(command)
        .thenThrows({ message: `effectiveFrom ${command.effectiveFrom} is before the appointment (2026-04-01)`, field: 'effectiveFrom' });
    });
  });

  describe('RemoveChief', () => {
    it('removes a chief from a day on', () => {
      given(decider, [appointed('COUNTY_CHIEF', 'C-1')])
        .when({ type: 'RemoveChief', chiefId: 'K-1', effectiveFrom: '2026-03-01' })
        .then([{ type: 'ChiefRemoved', data: { chiefId: 'K-1', effectiveFrom: '2026-03-01' } }]);
    });

    it('accepts a removal effective on the appointment day', () => {
      given(decider, [appointed('COUNTY_CHIEF', 'C-1', '2026-01-10')])
        .when({ type: 'RemoveChief', chiefId: 'K-1', effectiveFrom: '2026-01-10' })
        .then([{ type: 'ChiefRemoved', data: { chiefId: 'K-1', effectiveFrom: '2026-01-10' } }]);
    });

    it('checks the date against the latest appointment after a re-appointment', () => {
      given(decider, [
        appointed('STATION_CHIEF', 'S-1', '2025-01-01'),
        removed('2025-06-01'),
        appointed('STATION_CHIEF', 'S-2', '2026-01-10'),
      ])
        .when({ type: 'RemoveChief', chiefId: 'K-1', effectiveFrom: '2025-12-31' })
        .thenThrows({ message: 'is before the appointment (2026-01-10)', field: 'effectiveFrom' });
    });
  });

  describe('AssignDeputy', () => {
    const deputy = appointed('DEPUTY_COUNTY_CHIEF', 'C-1');

    it("assigns stations of the deputy's county", () => {
      given(decider, [deputy])
        .when(
          assign([
            { id: 'S-1', countyId: 'C-1' },
            { id: 'S-2', countyId: 'C-1' },
          ]),
        )
        .then([{ type: 'DeputyAssigned', data: { chiefId: 'K-1', stationIds: ['S-1', 'S-2'], effectiveFrom: '2026-02-01' } }]);
    });

    it('accepts an empty set (the deputy answers for no station from then on)', () => {
      given(decider, [deputy])
        .when(assign([]))
        .then([{ type: 'DeputyAssigned', data: { chiefId: 'K-1', stationIds: [], effectiveFrom: '2026-02-01' } }]);
    });

    it.each(['COUNTY_CHIEF', 'STATION_CHIEF', 'BUREAU_LEADER'] as const)('refuses for a %s', (role) => {
      given(decider, [appointed(role, 'C-1')])
        .when(assign([{ id: 'S-1', countyId: 'C-1' }]))
        .thenThrows({ message: 'chief K-1 is not a deputy county chief', field: 'chiefId' });
    });

    it('refuses a station of another county', () => {
      given(decider, [deputy])
        .when(
          assign([
            { id: 'S-1', countyId: 'C-1' },
            { id: 'S-9', countyId: 'C-2' },
          ]),
        )
        .thenThrows({ message: 'station S-9 is not a station of county C-1', field: 'stationIds' });
    });

    it('refuses a unit that is not a station of any county', () => {
      given(decider, [deputy])
        .when(assign([{ id: 'X-1', countyId: null }]))
        .thenThrows({ message: 'station X-1 is not a station of county C-1', field: 'stationIds' });
    });
  });

  describe('LinkCityChief', () => {
    it.each(CITY_ROLES)('links a %s to counties', (role) => {
      given(decider, [appointed(role, role === 'DEPARTMENT_HEAD' ? 'D-1' : 'CITY-1')])
        .when(
          link([
            { id: 'C-1', level: 'COUNTY' },
            { id: 'C-2', level: 'COUNTY' },
          ]),
        )
        .then([{ type: 'CityChiefLinked', data: { chiefId: 'K-1', countyIds: ['C-1', 'C-2'], effectiveFrom: '2026-02-01' } }]);
    });

    it('the city roles are the city "three chiefs"', () => {
      expect([...CITY_ROLES].sort()).toEqual(['BUREAU_LEADER', 'DEPARTMENT_HEAD', 'SENIOR_CHIEF']);
    });

    it.each(['COUNTY_CHIEF', 'DEPUTY_COUNTY_CHIEF', 'STATION_CHIEF'] as const)('refuses a %s', (role) => {
      given(decider, [appointed(role, 'C-1')])
        .when(link([{ id: 'C-1', level: 'COUNTY' }]))
        .thenThrows({ message: 'chief K-1 is not a city-level chief', field: 'chiefId' });
    });

    it.each([
      ['a station', 'STATION'],
      ['a department', 'DEPARTMENT'],
      ['an unknown unit', null],
    ] as const)('refuses to link %s', (_what, level) => {
      given(decider, [appointed('BUREAU_LEADER', 'CITY-1')])
        .when(
          link([
            { id: 'C-1', level: 'COUNTY' },
            { id: 'X-1', level },
          ]),
        )
        .thenThrows({ message: 'unit X-1 is not a county', field: 'countyIds' });
    });
  });

  describe('evolve', () => {
    it('tracks the appointment, removal and re-appointment; scopes do not change the state', () => {
      const history: ChiefEvent[] = [appointed('DEPUTY_COUNTY_CHIEF', 'C-1')];
      expect(given(decider, history).state).toEqual({
        role: 'DEPUTY_COUNTY_CHIEF',
        unitId: 'C-1',
        appointedFrom: '2026-01-10',
        removed: false,
      });
      history.push({ type: 'DeputyAssigned', data: { chiefId: 'K-1', stationIds: ['S-1'], effectiveFrom: '2026-02-01' } });
      expect(given(decider, history).state).toEqual({
        role: 'DEPUTY_COUNTY_CHIEF',
        unitId: 'C-1',
        appointedFrom: '2026-01-10',
        removed: false,
      });
      history.push(removed());
      expect(given(decider, history).state).toEqual({
        role: 'DEPUTY_COUNTY_CHIEF',
        unitId: 'C-1',
        appointedFrom: '2026-01-10',
        removed: true,
      });
      history.push(appointed('STATION_CHIEF', 'S-3', '2026-05-01'));
      expect(given(decider, history).state).toEqual({ role: 'STATION_CHIEF', unitId: 'S-3', appointedFrom: '2026-05-01', removed: false });
    });
  });
});
