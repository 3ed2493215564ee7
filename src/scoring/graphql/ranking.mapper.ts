import { apiIndicators } from './indicator-names';
import { CHIEF_ROLE_LABELS } from '../../organization/events/organization.events';
import { HEADLINE_INDICATORS } from '../domain/indicators';
import { Trend } from '../domain/rank';
import { RankingResult, RankingRow } from '../queries/ranking.service';
import { WhatIfResult } from '../queries/what-if.service';
import { RankingRowType, RankingType } from './ranking.types';
import { WhatIfRowType, WhatIfType } from './what-if.types';
import { casesPer10k, comparisonOf } from './scoring.mapper';

const ARROWS: Record<Trend, string> = { UP: '↑', DOWN: '↓', SAME: '—', UNCERTAIN: '', NEW: '' };
const WITHIN_NOISE_NOTE = '名次变化仍在数据的随机波动范围内，不标升降。';

export function toRankingType(result: RankingResult): RankingType {
  const { period } = result;
  return {
    role: result.role,
    roleLabel: CHIEF_ROLE_LABELS[result.role],
    period: { ...period, previous: period.previous, lastYear: period.lastYear },
    rows: result.rows.map((row) => toRowType(row, period.periodOnPeriod)),
    unassigned: result.unassigned,
    asOf: result.asOf ?? null,
  };
}

/**
 * A row as GraphQL reads it. Comparisons and rates are getters on the prototype, so a screen that
 * asks only for ranks and scores never pays for them, and every row shares one hidden class.
 */
class RankingRowView implements RankingRowType {
  rank: number;
  overallRank: number;
  rankRange: { best: number; worst: number };
  previousRank: number | null;
  rankChange: number | null;
  trend: Trend;
  arrow: string;
  smallNumbers: boolean;
  moveProbability: number | null;
  note: string | null;
  subjectId: string;
  name: string;
  unitId: string;
  unitName: string;
  countyId: string | null;
  countyName: string | null;
  chief: { chiefId: string; name: string } | null;
  score: number;
  interval: { low: number; high: number };
  previousScore: number | null;
  daysAccountable: number;
  population: number;
  peerGroup: { index: number; label: string } | null;

  constructor(
    private readonly row: RankingRow,
    private readonly periodOnPeriod: boolean,
  ) {
    this.rank = row.rank;
    this.overallRank = row.overallRank;
    this.rankRange = row.rankRange;
    this.previousRank = row.previousRank;
    this.rankChange = row.previousRank === null ? null : row.previousRank - row.rank;
    this.trend = row.trend;
    this.arrow = ARROWS[row.trend];
    this.smallNumbers = row.trend === 'UNCERTAIN';
    this.moveProbability = row.moveProbability === null ? null : Math.round(row.moveProbability * 1000) / 1000;
    this.note = this.smallNumbers ? WITHIN_NOISE_NOTE : null;
    this.subjectId = row.subject.subjectId;
    this.name = row.subject.name;
    this.unitId = row.subject.unitId;
    this.unitName = row.unitName;
    this.countyId = row.subject.countyId;
    this.countyName = row.countyName;
    this.chief = row.chief;
    this.score = row.score;
    this.interval = row.interval;
    this.previousScore = row.previousScore;
    this.daysAccountable = row.days;
    this.population = row.population;
    this.peerGroup = row.peerGroup;
  }

  get indicators() {
    return apiIndicators(this.row.counts);
  }

  get casesPer10k() {
    return casesPer10k(this.row.counts.cases, this.row.population);
  }

  get headline() {
    const lastYear = this.row.lastYear();
    const previous = this.row.previous();
    return HEADLINE_INDICATORS.map((key) => comparisonOf(key, this.row.counts, lastYear, previous, this.periodOnPeriod));
  }
}

function toRowType(row: RankingRow, periodOnPeriod: boolean): RankingRowType {
  return new RankingRowView(row, periodOnPeriod);
}

export function toWhatIfType(result: WhatIfResult): WhatIfType {
  const rows: WhatIfRowType[] = result.moves.map(({ current, draft, terms }) => {
    const rankChange = current.rank - draft.rank;
    // A getter: the terms are worked out only for the rows a screen asks them of, and once.
    let worked: WhatIfRowType['terms'] | undefined;
    return {
      get terms() {
        return (worked ??= terms());
      },
      subjectId: current.subject.subjectId,
      name: current.subject.name,
      unitName: current.unitName,
      countyName: current.countyName,
      currentRank: current.rank,
      currentScore: current.score,
      draftRank: draft.rank,
      draftScore: draft.score,
      rankChange,
      move: rankChange > 0 ? '上升' : rankChange < 0 ? '下降' : '不变',
    };
  });
  const byChange = (a: WhatIfRowType, b: WhatIfRowType) => Math.abs(b.rankChange) - Math.abs(a.rankChange) || a.currentRank - b.currentRank;
  return {
    period: result.period,
    draftName: result.draftName,
    rows,
    movedUp: rows.filter((r) => r.rankChange > 0).sort(byChange),
    movedDown: rows.filter((r) => r.rankChange < 0).sort(byChange),
  };
}
