import { Injectable } from '@nestjs/common';
import { Day } from '../../common/business-day';
import { OrganizationReader } from '../../organization/queries/organization.reader';
import { IndicatorCounts, emptyCounts } from '../domain/indicators';
import { Period } from '../domain/periods';
import { rankByScore } from '../domain/rank';
import { ReadModelCache } from './read-model-cache';
import { ScoreService } from './score.service';

export interface RankingRow {
  rank: number;
  areaId: string;
  areaName: string;
  stationName: string;
  countyId: string | null;
  countyName: string | null;
  chief: { chiefId: string; name: string } | null;
  score: number;
  counts: IndicatorCounts;
  population: number;
}

/** The ranking of defense-area chiefs (防区长) for a period; chiefs are those in office on its last day. */
@Injectable()
export class RankingService {
  constructor(
    private readonly scores: ScoreService,
    private readonly organization: OrganizationReader,
    private readonly cache: ReadModelCache,
  ) {}

  defenseAreaRanking(period: Period): Promise<RankingRow[]> {
    return this.cache.memo(`defense-area-ranking:${period.from}:${period.to}`, () => this.computeDefenseAreaRanking(period));
  }

  async computeDefenseAreaRanking(period: Period): Promise<RankingRow[]> {
    const [stations, counties, chiefs, scores] = await Promise.all([
      this.cache.memo('stations', () => this.organization.units({ level: 'STATION' })),
      this.cache.memo('counties', () => this.organization.units({ level: 'COUNTY' })),
      this.cache.memo(`station-chiefs:${period.to}`, () => this.organization.chiefsInOffice(period.to as Day, 'STATION_CHIEF')),
      this.scores.areaScores(period),
    ]);
    const countyName = new Map(counties.map((c) => [c.unitId, c.name]));
    const chiefOf = new Map(chiefs.map((c) => [c.unitId, { chiefId: c.chiefId, name: c.name }]));
    const rows = stations.map((s) => {
      const score = scores.get(s.unitId);
      return {
        areaId: s.unitId,
        areaName: s.areaName ?? s.name,
        stationName: s.name,
        countyId: s.parentId,
        countyName: s.parentId ? (countyName.get(s.parentId) ?? null) : null,
        chief: chiefOf.get(s.unitId) ?? null,
        score: score?.score ?? 0,
        counts: score?.counts ?? emptyCounts(),
        population: s.population ?? 0,
      };
    });
    return rankByScore(rows).sort((a, b) => a.rank - b.rank || a.areaId.localeCompare(b.areaId));
  }
}
