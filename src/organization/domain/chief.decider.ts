import { bilingual } from '../../common/bilingual';
import { Day } from '../../common/business-day';
import { Decider, DomainRuleError } from '../../common/decider';
import { UNIT_LEVEL_LABELS } from '../../common/unit-level';
import { CHIEF_ROLE_LABELS, ChiefEvent, ChiefRole, UnitLevel } from '../events/organization.events';
import { chiefNotInOffice } from './refusals';

/** Unit levels come from the organisation read model; the handler passes them in. */
export type ChiefCommand =
  | { type: 'AppointChief'; chiefId: string; name: string; role: ChiefRole; unitId: string; unitLevel: UnitLevel; effectiveFrom: Day }
  | { type: 'RemoveChief'; chiefId: string; effectiveFrom: Day }
  | { type: 'AssignDeputy'; chiefId: string; stations: Array<{ id: string; countyId: string | null }>; effectiveFrom: Day }
  | { type: 'LinkCityChief'; chiefId: string; counties: Array<{ id: string; level: UnitLevel | null }>; effectiveFrom: Day };

export interface ChiefState {
  role: ChiefRole | null;
  unitId: string | null;
  appointedFrom: Day | null;
  removed: boolean;
}

export const CITY_ROLES: ChiefRole[] = ['BUREAU_LEADER', 'SENIOR_CHIEF', 'DEPARTMENT_HEAD'];

const UNIT_LEVEL_OF_ROLE: Record<ChiefRole, UnitLevel[]> = {
  BUREAU_LEADER: ['CITY'],
  SENIOR_CHIEF: ['CITY', 'DEPARTMENT'],
  DEPARTMENT_HEAD: ['DEPARTMENT'],
  COUNTY_CHIEF: ['COUNTY'],
  DEPUTY_COUNTY_CHIEF: ['COUNTY'],
  STATION_CHIEF: ['STATION'],
};

export const chiefDecider: Decider<ChiefState, ChiefCommand, ChiefEvent> = {
  initialState: () => ({ role: null, unitId: null, appointedFrom: null, removed: false }),

  decide(command, state) {
    const { chiefId, effectiveFrom } = command;
    if (command.type === 'AppointChief') {
      if (state.role && !state.removed) {
        throw new DomainRuleError(bilingual(`六长 ${chiefId} 已任命`, `chief ${chiefId} is already appointed`), 'chiefId');
      }
      const levels = UNIT_LEVEL_OF_ROLE[command.role];
      if (!levels.includes(command.unitLevel)) {
        throw new DomainRuleError(
          bilingual(
            `${CHIEF_ROLE_LABELS[command.role]}（${command.role}）只能任命到${levels.map((l) => UNIT_LEVEL_LABELS[l]).join('或')}，不能任命到${UNIT_LEVEL_LABELS[command.unitLevel]}`,
            `a ${command.role} is appointed to a ${levels.join(' or ')} unit, not a ${command.unitLevel}`,
          ),
          'unitId',
        );
      }
      const { name, role, unitId } = command;
      return [{ type: 'ChiefAppointed', data: { chiefId, name, role, unitId, effectiveFrom } }];
    }
    if (!state.role || state.removed) throw chiefNotInOffice(chiefId, 'chiefId');
    if (state.appointedFrom && effectiveFrom < state.appointedFrom) {
      throw new DomainRuleError(
        bilingual(
          `生效日期 ${effectiveFrom} 早于任命日期（${state.appointedFrom}）`,
          `effectiveFrom ${effectiveFrom} is before the appointment (${state.appointedFrom})`,
        ),
        'effectiveFrom',
      );
    }
    switch (command.type) {
      case 'RemoveChief':
        return [{ type: 'ChiefRemoved', data: { chiefId, effectiveFrom } }];
      case 'AssignDeputy': {
        if (state.role !== 'DEPUTY_COUNTY_CHIEF') {
          throw new DomainRuleError(
            bilingual(`六长 ${chiefId} 不是县局副局长`, `chief ${chiefId} is not a deputy county chief`),
            'chiefId',
          );
        }
        const foreign = command.stations.find((s) => s.countyId !== state.unitId);
        if (foreign) {
          throw new DomainRuleError(
            bilingual(
              `派出所 ${foreign.id} 不属于县局 ${state.unitId}`,
              `station ${foreign.id} is not a station of county ${state.unitId}`,
            ),
            'stationIds',
          );
        }
        return [{ type: 'DeputyAssigned', data: { chiefId, stationIds: command.stations.map((s) => s.id), effectiveFrom } }];
      }
      case 'LinkCityChief': {
        if (!CITY_ROLES.includes(state.role)) {
          throw new DomainRuleError(
            bilingual(
              `六长 ${chiefId} 不是市级六长（${CITY_ROLES.map((r) => CHIEF_ROLE_LABELS[r]).join('、')}）`,
              `chief ${chiefId} is not a city-level chief`,
            ),
            'chiefId',
          );
        }
        const notCounty = command.counties.find((c) => c.level !== 'COUNTY');
        if (notCounty)
          throw new DomainRuleError(bilingual(`单位 ${notCounty.id} 不是县局`, `unit ${notCounty.id} is not a county`), 'countyIds');
        return [{ type: 'CityChiefLinked', data: { chiefId, countyIds: command.counties.map((c) => c.id), effectiveFrom } }];
      }
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'ChiefAppointed':
        return { role: event.data.role, unitId: event.data.unitId, appointedFrom: event.data.effectiveFrom, removed: false };
      case 'ChiefRemoved':
        return { ...state, removed: true };
      default:
        return state;
    }
  },
};
