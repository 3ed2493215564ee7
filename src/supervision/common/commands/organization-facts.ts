import { doesNotExist } from '../../../common/graphql/api-errors';
import { countyOf } from '../../../organization/domain/county-of';
import { ChiefRow, OrganizationReader, UnitRow } from '../../../organization/queries/organization.reader';

/** A unit a command names; one the read model does not know leaves nothing to decide. */
export async function requireUnit(organization: OrganizationReader, unitId: string, field: string): Promise<UnitRow> {
  const unit = await organization.unit(unitId);
  if (!unit) throw doesNotExist('unit', unitId, field);
  return unit;
}

/** A chief a command names; one the read model does not know leaves nothing to decide. */
export async function requireChief(organization: OrganizationReader, chiefId: string, field: string): Promise<ChiefRow> {
  const chief = await organization.chief(chiefId);
  if (!chief) throw doesNotExist('chief', chiefId, field);
  return chief;
}

/** The county a unit answers to, or null for a unit above the counties or unknown to the read model. */
export async function countyOfUnit(organization: OrganizationReader, unitId: string): Promise<string | null> {
  const unit = await organization.unit(unitId);
  return unit ? countyOf(unit) : null;
}
