import { Inject, Injectable } from '@nestjs/common';
import { Day } from '../../common/business-day';
import { ReadStore } from '../../read-store/read-store.port';
import { IndicatorCounts, INDICATOR_KEYS, emptyCounts } from '../domain/indicators';
import { Period } from '../domain/periods';
import { RuleSet } from '../domain/rule-set';
import { CASE_LOSSES, DAILY_INDICATORS, INDICATOR_COLUMNS } from '../projections/indicator-tables';
import { RULE_SETS } from '../projections/rule-sets.projection';
import { RateTerm, RuleTerm } from '../events/rule-set.events';

export type DailyRow = IndicatorCounts & { areaId: string; day: Day };
export interface CaseLossRow {
  caseId: string;
  areaId: string;
  day: Day;
  lossFen: number;
}

/** A row of the rule-set table: one kind's columns are null on the other kind's rows. */
interface RuleSetRow extends Record<string, unknown> {
  versionId: string;
  ruleSetId: string;
  name: string;
  effectiveFrom: string;
  position: number;
  publishedAt: string;
  publishedBy: string | null;
  publishedByRole: string | null;
  kind: 'ADDITIVE' | 'RATES';
  terms: RuleTerm[] | null;
  aggregation: 'MEAN' | 'SUM' | null;
  rateTerms: RateTerm[] | null;
  priorDays: number | null;
}

/** Reads of the scoring read models: daily indicators, per-case losses, sources, rule sets. */
@Injectable()
export class ScoringReader {
  constructor(@Inject(ReadStore) private readonly store: ReadStore) {}

  dailyRows(period: Period, areaIds?: string[]): Promise<DailyRow[]> {
    const where = { day: { gte: period.from, lte: period.to }, ...(areaIds ? { areaId: { in: areaIds } } : {}) };
    return this.store.find<DailyRow>(DAILY_INDICATORS, { where, columns: INDICATOR_COLUMNS });
  }

  caseLosses(period: Period, areaIds?: string[]): Promise<CaseLossRow[]> {
    const where = { day: { gte: period.from, lte: period.to }, ...(areaIds ? { areaId: { in: areaIds } } : {}) };
    return this.store.find<CaseLossRow & Record<string, unknown>>(CASE_LOSSES, { where });
  }

  /** The rows of some areas' days: what a few late or live events changed. */
  dailyRowsOn(days: Day[], areaIds: string[]): Promise<DailyRow[]> {
    return this.store.find<DailyRow>(DAILY_INDICATORS, {
      where: { day: { in: days }, areaId: { in: areaIds } },
      columns: INDICATOR_COLUMNS,
    });
  }

  caseLossesOn(days: Day[], areaIds: string[]): Promise<CaseLossRow[]> {
    return this.store.find<CaseLossRow & Record<string, unknown>>(CASE_LOSSES, { where: { day: { in: days }, areaId: { in: areaIds } } });
  }

  /** The first and last days with figures, or undefined before any. */
  async dayRange(): Promise<Period | undefined> {
    const edge = (direction: 'asc' | 'desc') =>
      this.store.find<{ day: Day }>(DAILY_INDICATORS, { columns: ['day'], orderBy: [['day', direction]], limit: 1 });
    const [[first], [last]] = await Promise.all([edge('asc'), edge('desc')]);
    return first && last ? { from: first.day, to: last.day } : undefined;
  }

  /** Global positions of the events counted for an area's day. */
  async sourcePositions(areaId: string, day: Day): Promise<bigint[]> {
    const row = await this.store.findOne<{ sources: number[] }>(DAILY_INDICATORS, { areaId, day });
    return (row?.sources ?? []).map(BigInt);
  }

  /** Global positions of the events counted for some areas over a period, day by day. */
  async sourcesOver(period: Period, areaIds: string[]): Promise<Array<{ areaId: string; day: Day; positions: bigint[] }>> {
    const rows = await this.store.find<{ areaId: string; day: Day; sources: number[] }>(DAILY_INDICATORS, {
      where: { day: { gte: period.from, lte: period.to }, areaId: { in: areaIds } },
      columns: ['areaId', 'day', 'sources'],
    });
    return rows.map((r) => ({ areaId: r.areaId, day: r.day, positions: (r.sources ?? []).map(BigInt) }));
  }

  async ruleSets(): Promise<RuleSet[]> {
    const rows = await this.store.find<RuleSetRow>(RULE_SETS, { orderBy: [['position', 'asc']] });
    return rows.map(
      ({ versionId, ruleSetId, name, effectiveFrom, position, publishedAt, publishedBy, publishedByRole, ...rules }): RuleSet => {
        const published = { versionId, ruleSetId, name, effectiveFrom, position, publishedAt, publishedBy, publishedByRole };
        if (rules.kind === 'RATES') return { ...published, kind: 'RATES', rateTerms: rules.rateTerms!, priorDays: rules.priorDays! };
        return { ...published, kind: 'ADDITIVE', terms: rules.terms!, aggregation: rules.aggregation! };
      },
    );
  }

  /** Sums daily rows per area; rows with nulls (columns added later) count as zero. */
  static totalsByArea(rows: DailyRow[]): Map<string, IndicatorCounts> {
    const totals = new Map<string, IndicatorCounts>();
    for (const row of rows) {
      let t = totals.get(row.areaId);
      if (!t) totals.set(row.areaId, (t = emptyCounts()));
      for (const k of INDICATOR_KEYS) t[k] += (row[k] as number | null) ?? 0;
    }
    return totals;
  }
}
