import { wrongUnitLevel } from '../../../organization/domain/refusals';
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
  if (level !== 'COUNTY')
    throw wrongUnitLevel(
      { unitId, level },
      { zh: '旬督导和问题清单须指定县局', en: 'visits and problem lists are kept per county' },
      'countyId',
    );
}
