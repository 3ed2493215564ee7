import { Day, dekadOf } from '../../../common/business-day';
import { Decider, DomainRuleError } from '../../../common/decider';
import { CHIEF_ROLE_LABELS, ChiefRole } from '../../../organization/events/organization.events';
import { CITY_ROLES } from '../../../organization/domain/chief.decider';
import { SupervisionVisitRecorded } from '../events/visit.events';

/**
 * The organisation facts come from the read model and `today` from the clock: the handler looks
 * them up and passes them in, so that deciding stays pure.
 */
export interface RecordVisit {
  type: 'RecordVisit';
  visitId: string;
  chief: { chiefId: string; name: string; role: ChiefRole; inOffice: boolean };
  county: { countyId: string; name: string };
  /** The counties linked to the chief (挂钩) on the visit day. */
  linkedCounties: string[];
  day: Day;
  today: Day;
  /** `stationCountyId`: the county of the named station; null when it is not a station. */
  points: Array<{ text: string; stationId: string | null; stationCountyId: string | null }>;
}

export interface VisitsState {
  /** `countyId@day` of each visit recorded in the dekad. */
  visited: ReadonlySet<string>;
}

const visitKey = (countyId: string, day: Day) => `${countyId}@${day}`;

/** A city chief's visits of one dekad (旬督导): at most one record per county and day, points and all. */
export const visitDecider: Decider<VisitsState, RecordVisit, SupervisionVisitRecorded> = {
  initialState: () => ({ visited: new Set() }),

  decide({ visitId, chief, county, linkedCounties, day, today, points }, state) {
    if (!CITY_ROLES.includes(chief.role)) {
      throw new DomainRuleError(
        `chief ${chief.chiefId} is a ${CHIEF_ROLE_LABELS[chief.role]}; dekad visits are recorded by city chiefs (局领导, 二级以上高级警长, 部门长)`,
        'chiefId',
      );
    }
    if (day > today) throw new DomainRuleError(`the visit day ${day} has not come yet (today is ${today})`, 'day');
    if (!chief.inOffice) throw new DomainRuleError(`chief ${chief.chiefId} was not in office on ${day}`, 'day');
    if (!linkedCounties.includes(county.countyId)) {
      const linked = linkedCounties.length ? linkedCounties.join(', ') : 'none';
      throw new DomainRuleError(`county ${county.countyId} was not linked to chief ${chief.chiefId} on ${day} (linked then: ${linked})`, 'countyId');
    }
    if (points.length === 0) throw new DomainRuleError('a visit raises at least one point (点题)', 'points');
    points.forEach((p, i) => {
      if (!p.text.trim()) throw new DomainRuleError(`point ${i + 1} has no text`, `points.${i}.text`);
      if (p.stationId !== null && p.stationCountyId !== county.countyId) {
        throw new DomainRuleError(`${p.stationId} is not a station of county ${county.countyId}`, `points.${i}.stationId`);
      }
    });
    if (state.visited.has(visitKey(county.countyId, day))) {
      throw new DomainRuleError(`chief ${chief.chiefId} already recorded a visit to county ${county.countyId} on ${day}`, 'day');
    }
    const { from, to } = dekadOf(day);
    return [{
      type: 'SupervisionVisitRecorded',
      data: {
        visitId, chiefId: chief.chiefId, chiefName: chief.name, chiefRole: chief.role, countyId: county.countyId, countyName: county.name,
        day, dekad: { from, to }, points: points.map((p, i) => ({ number: i + 1, text: p.text.trim(), stationId: p.stationId })),
      },
    }];
  },

  evolve(state, { data }) {
    return { visited: new Set(state.visited).add(visitKey(data.countyId, data.day)) };
  },
};
