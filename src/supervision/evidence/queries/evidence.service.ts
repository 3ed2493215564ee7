import { Injectable } from '@nestjs/common';
import { Day } from '../../../common/business-day';
import { Clock } from '../../../common/clock';
import { InvalidInputError, NotFoundError } from '../../../common/graphql/api-errors';
import { ChiefRole } from '../../../organization/events/organization.events';
import { OrganizationReader } from '../../../organization/queries/organization.reader';
import { BulletinsReader } from '../../../bulletins/queries/bulletins.reader';
import { emptyCounts } from '../../../scoring/domain/indicators';
import { PeriodRequest } from '../../../scoring/domain/resolve-period';
import { RankingService } from '../../../scoring/queries/ranking.service';
import { Evidence } from '../domain/evidence';

export interface EvidenceRequest {
  unitId: string;
  period: PeriodRequest;
  /** A published daily bulletin the action cites. */
  bulletinDay?: Day | null;
}

const RANKED_AS: Record<string, ChiefRole> = { COUNTY: 'COUNTY_CHIEF', STATION: 'STATION_CHIEF' };

/** Gathers the figures an action cites: the unit's row of its ranking for the period, and the bulletin. */
@Injectable()
export class EvidenceService {
  constructor(
    private readonly rankings: RankingService,
    private readonly organization: OrganizationReader,
    private readonly bulletins: BulletinsReader,
    private readonly clock: Clock,
  ) {}

  /** `field` names the input the request came from, so errors point at it (e.g. "evidence.unitId"). */
  async gather(request: EvidenceRequest, field = 'evidence', today: Day = this.clock.today()): Promise<Evidence> {
    const unit = await this.organization.unit(request.unitId);
    if (!unit) throw new NotFoundError(`unit "${request.unitId}" does not exist`, `${field}.unitId`);
    const role = RANKED_AS[unit.level];
    if (!role)
      throw new InvalidInputError([
        {
          field: `${field}.unitId`,
          problem: `unit "${request.unitId}" is a ${unit.level}; evidence is gathered for a COUNTY or a STATION`,
        },
      ]);
    const bulletin = request.bulletinDay ? await this.bulletins.byDay(request.bulletinDay) : undefined;
    if (request.bulletinDay && !bulletin) {
      throw new InvalidInputError([{ field: `${field}.bulletinDay`, problem: `no bulletin was published for ${request.bulletinDay}` }]);
    }
    const ranking = await this.rankings.ranking(role, request.period, {}, today);
    const row = ranking.rows.find((r) => r.subject.unitId === unit.unitId);
    const { kind, from, to, label } = ranking.period;
    return {
      unitId: unit.unitId,
      unitName: unit.name,
      role,
      period: { kind, from, to, label },
      rank: row?.rank ?? null,
      rankedOf: ranking.rows.length,
      score: row?.score ?? null,
      indicators: row ? { ...row.counts } : emptyCounts(),
      lastYear: row ? row.lastYear() : emptyCounts(),
      bulletin: bulletin ? { day: bulletin.day, number: bulletin.number, hash: bulletin.hash } : null,
    };
  }
}
