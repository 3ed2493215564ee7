import { Day, dekadOf } from '../../../common/business-day';
import { labelOf } from '../../../scoring/domain/resolve-period';
import { Link, Tenure, countiesLinkedDuring } from './linked-counties';

/** The dekad (旬) containing a day, with its Chinese label, e.g. "2026年5月中旬". */
export function dekadPeriod(day: Day): { from: Day; to: Day; label: string } {
  const { from, to } = dekadOf(day);
  return { from, to, label: labelOf('DEKAD', { from, to }) };
}

export interface CityChief extends Tenure {
  chiefId: string;
}

export interface ChiefLink extends Link {
  chiefId: string;
}

export interface VisitOnRecord {
  chiefId: string;
  countyId: string;
  day: Day;
}

export interface ChiefCoverage {
  chiefId: string;
  /** Every county linked to the chief during the dekad, with the days he visited it (none: 未督导). */
  counties: Array<{ countyId: string; visitDays: Day[] }>;
}

/** Which linked counties each city chief has visited in a dekad; chiefs linked to none are left out. */
export function dekadCoverage(
  chiefs: CityChief[],
  links: ChiefLink[],
  visits: VisitOnRecord[],
  dekad: { from: Day; to: Day },
): ChiefCoverage[] {
  return chiefs.flatMap((chief) => {
    const linked = countiesLinkedDuring(
      chief,
      links.filter((l) => l.chiefId === chief.chiefId),
      dekad.from,
      dekad.to,
    );
    if (!linked.length) return [];
    const own = visits.filter((v) => v.chiefId === chief.chiefId);
    const counties = linked.map((countyId) => ({
      countyId,
      visitDays: own
        .filter((v) => v.countyId === countyId)
        .map((v) => v.day)
        .sort(),
    }));
    return [{ chiefId: chief.chiefId, counties }];
  });
}
