import { Day } from '../../../common/business-day';
import { DomainEvent } from '../../../common/decider';
import { ChiefRole } from '../../../organization/events/organization.events';

/** One point raised (点题) on a visit, optionally about a station (defense area) of the county. */
export interface VisitPoint {
  /** 第N点, from 1 in the order raised. */
  number: number;
  text: string;
  stationId: string | null;
}

/**
 * A city chief's dekad visit (旬督导) to a county linked to him, with the points he raised. Names
 * are frozen as they stood on the day: the record says who visited whom, whatever is renamed later.
 */
export type SupervisionVisitRecorded = DomainEvent<
  'SupervisionVisitRecorded',
  {
    visitId: string;
    chiefId: string;
    chiefName: string;
    chiefRole: ChiefRole;
    countyId: string;
    countyName: string;
    day: Day;
    dekad: { from: Day; to: Day };
    points: VisitPoint[];
  }
>;

/** A chief's visits of one dekad: the one-visit-per-county-per-day rule needs no other stream. */
export const visitStream = (chiefId: string, dekadFrom: Day) => `supervision-visits-${chiefId}-${dekadFrom}`;
