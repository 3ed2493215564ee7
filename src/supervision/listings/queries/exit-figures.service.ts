import { Injectable } from '@nestjs/common';
import { emptyCounts } from '../../../scoring/domain/indicators';
import { Period } from '../../../scoring/domain/periods';
import { ScoringReader } from '../../../scoring/queries/scoring.reader';
import { PeriodCounts } from '../domain/exit-evaluation';

/** A defense area's figures per period, as the exit condition of a listing is measured on them. */
@Injectable()
export class ExitFiguresService {
  constructor(private readonly scoring: ScoringReader) {}

  async figures(stationId: string, periods: Period[]): Promise<PeriodCounts[]> {
    if (periods.length === 0) return [];
    const span = {
      from: periods.map((p) => p.from).sort()[0],
      to: periods
        .map((p) => p.to)
        .sort()
        .reverse()[0],
    };
    const rows = await this.scoring.dailyRows(span, [stationId]);
    return periods.map((p) => {
      const inPeriod = rows.filter((r) => r.day >= p.from && r.day <= p.to);
      return { ...p, counts: ScoringReader.totalsByArea(inPeriod).get(stationId) ?? emptyCounts() };
    });
  }
}
