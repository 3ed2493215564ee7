import type { ChiefRole } from '../../gql/graphql';

/** 三级六长, city level first; `county` says whether a ranking of the role can be narrowed to a county. */
export const CHIEF_ROLES: Array<{ role: ChiefRole; label: string; county: boolean }> = [
  { role: 'BUREAU_LEADER', label: '局领导', county: false },
  { role: 'SENIOR_CHIEF', label: '高级警长', county: false },
  { role: 'DEPARTMENT_HEAD', label: '部门长', county: false },
  { role: 'COUNTY_CHIEF', label: '县局局长', county: false },
  { role: 'DEPUTY_COUNTY_CHIEF', label: '县局副局长', county: true },
  { role: 'STATION_CHIEF', label: '所队长(防区长)', county: true },
];

/** The headline figures the table shows, by the API's indicator names. */
export const HEADLINE_COLUMNS = [
  { indicator: 'alerts', label: '警情' },
  { indicator: 'cases', label: '发案' },
  { indicator: 'loss', label: '财损' },
  { indicator: 'casesSolved', label: '破案' },
] as const;
