import { CHIEF_ROLE_LABELS } from '../../organization/events/organization.events';
import { HEADLINE_INDICATORS } from '../domain/indicators';
import { Trend } from '../domain/rank';
import { RankingResult, RankingRow } from '../queries/ranking.service';
import { WhatIfResult } from '../queries/what-if.service';
import { RankingRowType, RankingType } from './ranking.types';
import { WhatIfRowType, WhatIfType } from './what-if.types';
import { casesPer10k, comparisonOf } from './scoring.mapper';

const ARROWS: Record<Trend, string> = { UP: '↑', DOWN: '↓', SAME: '—', UNCERTAIN: '', NEW: '' };
const SMALL_NUMBERS_NOTE = '名次变化在统计误差范围内(计数过少),不作升降判断';

export function toRankingType(result: RankingResult): RankingType {
  const { period } = result;
  return {
    role: result.role,
    roleLabel: CHIEF_ROLE_LABELS[result.role],
    period: { ...period, previous: period.previous, lastYear: period.lastYear },
    rows: result.rows.map((row) => toRowType(row, period.periodOnPeriod)),
    unassigned: result.unassigned,
  };
}

/** Comparisons are getters: a screen that asks only for ranks and scores never pays for them. */
function toRowType(row: RankingRow, periodOnPeriod: boolean): RankingRowType {
  const smallNumbers = row.trend === 'UNCERTAIN';
  return {
    rank: row.rank,
    overallRank: row.overallRank,
    rankRange: row.rankRange,
    previousRank: row.previousRank,
    rankChange: row.previousRank === null ? null : row.previousRank - row.rank,
    trend: row.trend,
    arrow: ARROWS[row.trend],
    smallNumbers,
    note: smallNumbers ? SMALL_NUMBERS_NOTE : null,
    subjectId: row.subject.subjectId,
    name: row.subject.name,
    unitId: row.subject.unitId,
    unitName: row.unitName,
    countyId: row.subject.countyId,
    countyName: row.countyName,
    chief: row.chief,
    score: row.score,
    interval: row.interval,
    previousScore: row.previousScore,
    daysAccountable: row.days,
    population: row.population,
    get casesPer10k() {
      return casesPer10k(row.counts.cases, row.population);
    },
    indicators: row.counts,
    get headline() {
      return HEADLINE_INDICATORS.map((key) => comparisonOf(key, row.counts, row.lastYear, row.previous, periodOnPeriod));
    },
    peerGroup: row.peerGroup,
  };
}

export function toWhatIfType(result: WhatIfResult): WhatIfType {
  const rows: WhatIfRowType[] = result.moves.map(({ current, draft }) => {
    const rankChange = current.rank - draft.rank;
    return {
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
