import { bilingual } from '../../common/bilingual';
import { ACCESS_ROLES, AccessRole, UNIT_BOUND_ROLES, isAccessRole } from '../../common/access-role';
import { Principal } from '../../common/principal';

/** A token missing, or one that cannot be used: the reason, bilingual ("中文 / English"), names the claim. */
export class AuthenticationError extends Error {}

/** A request without a token. */
export const NO_TOKEN = bilingual(
  '未携带令牌：请在请求头中发送 "Authorization: Bearer <令牌>"（可用 npm run token 生成）',
  'no token: send "Authorization: Bearer <token>" (npm run token mints one)',
);

/** The principal of a verified token's claims: sub, role, units (for unit-bound roles), name, kind. */
export function principalOf(claims: Record<string, unknown>): Principal {
  const { sub, role, units, name, kind } = claims;
  if (typeof sub !== 'string' || !sub.trim()) {
    throw new AuthenticationError(bilingual('令牌未注明持有人（claim "sub"）', 'the token names no subject (claim "sub")'));
  }
  if (!isAccessRole(role)) {
    const roles = Object.keys(ACCESS_ROLES);
    throw new AuthenticationError(
      bilingual(
        `令牌的角色（claim "role"）须为以下之一：${roles.join('、')}，实际为 ${JSON.stringify(role)}`,
        `the token's role (claim "role") must be one of ${roles.join(', ')}, got ${JSON.stringify(role)}`,
      ),
    );
  }
  const unitIds = units ?? [];
  if (!Array.isArray(unitIds) || !unitIds.every((u) => typeof u === 'string' && u.trim())) {
    throw new AuthenticationError(
      bilingual('令牌的所辖单位（claim "units"）须为单位编号的列表', 'the token\'s units (claim "units") must be a list of unit ids'),
    );
  }
  if (UNIT_BOUND_ROLES.includes(role) && !unitIds.length) {
    throw new AuthenticationError(
      bilingual(
        `角色 ${role}（${roleLabel(role)}）的令牌须注明所辖单位（claim "units"）`,
        `a ${role} token must name the units it serves (claim "units")`,
      ),
    );
  }
  if (kind !== undefined && kind !== 'PERSON' && kind !== 'SYSTEM') {
    throw new AuthenticationError(
      bilingual('令牌的类型（claim "kind"）须为 PERSON 或 SYSTEM', 'the token\'s kind (claim "kind") must be PERSON or SYSTEM'),
    );
  }
  return {
    subject: sub,
    name: typeof name === 'string' && name.trim() ? name : sub,
    role,
    units: unitIds as string[],
    kind: kind ?? 'PERSON',
  };
}

export const roleLabel = (role: AccessRole) => ACCESS_ROLES[role];
