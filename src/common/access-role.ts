/**
 * What a token lets its holder do. These are access roles, not the chiefs' posts in the
 * organisation (ChiefRole): a county chief's token carries COUNTY_CHIEF and his county as its unit.
 */
export const ACCESS_ROLES = {
  LEADERSHIP: '局领导',
  EVALUATION_STAFF: '考评人员',
  COUNTY_CHIEF: '县级局长',
  STATION_CHIEF: '派出所所长',
  RECORDER: '录入员/对接系统',
  ADMINISTRATOR: '系统管理员',
} as const;

export type AccessRole = keyof typeof ACCESS_ROLES;

export const isAccessRole = (value: unknown): value is AccessRole => typeof value === 'string' && Object.hasOwn(ACCESS_ROLES, value);

/** Roles whose tokens name the units they serve: what they see or write is limited to those units. */
export const UNIT_BOUND_ROLES: readonly AccessRole[] = ['COUNTY_CHIEF', 'STATION_CHIEF', 'RECORDER'];
