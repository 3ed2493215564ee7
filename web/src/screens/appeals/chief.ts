import { request } from '../../api/client';
import type { Officer } from '../../auth/session';
import { UNIT_CHIEFS } from './appeals.graphql';

/**
 * The chief the signed-in officer is, as appeals name him: the chief of his unit his token names
 * (its subject), or else the one in office there in his role.
 */
export async function chiefIdOf(officer: Officer): Promise<string | null> {
  const unitId = officer.units[0];
  if (!unitId) return null;
  const { chiefs } = (await request(UNIT_CHIEFS, { unitId })).unit;
  const current = chiefs.filter((c) => !c.removedFrom);
  return current.find((c) => c.chiefId === officer.subject)?.chiefId ?? current.find((c) => c.role === officer.role)?.chiefId ?? null;
}
