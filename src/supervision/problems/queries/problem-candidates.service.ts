import { Injectable } from '@nestjs/common';
import { Day } from '../../../common/business-day';
import { Ratio } from '../../../common/ratio';
import { OrganizationReader } from '../../../organization/queries/organization.reader';
import { RankingResult, RankingRow, RankingService } from '../../../scoring/queries/ranking.service';
import { requireUnit } from '../../common/commands/organization-facts';
import { checkCounty } from '../../common/domain/organization-facts';
import { Evidence } from '../../evidence/domain/evidence';
import { EvidenceService } from '../../evidence/queries/evidence.service';
import { CandidateWithEvidence, RankedUnit, problemCandidates } from '../domain/problem-candidates';
import { checkMonth } from '../domain/problem-month';

const rankedUnit = (ranking: RankingResult, row: RankingRow): RankedUnit => ({
  unitId: row.subject.unitId,
  name: row.unitName,
  rank: row.rank,
  rankedOf: ranking.rows.length,
  counts: row.counts,
  lastYear: row.lastYear(),
});

/** The candidate problems of a county's month, computed from the month's rankings (the month so far while it runs). */
@Injectable()
export class ProblemCandidatesService {
  constructor(
    private readonly rankings: RankingService,
    private readonly organization: OrganizationReader,
    private readonly evidence: EvidenceService,
  ) {}

  async county(countyId: string) {
    const county = await requireUnit(this.organization, countyId, 'countyId');
    checkCounty(county);
    return county;
  }

  async candidates(countyId: string, month: string, faceToFaceTarget: Ratio, today: Day): Promise<CandidateWithEvidence[]> {
    await this.county(countyId);
    const period = { kind: 'MONTH' as const, day: checkMonth(month, today) };
    const [counties, stations] = await Promise.all([
      this.rankings.ranking('COUNTY_CHIEF', period, {}, today),
      this.rankings.ranking('STATION_CHIEF', period, {}, today),
    ]);
    const county = counties.rows.find((r) => r.subject.unitId === countyId);
    const found = problemCandidates(
      {
        month,
        monthLabel: counties.period.label,
        county: county ? rankedUnit(counties, county) : null,
        stations: stations.rows.filter((r) => r.subject.countyId === countyId).map((r) => rankedUnit(stations, r)),
      },
      faceToFaceTarget,
    );
    const gathered = new Map<string, Promise<Evidence>>();
    const evidenceOf = (unitId: string) => {
      if (!gathered.has(unitId)) gathered.set(unitId, this.evidence.gather({ unitId, period }, 'evidence', today));
      return gathered.get(unitId)!;
    };
    return Promise.all(found.map(async (c) => ({ ...c, evidence: await evidenceOf(c.unitId) })));
  }
}
