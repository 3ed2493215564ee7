import { Day } from '../../common/business-day';
import { CITY_ROLES } from '../../organization/domain/chief.decider';
import { ChiefRole } from '../../organization/events/organization.events';
import { DemoChief, DemoCity } from './demo-organization';
import { DemoUser } from './supervision-client';

/** A chief at the service, as himself: a city chief reads and acts city-wide, the others for their unit. */
export function userOf(chief: DemoChief): DemoUser {
  if (CITY_ROLES.includes(chief.role)) return { subject: chief.id, role: 'LEADERSHIP' };
  return { subject: chief.id, role: chief.role === 'STATION_CHIEF' ? 'STATION_CHIEF' : 'COUNTY_CHIEF', units: [chief.unitId] };
}

/** The city's 三长, who visit their linked counties every dekad. */
export const cityChiefs = (city: DemoCity): DemoChief[] => city.chiefs.filter((c) => CITY_ROLES.includes(c.role));

const inOffice = (chief: DemoChief, day: Day) => chief.appointedFrom <= day && (!chief.removedFrom || chief.removedFrom > day);

/** The chief of `role` for a unit on a day (a station's chief was replaced in 2026). */
export function chiefOf(city: DemoCity, unitId: string, role: ChiefRole, day: Day): DemoChief {
  const chief = city.chiefs.find((c) => c.unitId === unitId && c.role === role && inOffice(c, day));
  if (!chief) throw new Error(`the demo city has no ${role} of ${unitId} on ${day}`);
  return chief;
}

/** The chief who answers for a county or a station: its county chief or its station chief. */
export const unitChief = (city: DemoCity, unitId: string, day: Day): DemoChief =>
  chiefOf(city, unitId, city.stations.some((s) => s.id === unitId) ? 'STATION_CHIEF' : 'COUNTY_CHIEF', day);

/** The counties a city chief is linked to (挂钩) on a day. */
export function linkedCounties(chief: DemoChief, day: Day): string[] {
  return chief.scopes.filter((s) => s.from <= day).at(-1)?.unitIds ?? [];
}

/** The first bureau leader linked to the county on the day, or else the first bureau leader. */
export function leaderFor(city: DemoCity, countyId: string, day: Day): DemoChief {
  const leaders = city.chiefs.filter((c) => c.role === 'BUREAU_LEADER');
  return leaders.find((c) => linkedCounties(c, day).includes(countyId)) ?? leaders[0];
}
