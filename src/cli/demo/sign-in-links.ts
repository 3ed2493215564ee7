import { AccessRole } from '../../common/access-role';
import { TokenKeys } from '../../security/auth/token-keys';
import { mintToken } from '../../security/auth/token-minter';
import { DemoCity } from './demo-organization';

const HOURS = 8;

export interface SignInLink {
  label: string;
  role: AccessRole;
  url: string;
}

/**
 * One link per kind of officer, each opening the application signed in as that officer for eight
 * hours. The token rides after the `#`: it never reaches a server log, and the application takes
 * it out of the address bar at once.
 */
export function signInLinks(base: string, keys: TokenKeys, city: DemoCity): SignInLink[] {
  const county = city.counties.find((c) => c.id === 'county-shaxian') ?? city.counties[0];
  const station = city.stations.find((s) => s.id === county.stationIds[0])!;
  const chiefOf = (unitId: string, role: string) => city.chiefs.find((c) => c.unitId === unitId && c.role === role && !c.removedFrom)!;
  const countyChief = chiefOf(county.id, 'COUNTY_CHIEF');
  const stationChief = chiefOf(station.id, 'STATION_CHIEF');
  const officers: Array<{ label: string; role: AccessRole; subject: string; name: string; units?: string[] }> = [
    { label: '局领导', role: 'LEADERSHIP', subject: 'demo-leadership', name: '演示局领导' },
    { label: '考评人员', role: 'EVALUATION_STAFF', subject: 'demo-staff', name: '演示考评员' },
    {
      label: `县级局长（${county.name}）`,
      role: 'COUNTY_CHIEF',
      subject: countyChief.id,
      name: countyChief.name,
      units: [county.id],
    },
    {
      label: `派出所所长（${station.name}）`,
      role: 'STATION_CHIEF',
      subject: stationChief.id,
      name: stationChief.name,
      units: [station.id],
    },
    { label: `录入员（${station.name}）`, role: 'RECORDER', subject: 'demo-recorder', name: '演示录入员', units: [station.id] },
  ];
  return officers.map(({ label, role, subject, name, units }) => ({
    label,
    role,
    url: `${base}/#/sign-in?token=${mintToken(keys, { subject, role, name, units, expiresInSeconds: HOURS * 3_600 })}`,
  }));
}
