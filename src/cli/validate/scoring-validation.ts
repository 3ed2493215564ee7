import { Day, addDays, daysBetween } from '../../common/business-day';
import { PeriodRequest } from '../../scoring/domain/resolve-period';
import { spearman } from './rank-correlation';

/** What domain.md's "What must hold" asks of the default rule set on the demo city. */
export const VALIDATION_THRESHOLDS = {
  /** |ρ| of the year-to-date station score against population and against warnings received. */
  sizeRho: 0.2,
  /** ρ of the year-to-date station score against the planted quality. */
  qualityRho: 0.8,
  /** Share of changed stations with a right-way arrow in one of the two months after the change. */
  recall: 0.7,
  /** Share of station-months of unchanged stations that carry an arrow, after the change. */
  falseArrows: 0.1,
} as const;

/** A station's planted quality: one number, moved once on `changeDay` for a named handful. */
export interface StationTruth {
  stationId: string;
  population: number;
  quality: number;
  /** The quality from the change day on; null for stations that did not change. */
  changedTo: number | null;
}

export interface PlantedTruth {
  stations: StationTruth[];
  changeDay: Day;
}

/** One row of a station ranking, as the GraphQL API answers it. */
export interface ValidationRow {
  subjectId: string;
  score: number;
  trend: string;
  population: number;
  warningsReceived: number;
}

export type RankingSource = (period: PeriodRequest) => Promise<ValidationRow[]>;

export interface ScoringValidation {
  period: { from: Day; to: Day };
  populationRho: number;
  warningsRho: number;
  qualityRho: number;
  /** Months compared with the month before, after the change. */
  months: Day[];
  changedStations: number;
  recall: number;
  unchangedStationMonths: number;
  falseArrowShare: number;
  holds: { size: boolean; quality: boolean; recall: boolean; falseArrows: boolean };
}

/** The quality a station held on average over [from, to], weighted by days. */
function qualityOver(station: StationTruth, changeDay: Day, from: Day, to: Day): number {
  if (station.changedTo === null || changeDay > to) return station.quality;
  if (changeDay <= from) return station.changedTo;
  const before = daysBetween(from, changeDay) - 1;
  const after = daysBetween(changeDay, to);
  return (station.quality * before + station.changedTo * after) / (before + after);
}

/** The first days of the whole months from `changeDay` up to `until`. */
function monthsAfter(changeDay: Day, until: Day): Day[] {
  const months: Day[] = [];
  for (let month = `${changeDay.slice(0, 7)}-01`; ;) {
    const next = addDays(`${month.slice(0, 7)}-28`, 4).slice(0, 7) + '-01';
    if (addDays(next, -1) > until) return months;
    months.push(month);
    month = next;
  }
}

/**
 * Measures the default rule set against the planted truth: size correlations and quality
 * correlation of the year-to-date station ranking ending `until`, and the month-on-month arrows
 * of the whole months after the planted change.
 */
export async function validateScoring(rank: RankingSource, truth: PlantedTruth, until: Day): Promise<ScoringValidation> {
  const from = `${until.slice(0, 4)}-01-01`;
  const yearToDate = await rank({ kind: 'YEAR_TO_DATE', day: until });
  const byId = new Map(truth.stations.map((s) => [s.stationId, s]));
  const rows = yearToDate.filter((row) => byId.has(row.subjectId));
  const scores = rows.map((r) => r.score);
  const populationRho = spearman(
    scores,
    rows.map((r) => r.population),
  );
  const warningsRho = spearman(
    scores,
    rows.map((r) => r.warningsReceived),
  );
  const qualityRho = spearman(
    scores,
    rows.map((r) => qualityOver(byId.get(r.subjectId)!, truth.changeDay, from, until)),
  );

  const months = monthsAfter(truth.changeDay, until);
  const trends = await Promise.all(
    months.map(async (day) => new Map((await rank({ kind: 'MONTH', day })).map((r) => [r.subjectId, r.trend]))),
  );
  const changed = truth.stations.filter((s) => s.changedTo !== null);
  const found = changed.filter((s) => {
    const right = s.changedTo! > s.quality ? 'UP' : 'DOWN';
    return trends.slice(0, 2).some((t) => t.get(s.stationId) === right);
  });
  const unchanged = truth.stations.filter((s) => s.changedTo === null);
  let stationMonths = 0;
  let falseArrows = 0;
  for (const t of trends) {
    for (const s of unchanged) {
      const trend = t.get(s.stationId);
      if (trend === undefined) continue;
      stationMonths++;
      if (trend === 'UP' || trend === 'DOWN') falseArrows++;
    }
  }
  const recall = changed.length ? found.length / changed.length : 0;
  const falseArrowShare = stationMonths ? falseArrows / stationMonths : 0;
  const t = VALIDATION_THRESHOLDS;
  return {
    period: { from, to: until },
    populationRho,
    warningsRho,
    qualityRho,
    months,
    changedStations: changed.length,
    recall,
    unchangedStationMonths: stationMonths,
    falseArrowShare,
    holds: {
      size: Math.abs(populationRho) <= t.sizeRho && Math.abs(warningsRho) <= t.sizeRho,
      quality: qualityRho >= t.qualityRho,
      recall: recall >= t.recall,
      falseArrows: falseArrowShare <= t.falseArrows,
    },
  };
}
