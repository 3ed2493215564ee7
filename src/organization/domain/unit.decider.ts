import { bilingual } from '../../common/bilingual';
import { Day } from '../../common/business-day';
import { Decider, DomainRuleError } from '../../common/decider';
import { UNIT_LEVEL_LABELS } from '../../common/unit-level';
import { UnitEvent, UnitLevel } from '../events/organization.events';

/** Parent checks need other streams; the handler resolves the parent's level and passes it in. */
export type UnitCommand =
  | {
      type: 'CreateUnit';
      unitId: string;
      level: UnitLevel;
      name: string;
      parentId: string | null;
      parentLevel: UnitLevel | null;
      effectiveFrom: Day;
    }
  | { type: 'DefineDefenseArea'; unitId: string; areaName: string; population: number; floatingPopulation: number; effectiveFrom: Day }
  | { type: 'SetPopulation'; unitId: string; population: number; floatingPopulation: number; effectiveFrom: Day };

export interface UnitState {
  level: UnitLevel | null;
  hasDefenseArea: boolean;
}

const PARENT_LEVEL: Record<UnitLevel, UnitLevel | null> = {
  CITY: null,
  DEPARTMENT: 'CITY',
  COUNTY: 'CITY',
  STATION: 'COUNTY',
};

export const unitDecider: Decider<UnitState, UnitCommand, UnitEvent> = {
  initialState: () => ({ level: null, hasDefenseArea: false }),

  decide(command, state) {
    if (command.type === 'CreateUnit') {
      if (state.level)
        throw new DomainRuleError(bilingual(`单位 ${command.unitId} 已存在`, `unit ${command.unitId} already exists`), 'unitId');
      const required = PARENT_LEVEL[command.level];
      if (required !== command.parentLevel) {
        const level = UNIT_LEVEL_LABELS[command.level];
        throw new DomainRuleError(
          required
            ? bilingual(
                `${level}的上级单位须为${UNIT_LEVEL_LABELS[required]}`,
                `a ${command.level} unit must have a ${required} unit as parent`,
              )
            : bilingual(`${level}没有上级单位`, `a ${command.level} unit has no parent`),
          'parentId',
        );
      }
      const { unitId, level, name, parentId, effectiveFrom } = command;
      return [{ type: 'UnitCreated', data: { unitId, level, name, parentId, effectiveFrom } }];
    }
    if (state.level !== 'STATION') {
      throw new DomainRuleError(
        bilingual(
          `单位 ${command.unitId} 不是派出所，只有派出所才有防区`,
          `unit ${command.unitId} is not a police station; only stations have defense areas`,
        ),
        'unitId',
      );
    }
    if (command.floatingPopulation > command.population) {
      throw new DomainRuleError(
        bilingual('流动人口不能多于常住人口', 'the floating population cannot exceed the population'),
        'floatingPopulation',
      );
    }
    const { unitId, population, floatingPopulation, effectiveFrom } = command;
    if (command.type === 'DefineDefenseArea') {
      if (state.hasDefenseArea) {
        throw new DomainRuleError(bilingual(`派出所 ${unitId} 已划定防区`, `station ${unitId} already has a defense area`), 'unitId');
      }
      return [{ type: 'DefenseAreaDefined', data: { unitId, areaName: command.areaName, population, floatingPopulation, effectiveFrom } }];
    }
    if (!state.hasDefenseArea) {
      throw new DomainRuleError(bilingual(`派出所 ${unitId} 尚未划定防区`, `station ${unitId} has no defense area yet`), 'unitId');
    }
    return [{ type: 'DefenseAreaPopulationSet', data: { unitId, population, floatingPopulation, effectiveFrom } }];
  },

  evolve(state, event) {
    switch (event.type) {
      case 'UnitCreated':
        return { ...state, level: event.data.level };
      case 'DefenseAreaDefined':
        return { ...state, hasDefenseArea: true };
      case 'DefenseAreaPopulationSet':
        return state;
    }
  },
};
