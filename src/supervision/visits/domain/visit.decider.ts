import { Day, dekadOf } from '../../../common/business-day';
import { Decider, DomainRuleError } from '../../../common/decider';
import { CHIEF_ROLE_LABELS } from '../../../organization/events/organization.events';
import { CITY_ROLES } from '../../../organization/domain/chief.decider';
import { ChiefInfo } from '../../../scoring/domain/accountability';
import { UnitFacts, checkCounty } from '../../common/domain/organization-facts';
import { SupervisionVisitRecorded } from '../events/visit.events';
import { Link, countiesLinkedDuring, inOffice } from './linked-counties';

/** What the organisation read model says of the chief, the county and the units the points name. */
export interface VisitFacts {
  chief: ChiefInfo;
  county: UnitFacts;
  /** The chief's dated links (挂钩) to counties. */
  links: Link[];
  /** The units the points name that exist. */
  stations: UnitFacts[];
}

/** `today` comes from the clock and the facts from the read model, so that deciding stays pure. */
export interface RecordVisit {
  type: 'RecordVisit';
  visitId: string;
  day: Day;
  today: Day;
  points: Array<{ text: string; stationId: string | null }>;
  facts: VisitFacts;
}

export interface VisitsState {
  /** `countyId@day` of each visit recorded in the dekad. */
  visited: ReadonlySet<string>;
}

const visitKey = (countyId: string, day: Day) => `${countyId}@${day}`;

/** A city chief's visits of one dekad (旬督导): at most one record per county and day, points and all. */
export const visitDecider: Decider<VisitsState, RecordVisit, SupervisionVisitRecorded> = {
  initialState: () => ({ visited: new Set() }),

  decide({ visitId, day, today, points, facts }, state) {
    const { chief, county } = facts;
    checkCounty(county);
    if (!CITY_ROLES.includes(chief.role)) {
      throw new DomainRuleError(
        `chief ${chief.chiefId} is a ${CHIEF_ROLE_LABELS[chief.role]}; dekad visits are recorded by city chiefs (局领导, 二级以上高级警长, 部门长)`,
        'chiefId',
      );
    }
    if (day > today) throw new DomainRuleError(`the visit day ${day} has not come yet (today is ${today})`, 'day');
    if (!inOffice(chief, day)) throw new DomainRuleError(`chief ${chief.chiefId} was not in office on ${day}`, 'day');
    const linkedCounties = countiesLinkedDuring(chief, facts.links, day, day);
    if (!linkedCounties.includes(county.unitId)) {
      const linked = linkedCounties.length ? linkedCounties.join(', ') : 'none';
      throw new DomainRuleError(
        `county ${county.unitId} was not linked to chief ${chief.chiefId} on ${day} (linked then: ${linked})`,
        'countyId',
      );
    }
    checkPoints(points, county.unitId, facts.stations);
    if (state.visited.has(visitKey(county.unitId, day))) {
      throw new DomainRuleError(`chief ${chief.chiefId} already recorded a visit to county ${county.unitId} on ${day}`, 'day');
    }
    const { from, to } = dekadOf(day);
    return [
      {
        type: 'SupervisionVisitRecorded',
        data: {
          visitId,
          chiefId: chief.chiefId,
          chiefName: chief.name,
          chiefRole: chief.role,
          countyId: county.unitId,
          countyName: county.name,
          day,
          dekad: { from, to },
          points: points.map((p, i) => ({ number: i + 1, text: p.text.trim(), stationId: p.stationId })),
        },
      },
    ];
  },

  evolve(state, { data }) {
    return { visited: new Set(state.visited).add(visitKey(data.countyId, data.day)) };
  },
};

/** A visit raises at least one point, each with text, naming a station of the visited county or none. */
function checkPoints(points: RecordVisit['points'], countyId: string, stations: UnitFacts[]) {
  if (points.length === 0) throw new DomainRuleError('a visit raises at least one point (点题)', 'points');
  points.forEach((p, i) => {
    if (!p.text.trim()) throw new DomainRuleError(`point ${i + 1} has no text`, `points.${i}.text`);
    const station = stations.find((s) => s.unitId === p.stationId);
    if (p.stationId !== null && !(station?.level === 'STATION' && station.parentId === countyId)) {
      throw new DomainRuleError(`${p.stationId} is not a station of county ${countyId}`, `points.${i}.stationId`);
    }
  });
}
