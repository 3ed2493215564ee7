/**
 * The signed-in officer: a bearer token kept in session storage (gone when the tab closes), and the
 * claims the screens need (role, units, name) read from it. The service verifies the token on every
 * request; reading the claims here only decides what to show and what to ask for.
 */
const TOKEN_KEY = 'zhufang.token';

export type AccessRole = 'LEADERSHIP' | 'EVALUATION_STAFF' | 'COUNTY_CHIEF' | 'STATION_CHIEF' | 'RECORDER' | 'ADMINISTRATOR';

export interface Officer {
  subject: string;
  role: AccessRole;
  units: string[];
  name: string | null;
  /** Seconds since the epoch. */
  expiresAt: number;
}

/** As the service names them (src/common/access-role.ts). */
export const ROLE_LABELS: Record<AccessRole, string> = {
  LEADERSHIP: '局领导',
  EVALUATION_STAFF: '考评人员',
  COUNTY_CHIEF: '县级局长',
  STATION_CHIEF: '派出所所长',
  RECORDER: '录入员',
  ADMINISTRATOR: '系统管理员',
};

/** Who took a step, as a history line names him: 考评人员（demo-staff）. */
export const actorLabel = (role: string, subject: string) => `${ROLE_LABELS[role as AccessRole] ?? role}（${subject}）`;

function base64UrlDecode(text: string): string {
  const base64 = text
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(text.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/** The officer a token names; null for anything that is not a readable token. */
export function officerOf(token: string): Officer | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const claims = JSON.parse(base64UrlDecode(payload)) as Record<string, unknown>;
    if (typeof claims.role !== 'string' || typeof claims.exp !== 'number') return null;
    return {
      subject: String(claims.sub ?? ''),
      role: claims.role as AccessRole,
      units: Array.isArray(claims.units) ? claims.units.map(String) : [],
      name: typeof claims.name === 'string' ? claims.name : null,
      expiresAt: claims.exp,
    };
  } catch {
    return null;
  }
}

export const isExpired = (officer: Officer, nowMs = Date.now()) => officer.expiresAt * 1000 <= nowMs;

export function storedToken(): string | null {
  return sessionStorage.getItem(TOKEN_KEY);
}

/** Whether the stored token is one that has run out (as opposed to one the service refused). */
export function sessionExpired(): boolean {
  const token = storedToken();
  const officer = token ? officerOf(token) : null;
  return officer !== null && isExpired(officer);
}

/** The signed-in officer, or null when there is none or the token has expired. */
export function currentOfficer(): Officer | null {
  const token = storedToken();
  const officer = token ? officerOf(token) : null;
  return officer && !isExpired(officer) ? officer : null;
}

export function signIn(token: string): Officer | null {
  const officer = officerOf(token);
  if (!officer || isExpired(officer)) return null;
  sessionStorage.setItem(TOKEN_KEY, token);
  return officer;
}

export function signOut(): void {
  sessionStorage.removeItem(TOKEN_KEY);
}
