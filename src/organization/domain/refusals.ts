import { bilingual } from '../../common/bilingual';
import { DomainRuleError } from '../../common/decider';
import { UNIT_LEVEL_LABELS } from '../../common/unit-level';
import { UnitLevel } from '../events/organization.events';

/**
 * Refusals about units and chiefs that the organisation and the supervision deciders share,
 * Chinese first; `field` names the input each is about.
 */

type Unit = { unitId: string; level: UnitLevel };
type Why = { zh: string; en: string };

/** A unit of the wrong level for what it is named for: 单位 st-a 是派出所，<why> / unit "st-a" is a STATION; <why>. */
export const wrongUnitLevelProblem = (unit: Unit, why: Why) =>
  bilingual(`单位 ${unit.unitId} 是${UNIT_LEVEL_LABELS[unit.level]}，${why.zh}`, `unit "${unit.unitId}" is a ${unit.level}; ${why.en}`);

export const wrongUnitLevel = (unit: Unit, why: Why, field: string) => new DomainRuleError(wrongUnitLevelProblem(unit, why), field);

/** 六长 cc-1 不在任 / chief cc-1 is not in office; on a day when one is given. */
export function chiefNotInOffice(chiefId: string, field: string, day?: string) {
  return new DomainRuleError(
    day
      ? bilingual(`六长 ${chiefId} 在 ${day} 不在任`, `chief ${chiefId} was not in office on ${day}`)
      : bilingual(`六长 ${chiefId} 不在任`, `chief ${chiefId} is not in office`),
    field,
  );
}
