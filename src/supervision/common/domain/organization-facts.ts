import { DomainRuleError } from '../../../common/decider';
import { UnitLevel } from '../../../organization/events/organization.events';

/** A unit as the organisation read model has it: what a decider needs to judge its level and county. */
export interface UnitFacts {
  unitId: string;
  name: string;
  level: UnitLevel;
  parentId: string | null;
}

/** Visits and problem lists are kept per county: the unit named as the county must be one. */
export function checkCounty({ unitId, level }: Pick<UnitFacts, 'unitId' | 'level'>): void {
  if (level !== 'COUNTY') throw new DomainRuleError(`unit "${unitId}" is a ${level}, not a county`, 'countyId');
}
