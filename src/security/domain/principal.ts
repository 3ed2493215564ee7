import { ACCESS_ROLES, AccessRole, UNIT_BOUND_ROLES, isAccessRole } from '../../common/access-role';
import { Principal } from '../../common/principal';

/** A token that verified but cannot be used: the reason names the claim. */
export class AuthenticationError extends Error {}

/** The principal of a verified token's claims: sub, role, units (for unit-bound roles), name, kind. */
export function principalOf(claims: Record<string, unknown>): Principal {
  const { sub, role, units, name, kind } = claims;
  if (typeof sub !== 'string' || !sub.trim()) throw new AuthenticationError('the token names no subject (claim "sub")');
  if (!isAccessRole(role))
    throw new AuthenticationError(
      `the token's role (claim "role") must be one of ${Object.keys(ACCESS_ROLES).join(', ')}, got ${JSON.stringify(role)}`,
    );
  const unitIds = units ?? [];
  if (!Array.isArray(unitIds) || !unitIds.every((u) => typeof u === 'string' && u.trim()))
    throw new AuthenticationError('the token\'s units (claim "units") must be a list of unit ids');
  if (UNIT_BOUND_ROLES.includes(role) && !unitIds.length)
    throw new AuthenticationError(`a ${role} token must name the units it serves (claim "units")`);
  if (kind !== undefined && kind !== 'PERSON' && kind !== 'SYSTEM')
    throw new AuthenticationError('the token\'s kind (claim "kind") must be PERSON or SYSTEM');
  return {
    subject: sub,
    name: typeof name === 'string' && name.trim() ? name : sub,
    role,
    units: unitIds as string[],
    kind: kind ?? 'PERSON',
  };
}

export const roleLabel = (role: AccessRole) => ACCESS_ROLES[role];
