import { bilingual } from '../../../common/bilingual';
import { Injectable } from '@nestjs/common';
import { Day } from '../../../common/business-day';
import { DomainRuleError } from '../../../common/decider';
import { CITY_ROLES } from '../../../organization/domain/chief.decider';
import { ChiefRow, OrganizationReader } from '../../../organization/queries/organization.reader';
import { ChiefCoverage, dekadCoverage, dekadPeriod } from '../domain/dekad-coverage';
import { VisitsReader } from './visits.reader';

export interface DekadSupervision {
  dekad: { from: Day; to: Day; label: string };
  chiefs: Array<{ chief: ChiefRow; counties: Array<{ countyId: string; countyName: string; visitDays: Day[] }> }>;
}

/** 旬督导 coverage: per city chief, the counties linked to him during a dekad and whether he has visited them. */
@Injectable()
export class DekadSupervisionService {
  constructor(
    private readonly organization: OrganizationReader,
    private readonly visits: VisitsReader,
  ) {}

  async coverage(day: Day, today: Day, chiefId?: string): Promise<DekadSupervision> {
    const dekad = dekadPeriod(day);
    if (dekad.from > today) {
      throw new DomainRuleError(
        bilingual(
          `日期 ${day} 所在的旬自 ${dekad.from} 开始，晚于今天（${today}）`,
          `the dekad of ${day} starts (${dekad.from}) after today (${today})`,
        ),
        'day',
      );
    }
    const [chiefs, links, visits, units] = await Promise.all([
      this.organization.chiefs(),
      this.organization.scopes(),
      this.visits.inDekad(dekad.from, { chiefId }),
      this.organization.units({ level: 'COUNTY' }),
    ]);
    const cityChiefs = chiefs.filter((c) => CITY_ROLES.includes(c.role) && (!chiefId || c.chiefId === chiefId));
    const byId = new Map(cityChiefs.map((c) => [c.chiefId, c]));
    const names = new Map(units.map((u) => [u.unitId, u.name]));
    const named = (coverage: ChiefCoverage) => ({
      chief: byId.get(coverage.chiefId)!,
      counties: coverage.counties.map((c) => ({ ...c, countyName: names.get(c.countyId) ?? c.countyId })),
    });
    return { dekad, chiefs: dekadCoverage(cityChiefs, links, visits, dekad).map(named) };
  }
}
