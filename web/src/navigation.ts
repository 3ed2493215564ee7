import type { AccessRole } from './auth/session';

const READERS: AccessRole[] = ['LEADERSHIP', 'EVALUATION_STAFF', 'COUNTY_CHIEF', 'STATION_CHIEF', 'ADMINISTRATOR'];
const CHIEFS: AccessRole[] = ['COUNTY_CHIEF', 'STATION_CHIEF'];
const SUPERVISORS: AccessRole[] = ['LEADERSHIP', 'EVALUATION_STAFF'];

/**
 * The screens in the header's menu, in the order officers work through them, each offered to the
 * roles the service lets read it (src/security/authorization/policies.ts); a screen reached from
 * another (得分解释 from a ranking row) is not listed.
 */
export const NAVIGATION: Array<{ name: string; label: string; roles: AccessRole[] }> = [
  { name: 'unit', label: '本单位', roles: CHIEFS },
  { name: 'ranking', label: '三级六长排名', roles: READERS },
  { name: 'indicators', label: '指标', roles: READERS },
  { name: 'bulletins', label: '日通报', roles: READERS },
  { name: 'supervision', label: '督导总览', roles: SUPERVISORS },
  { name: 'suggestions', label: '建议', roles: SUPERVISORS },
  // Leads about a unit: never shown to the unit concerned.
  { name: 'integrity', label: '数据质量', roles: SUPERVISORS },
  { name: 'letters', label: '提示函', roles: [...SUPERVISORS, ...CHIEFS] },
  // 问题清单 is read per county: a station chief's token does not reach his county's list.
  { name: 'problems', label: '问题清单', roles: [...SUPERVISORS, 'COUNTY_CHIEF'] },
  { name: 'interviews', label: '约谈', roles: [...SUPERVISORS, ...CHIEFS] },
  { name: 'listings', label: '挂牌整治', roles: [...SUPERVISORS, ...CHIEFS] },
  { name: 'rules', label: '规则', roles: SUPERVISORS },
  { name: 'appeals', label: '申诉', roles: [...SUPERVISORS, ...CHIEFS] },
  // Facts are recorded only by recorders (the service's policy for every fact and correction).
  { name: 'recording', label: '录入', roles: ['RECORDER'] },
  // Staff check a file (a dry run); only a recorder imports it.
  { name: 'imports', label: '导入', roles: ['RECORDER', 'EVALUATION_STAFF'] },
];

export const screensFor = (role: AccessRole | undefined) => NAVIGATION.filter((screen) => role && screen.roles.includes(role));
