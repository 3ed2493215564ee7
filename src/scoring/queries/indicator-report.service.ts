import { bilingual } from '../../common/bilingual';
import { Inject, Injectable } from '@nestjs/common';
import { ReadStore } from '../../read-store/read-store.port';
import { InvalidInputError, doesNotExist } from '../../common/graphql/api-errors';
import { OrganizationReader } from '../../organization/queries/organization.reader';
import { IndicatorCounts, IndicatorKey, emptyCounts } from '../domain/indicators';
import {
  CASE_ANALYSIS_KEYS,
  DAILY_BY_FRAUD_TYPE,
  DAILY_BY_METHOD,
  DAILY_BY_VICTIM_GROUP,
  DAILY_BY_WARNING_KIND,
  FRAUD_TYPE_KEYS,
  WARNING_KIND_KEYS,
} from '../projections/indicator-tables';
import { Period, previousRange, sameRangeLastYear } from '../domain/periods';
import { FRAUD_TYPES, FRAUD_TYPE_LABELS } from '../../facts/losses/events/loss.events';
import { FRAUD_METHODS, FRAUD_METHOD_LABELS, VICTIM_GROUPS, VICTIM_GROUP_LABELS } from '../../facts/losses/events/case-analysis';
import { WARNING_KINDS, WARNING_KIND_LABELS } from '../../facts/warnings/events/warning-instruction.events';
import { ScoreIndex, countsOf, dayNumber, emptySums } from './score-index';
import { AsOfIndexService } from './as-of-index.service';
import { LaterIncrement } from './known-at';
import { ScoreIndexService } from './score-index.service';
import { abroadAtEnd } from './outflow-abroad';

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
  /** People gone abroad still abroad (期末在外) at the end of the period, of last year's and of the one before. */
  outflowAbroad: { current: number; lastYear: number; previous: number };
  /** The instant the report is as known at; absent: as known now. */
  asOf?: string;
}

/** The splits of the 指标 report: the table kept for each, the indicators it keeps, its categories in order and their labels. */
export const BREAKDOWNS = {
  warningKind: { table: DAILY_BY_WARNING_KIND, keys: WARNING_KIND_KEYS, order: WARNING_KINDS, labels: WARNING_KIND_LABELS },
  fraudType: { table: DAILY_BY_FRAUD_TYPE, keys: FRAUD_TYPE_KEYS, order: FRAUD_TYPES, labels: FRAUD_TYPE_LABELS },
  method: { table: DAILY_BY_METHOD, keys: CASE_ANALYSIS_KEYS, order: FRAUD_METHODS, labels: FRAUD_METHOD_LABELS },
  victimGroup: { table: DAILY_BY_VICTIM_GROUP, keys: CASE_ANALYSIS_KEYS, order: VICTIM_GROUPS, labels: VICTIM_GROUP_LABELS },
} as const satisfies Record<
  string,
  { table: string; keys: readonly IndicatorKey[]; order: readonly string[]; labels: Record<string, string> }
>;
export type BreakdownDimension = keyof typeof BREAKDOWNS;

/** One category of a split (a warning kind, a fraud type) over the report's three periods. */
export interface BreakdownRow {
  category: string;
  current: IndicatorCounts;
  lastYear: IndicatorCounts;
  previous: IndicatorCounts;
}

/** Indicators of any unit (a station's area, a county's areas, the whole city) with 同比 and 环比. */
@Injectable()
export class IndicatorReportService {
  constructor(
    private readonly index: ScoreIndexService,
    private readonly asOfIndex: AsOfIndexService,
    private readonly organization: OrganizationReader,
    @Inject(ReadStore) private readonly store: ReadStore,
  ) {}

  /** `asOf`: the report as known at that instant, facts recorded later left out. */
  async report(unitId: string, period: Period, asOf?: string): Promise<IndicatorReport> {
    const { unit, areas } = await this.unitAreas(unitId);
    const areaIds = areas.map((a) => a.unitId);
    const lastYear = sameRangeLastYear(period);
    const previous = previousRange(period);
    const { index } = asOf ? await this.asOfIndex.at(asOf) : await this.index.current();
    const [current, lastYearCounts, previousCounts] = [period, lastYear, previous].map((p) => sum(index, p, areaIds));
    const abroadAt = (p: Period) => abroadAtEnd(index, areaIds, p.to);
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
      outflowAbroad: { current: abroadAt(period), lastYear: abroadAt(lastYear), previous: abroadAt(previous) },
      ...(asOf ? { asOf } : {}),
    };
  }

  /**
   * The report's figures split by warning kind, fraud type, method or victim group, for the same
   * three periods, each category in the split's order (categories with nothing in any period left out).
   */
  async breakdown(unitId: string, period: Period, dimension: BreakdownDimension, asOf?: string): Promise<BreakdownRow[]> {
    const order: readonly string[] = BREAKDOWNS[dimension].order;
    const { areas } = await this.unitAreas(unitId);
    const areaIds = areas.map((a) => a.unitId);
    const later = asOf ? (await this.asOfIndex.at(asOf)).later.increments : [];
    const [current, lastYear, previous] = await Promise.all(
      [period, sameRangeLastYear(period), previousRange(period)].map((p) => this.sumByCategory(dimension, p, areaIds, later)),
    );
    const categories = new Set([...current.keys(), ...lastYear.keys(), ...previous.keys()]);
    const rank = (category: string) => (order.includes(category) ? order.indexOf(category) : order.length);
    return [...categories]
      .sort((a, b) => rank(a) - rank(b))
      .map((category) => ({
        category,
        current: current.get(category) ?? emptyCounts(),
        lastYear: lastYear.get(category) ?? emptyCounts(),
        previous: previous.get(category) ?? emptyCounts(),
      }))
      .filter((row) => BREAKDOWNS[dimension].keys.some((k) => row.current[k] || row.lastYear[k] || row.previous[k]));
  }

  /** `later`: what facts recorded after an as-of instant added, taken back. */
  private async sumByCategory(
    dimension: BreakdownDimension,
    period: Period,
    areaIds: string[],
    later: readonly LaterIncrement[],
  ): Promise<Map<string, IndicatorCounts>> {
    const { table, keys } = BREAKDOWNS[dimension];
    const rows = await this.store.find<Record<string, number> & { category: string }>(table, {
      where: { day: { gte: period.from, lte: period.to }, areaId: { in: areaIds } },
      columns: ['category', ...keys],
    });
    const sums = new Map<string, IndicatorCounts>();
    const add = (category: string, values: Record<string, number>, sign: number) => {
      let counts = sums.get(category);
      if (!counts) sums.set(category, (counts = emptyCounts()));
      for (const k of keys) counts[k] += sign * (values[k] ?? 0);
    };
    for (const row of rows) add(row.category, row, 1);
    for (const i of later) {
      if (i.table === table && i.day >= period.from && i.day <= period.to && areaIds.includes(i.areaId)) add(i.category!, i.values, -1);
    }
    return sums;
  }

  private async unitAreas(unitId: string) {
    const unit = await this.organization.unit(unitId);
    if (!unit) throw doesNotExist('unit', unitId, 'unitId');
    return { unit, areas: await this.areasOf(unit.unitId, unit.level) };
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
}

function sum(index: ScoreIndex, period: Period, areaIds: string[]): IndicatorCounts {
  const sums = emptySums();
  for (const areaId of areaIds) index.addSums(areaId, dayNumber(period.from), dayNumber(period.to), sums);
  return countsOf(sums);
}
