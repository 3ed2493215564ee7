import { bilingual } from '../../common/bilingual';
import { Injectable } from '@nestjs/common';
import { InvalidInputError, doesNotExist } from '../../common/graphql/api-errors';
import { OrganizationReader } from '../../organization/queries/organization.reader';
import { IndicatorCounts } from '../domain/indicators';
import { Period, previousRange, sameRangeLastYear } from '../domain/periods';
import { countsOf, dayNumber, emptySums } from './score-index';
import { ScoreIndexService } from './score-index.service';

export interface IndicatorReport {
  unitId: string;
  unitName: string;
  areaCount: number;
  population: number;
  period: Period;
  lastYear: Period;
  previous: Period;
  current: IndicatorCounts;
  lastYearCounts: IndicatorCounts;
  previousCounts: IndicatorCounts;
}

/** Indicators of any unit (a station's area, a county's areas, the whole city) with 同比 and 环比. */
@Injectable()
export class IndicatorReportService {
  constructor(
    private readonly index: ScoreIndexService,
    private readonly organization: OrganizationReader,
  ) {}

  async report(unitId: string, period: Period): Promise<IndicatorReport> {
    const unit = await this.organization.unit(unitId);
    if (!unit) throw doesNotExist('unit', unitId, 'unitId');
    const areas = await this.areasOf(unit.unitId, unit.level);
    const areaIds = areas.map((a) => a.unitId);
    const lastYear = sameRangeLastYear(period);
    const previous = previousRange(period);
    const [current, lastYearCounts, previousCounts] = await Promise.all([period, lastYear, previous].map((p) => this.sum(p, areaIds)));
    return {
      unitId: unit.unitId,
      unitName: unit.name,
      areaCount: areas.length,
      population: areas.reduce((s, a) => s + (a.population ?? 0), 0),
      period,
      lastYear,
      previous,
      current,
      lastYearCounts,
      previousCounts,
    };
  }

  private async areasOf(unitId: string, level: string) {
    const stations = await this.organization.units({ level: 'STATION' });
    if (level === 'STATION') return stations.filter((s) => s.unitId === unitId);
    if (level === 'COUNTY') return stations.filter((s) => s.parentId === unitId);
    if (level === 'CITY') return stations;
    throw new InvalidInputError([
      {
        field: 'unitId',
        problem: bilingual(`单位 ${unitId} 是市局部门，市局部门没有防区`, `"${unitId}" is a department; departments have no defense areas`),
      },
    ]);
  }

  private async sum(period: Period, areaIds: string[]): Promise<IndicatorCounts> {
    const { index } = await this.index.current();
    const sums = emptySums();
    for (const areaId of areaIds) index.addSums(areaId, dayNumber(period.from), dayNumber(period.to), sums);
    return countsOf(sums);
  }
}
