import type { Officer } from './session';

const CITY_WIDE = new Set(['LEADERSHIP', 'EVALUATION_STAFF']);

/**
 * Whether the officer may read the details of a ranked subject (its explanation and the facts behind
 * it), as the service's policy table decides: staff and leadership every subject, a chief only the
 * units his token names and, for a county chief, the stations of his county. Screens ask only for
 * what this allows, so no request is refused for want of a right the screen could have known.
 */
export function mayReadDetails(officer: Officer | null, subjectId: string, countyId: string | null): boolean {
  if (!officer) return false;
  if (CITY_WIDE.has(officer.role)) return true;
  if (officer.role === 'COUNTY_CHIEF' || officer.role === 'STATION_CHIEF') {
    return officer.units.includes(subjectId) || (countyId !== null && officer.units.includes(countyId));
  }
  return false;
}

/** The audit of a fact (who recorded it, its corrections) is for staff and leadership. */
export const mayReadAudit = (officer: Officer | null): boolean => officer !== null && CITY_WIDE.has(officer.role);
