import { bilingual } from '../../../common/bilingual';
import { Day, dekadOf } from '../../../common/business-day';
import { Decider, DomainRuleError } from '../../../common/decider';
import { dayNotYet } from '../../../common/refusals';
import { chiefNotInOffice } from '../../../organization/domain/refusals';
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
      const cityRoles = CITY_ROLES.map((r) => CHIEF_ROLE_LABELS[r]);
      throw new DomainRuleError(
        bilingual(
          `六长 ${chief.chiefId} 是${CHIEF_ROLE_LABELS[chief.role]}，旬督导由市级六长（${cityRoles.join('、')}）记录`,
          `chief ${chief.chiefId} is a ${CHIEF_ROLE_LABELS[chief.role]}; dekad visits are recorded by city chiefs (${cityRoles.join(', ')})`,
        ),
        'chiefId',
      );
    }
    if (day > today) throw dayNotYet(day, today, 'day');
    if (!inOffice(chief, day)) throw chiefNotInOffice(chief.chiefId, 'day', day);
    const linkedCounties = countiesLinkedDuring(chief, facts.links, day, day);
    if (!linkedCounties.includes(county.unitId)) {
      throw new DomainRuleError(
        bilingual(
          `县局 ${county.unitId} 在 ${day} 不是六长 ${chief.chiefId} 挂钩的县局（当日挂钩：${linkedCounties.join('、') || '无'}）`,
          `county ${county.unitId} was not linked to chief ${chief.chiefId} on ${day} (linked then: ${linkedCounties.join(', ') || 'none'})`,
        ),
        'countyId',
      );
    }
    checkPoints(points, county.unitId, facts.stations);
    if (state.visited.has(visitKey(county.unitId, day))) {
      throw new DomainRuleError(
        bilingual(
          `六长 ${chief.chiefId} 已记录过 ${day} 对县局 ${county.unitId} 的督导`,
          `chief ${chief.chiefId} already recorded a visit to county ${county.unitId} on ${day}`,
        ),
        'day',
      );
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
  if (points.length === 0) throw new DomainRuleError(bilingual('督导至少须点题一项', 'a visit raises at least one point (点题)'), 'points');
  points.forEach((p, i) => {
    if (!p.text.trim())
      throw new DomainRuleError(bilingual(`第 ${i + 1} 项点题没有内容`, `point ${i + 1} has no text`), `points.${i}.text`);
    const station = stations.find((s) => s.unitId === p.stationId);
    if (p.stationId !== null && !(station?.level === 'STATION' && station.parentId === countyId)) {
      throw new DomainRuleError(
        bilingual(`单位 ${p.stationId} 不是县局 ${countyId} 的派出所`, `${p.stationId} is not a station of county ${countyId}`),
        `points.${i}.stationId`,
      );
    }
  });
}
