import { countyOf } from '../../../organization/domain/county-of';
import { Day, daysBetween } from '../../../common/business-day';
import { DomainRuleError } from '../../../common/decider';
import { ChiefInfo } from '../../../scoring/domain/accountability';
import { UnitFacts } from '../../common/domain/organization-facts';
import { inOffice } from '../../visits/domain/linked-counties';
import { AppealTarget, ContestedFact } from '../events/appeal.events';

/** A year and a day: a year-to-date or yearly score may be contested, nothing longer. */
const MAX_DAYS = 366;

export const APPELLANT_ROLES = ['STATION_CHIEF', 'COUNTY_CHIEF'] as const;

/** Days whose figures are contested or read back: past days, at most a year of them. */
export function checkPastDays(from: Day, to: Day, today: Day): void {
  if (to < from) throw new DomainRuleError(`the days end (${to}) before they start (${from})`, 'to');
  if (to > today) throw new DomainRuleError(`${to} has not come yet (today is ${today}); figures are kept for past days`, 'to');
  if (daysBetween(from, to) > MAX_DAYS) throw new DomainRuleError(`at most ${MAX_DAYS} days at a time`, 'from');
}

/** Scores are kept for defense areas (stations) and counties; nothing else has figures to contest. */
export function checkScoredUnit(unit: UnitFacts): asserts unit is UnitFacts & { level: 'STATION' | 'COUNTY' } {
  if (unit.level !== 'STATION' && unit.level !== 'COUNTY') {
    throw new DomainRuleError(
      `unit "${unit.unitId}" is a ${unit.level}; scores are kept for defense areas (STATION) and counties (COUNTY)`,
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
    throw new DomainRuleError(`chief "${chiefId}" is a ${role}; appeals are filed by station chiefs and county chiefs`, 'chiefId');
  }
  if (!inOffice(appellant, today)) throw new DomainRuleError(`chief "${chiefId}" is not in office`, 'chiefId');
  const answersFor = role === 'STATION_CHIEF' ? target.unitId === unitId : target.countyId === unitId;
  if (!answersFor) {
    throw new DomainRuleError(`chief "${chiefId}" of ${unitId} does not answer for the figures of ${target.unitId}`, 'unitId');
  }
}
