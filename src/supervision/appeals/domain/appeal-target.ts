import { bilingual } from '../../../common/bilingual';
import { countyOf } from '../../../organization/domain/county-of';
import { Day, daysBetween } from '../../../common/business-day';
import { DomainRuleError } from '../../../common/decider';
import { dayNotYet, endsBeforeStart } from '../../../common/refusals';
import { chiefNotInOffice, wrongUnitLevel } from '../../../organization/domain/refusals';
import { CHIEF_ROLE_LABELS } from '../../../organization/events/organization.events';
import { ChiefInfo } from '../../../scoring/domain/accountability';
import { UnitFacts } from '../../common/domain/organization-facts';
import { inOffice } from '../../visits/domain/linked-counties';
import { AppealTarget, ContestedFact } from '../events/appeal.events';

/** A year and a day: a year-to-date or yearly score may be contested, nothing longer. */
const MAX_DAYS = 366;

export const APPELLANT_ROLES = ['STATION_CHIEF', 'COUNTY_CHIEF'] as const;

/** Days whose figures are contested or read back: past days, at most a year of them. */
export function checkPastDays(from: Day, to: Day, today: Day): void {
  if (to < from) throw endsBeforeStart(from, to, 'to');
  if (to > today) throw dayNotYet(to, today, 'to', { zh: '数据只记录已过去的日期', en: 'figures are kept for past days' });
  if (daysBetween(from, to) > MAX_DAYS) {
    throw new DomainRuleError(bilingual(`一次最多 ${MAX_DAYS} 天`, `at most ${MAX_DAYS} days at a time`), 'from');
  }
}

/** Scores are kept for defense areas (stations) and counties; nothing else has figures to contest. */
export function checkScoredUnit(unit: UnitFacts): asserts unit is UnitFacts & { level: 'STATION' | 'COUNTY' } {
  if (unit.level !== 'STATION' && unit.level !== 'COUNTY') {
    throw wrongUnitLevel(
      unit,
      { zh: '只有防区（派出所）和县局有考评得分', en: 'scores are kept for defense areas (STATION) and counties (COUNTY)' },
      'unitId',
    );
  }
}

/** What an appeal may contest: past days of a station or a county, with the fact contested if any. */
export function appealTarget(unit: UnitFacts, from: Day, to: Day, today: Day, fact: ContestedFact | null): AppealTarget {
  checkPastDays(from, to, today);
  checkScoredUnit(unit);
  const countyId = countyOf(unit) ?? unit.unitId;
  return { unitId: unit.unitId, unitName: unit.name, level: unit.level, countyId, from, to, fact };
}

/** A station chief in office appeals his own defense area; a county chief his county or any of its stations. */
export function checkStanding(appellant: ChiefInfo, target: AppealTarget, today: Day): void {
  const { chiefId, role, unitId } = appellant;
  if (!(APPELLANT_ROLES as readonly string[]).includes(role)) {
    throw new DomainRuleError(
      bilingual(
        `六长 ${chiefId} 是${CHIEF_ROLE_LABELS[role]}，申诉只能由所队长（防区长）或县局局长提出`,
        `chief "${chiefId}" is a ${role}; appeals are filed by station chiefs and county chiefs`,
      ),
      'chiefId',
    );
  }
  if (!inOffice(appellant, today)) throw chiefNotInOffice(chiefId, 'chiefId');
  const answersFor = role === 'STATION_CHIEF' ? target.unitId === unitId : target.countyId === unitId;
  if (!answersFor) {
    throw new DomainRuleError(
      bilingual(
        `六长 ${chiefId}（${unitId}）不负责 ${target.unitId} 的数据`,
        `chief "${chiefId}" of ${unitId} does not answer for the figures of ${target.unitId}`,
      ),
      'unitId',
    );
  }
}
