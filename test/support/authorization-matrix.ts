import { ACCESS_ROLES, AccessRole, UNIT_BOUND_ROLES } from '../../src/common/access-role';
import { EntityKind, Policy } from '../../src/security/authorization/policy';
import { PARENT_OF } from './small-city';

/**
 * Who calls and what the policy says he gets, for the authorization matrix. The expectation is
 * worked out here from the rule's roles and scope, independently of the Authorizer, on the small
 * city (test/support/small-city.ts).
 */

/** The units a unit-bound role's token serves: its own, which the operations name; and another unit's. */
const OWN: Partial<Record<AccessRole, string[]>> = { COUNTY_CHIEF: ['county-sx'], STATION_CHIEF: ['st-a'], RECORDER: ['st-a'] };
const ANOTHER: Partial<Record<AccessRole, string[]>> = { COUNTY_CHIEF: ['county-dt'], STATION_CHIEF: ['st-c'], RECORDER: ['st-c'] };

/** The unit of each item the suite creates for the operations that take one by id. */
export const ENTITY_UNITS: Record<EntityKind, string> = {
  letter: 'county-sx',
  interview: 'st-a',
  listing: 'st-a',
  appeal: 'st-a',
  problem: 'st-a',
  chief: 'st-a',
};

export const ALLOWED = 'allowed';
export const UNAUTHENTICATED = 'refused: UNAUTHENTICATED';
export const FORBIDDEN = 'refused: FORBIDDEN';
export type Outcome = typeof ALLOWED | typeof UNAUTHENTICATED | typeof FORBIDDEN;

export interface Caller {
  label: string;
  /** No token; a valid one; one that expired an hour ago; one with the right claims signed with another secret. */
  token: 'none' | 'valid' | 'expired' | 'forged';
  role: AccessRole;
  units: string[];
  /** What the arguments the rule's scope reads name: the target, nothing (left out), or an item that does not exist. */
  names: 'target' | 'nothing' | 'missing item';
  /** A person's token unless it says so (a system's batch endpoint). */
  kind?: 'PERSON' | 'SYSTEM';
}

/** Where the scope's unit goes in the arguments, and which unit that is: a county where the argument names one, else its station st-a. */
export interface Target {
  path: string;
  unit: string;
  entity?: EntityKind;
}

export function targetOf(policy: Policy | undefined): Target | undefined {
  const scope = policy?.scope;
  if (!scope) return undefined;
  if (scope.kind === 'entity') return { path: scope.path, unit: ENTITY_UNITS[scope.entity], entity: scope.entity };
  const path = scope.paths[0];
  return { path, unit: /county/i.test(path) ? 'county-sx' : 'st-a' };
}

export const ROLES = Object.keys(ACCESS_ROLES) as AccessRole[];
/** A valid token of the role, serving its own units (none for city-wide roles). */
export const ownCaller = (role: AccessRole): Caller => {
  const units = OWN[role] ?? [];
  return { label: units.length ? `${role} of ${units.join(', ')}` : role, token: 'valid', role, units, names: 'target' };
};

/**
 * No token, an expired and a forged token (of a role the rule allows), every role on its own
 * units; for a scoped rule, each unit-bound role it allows for another unit, and either naming an
 * item that does not exist (items looked up by id) or, where the schema lets the unit arguments be
 * left out (`omittable`), naming none.
 */
export function callersOf(policy: Policy | undefined, omittable: boolean): Caller[] {
  const allowedRole = policy?.roles[0] ?? 'EVALUATION_STAFF';
  const kind = policy?.kinds?.[0];
  const ofItsKind = (caller: Caller): Caller => (kind ? { ...caller, kind, label: `${caller.label} (${kind} token)` } : caller);
  const scopedRoles = policy?.scope ? policy.roles.filter((role) => UNIT_BOUND_ROLES.includes(role)) : [];
  const naming = (names: Caller['names'], what: string) =>
    scopedRoles.map((role) => ({ ...ownCaller(role), label: `${ownCaller(role).label} naming ${what}`, names }));
  return [
    { ...ownCaller(allowedRole), label: 'no token', token: 'none' },
    { ...ownCaller(allowedRole), label: `an expired ${allowedRole} token`, token: 'expired' },
    { ...ownCaller(allowedRole), label: `a forged ${allowedRole} token (signed with another secret)`, token: 'forged' },
    ...ROLES.map((role) => ownCaller(role)),
    // A rule for some kinds of token only: each role again with a token of that kind.
    ...(kind ? ROLES.map((role) => ofItsKind(ownCaller(role))) : []),
    ...scopedRoles.map((role) => ({
      ...ownCaller(role),
      label: `${role} of ${ANOTHER[role]?.join(', ')} (another unit)`,
      units: ANOTHER[role] ?? [],
    })),
    ...(policy?.scope?.kind === 'entity' ? naming('missing item', 'an item that does not exist') : []),
    ...(policy?.scope?.kind === 'argument' && omittable ? naming('nothing', 'no unit') : []),
  ];
}

/** What the rule gives the caller for an operation on the target unit. */
export function expectedOutcome(policy: Policy | undefined, who: Caller, target: Target | undefined): Outcome {
  if (who.token !== 'valid') return UNAUTHENTICATED;
  if (!policy?.roles.includes(who.role)) return FORBIDDEN;
  if (policy.kinds && !policy.kinds.includes(who.kind ?? 'PERSON')) return FORBIDDEN;
  if (!policy.scope || !UNIT_BOUND_ROLES.includes(who.role)) return ALLOWED;
  // An item that does not exist cannot be shown to be of his units.
  if (who.names === 'missing item') return FORBIDDEN;
  if (who.names === 'nothing' || !target) return policy.scopeRequired ? FORBIDDEN : ALLOWED;
  return covers(who.units, target.unit) ? ALLOWED : FORBIDDEN;
}

function covers(units: string[], unit: string): boolean {
  for (let current: string | undefined = unit; current; current = PARENT_OF[current]) if (units.includes(current)) return true;
  return false;
}
