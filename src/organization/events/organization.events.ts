import { DomainEvent } from '../../common/decider';
import { Day } from '../../common/business-day';

export const UNIT_LEVELS = ['CITY', 'DEPARTMENT', 'COUNTY', 'STATION'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

/** The six chiefs (六长). */
export const CHIEF_ROLES = [
  'BUREAU_LEADER',
  'SENIOR_CHIEF',
  'DEPARTMENT_HEAD',
  'COUNTY_CHIEF',
  'DEPUTY_COUNTY_CHIEF',
  'STATION_CHIEF',
] as const;
export type ChiefRole = (typeof CHIEF_ROLES)[number];

export const CHIEF_ROLE_LABELS: Record<ChiefRole, string> = {
  BUREAU_LEADER: '局领导',
  SENIOR_CHIEF: '二级以上高级警长',
  DEPARTMENT_HEAD: '部门长',
  COUNTY_CHIEF: '县局局长',
  DEPUTY_COUNTY_CHIEF: '县局副局长',
  STATION_CHIEF: '所队长(防区长)',
};

export type UnitCreated = DomainEvent<
  'UnitCreated',
  { unitId: string; level: UnitLevel; name: string; parentId: string | null; effectiveFrom: Day }
>;
/** A station's jurisdiction is its defense area (防区); population normalises cases per 10,000. */
export type DefenseAreaDefined = DomainEvent<
  'DefenseAreaDefined',
  { unitId: string; areaName: string; population: number; floatingPopulation: number; effectiveFrom: Day }
>;
export type DefenseAreaPopulationSet = DomainEvent<
  'DefenseAreaPopulationSet',
  { unitId: string; population: number; floatingPopulation: number; effectiveFrom: Day }
>;
export type ChiefAppointed = DomainEvent<
  'ChiefAppointed',
  { chiefId: string; name: string; role: ChiefRole; unitId: string; effectiveFrom: Day }
>;
export type ChiefRemoved = { type: 'ChiefRemoved'; data: { chiefId: string; effectiveFrom: Day } };
/** Replaces the deputy's set of stations from the effective day on. */
export type DeputyAssigned = DomainEvent<'DeputyAssigned', { chiefId: string; stationIds: string[]; effectiveFrom: Day }>;
/** Replaces the city chief's set of linked counties (挂钩) from the effective day on. */
export type CityChiefLinked = DomainEvent<'CityChiefLinked', { chiefId: string; countyIds: string[]; effectiveFrom: Day }>;

export type UnitEvent = UnitCreated | DefenseAreaDefined | DefenseAreaPopulationSet;
export type ChiefEvent = ChiefAppointed | ChiefRemoved | DeputyAssigned | CityChiefLinked;

export const unitStream = (unitId: string) => `unit-${unitId}`;
export const chiefStream = (chiefId: string) => `chief-${chiefId}`;
