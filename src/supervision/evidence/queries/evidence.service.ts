import { Injectable } from '@nestjs/common';
import { bilingual } from '../../../common/bilingual';
import { Day } from '../../../common/business-day';
import { Clock } from '../../../common/clock';
import { InvalidInputError, doesNotExist } from '../../../common/graphql/api-errors';
import { wrongUnitLevelProblem } from '../../../organization/domain/refusals';
import { ChiefRole } from '../../../organization/events/organization.events';
import { OrganizationReader } from '../../../organization/queries/organization.reader';
import { BulletinsReader } from '../../../bulletins/queries/bulletins.reader';
import { emptyCounts } from '../../../scoring/domain/indicators';
import { PeriodRequest } from '../../../scoring/domain/resolve-period';
import { RankingService } from '../../../scoring/queries/ranking.service';
import { checkAsOf } from '../../../scoring/queries/as-of-index.service';
import { Evidence } from '../domain/evidence';

export interface EvidenceRequest {
  unitId: string;
  period: PeriodRequest;
  /** A published daily bulletin the action cites. */
  bulletinDay?: Day | null;
  /** Cite the figures as known at this instant (the ranking leadership saw); default now. */
  asOf?: string | null;
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
    if (!unit) throw doesNotExist('unit', request.unitId, `${field}.unitId`);
    const role = RANKED_AS[unit.level];
    if (!role)
      throw new InvalidInputError([
        {
          field: `${field}.unitId`,
          problem: wrongUnitLevelProblem(unit, {
            zh: '数据依据只能取自县局或派出所',
            en: 'evidence is gathered for a COUNTY or a STATION',
          }),
        },
      ]);
    const bulletin = request.bulletinDay ? await this.bulletins.byDay(request.bulletinDay) : undefined;
    if (request.bulletinDay && !bulletin) {
      throw new InvalidInputError([
        {
          field: `${field}.bulletinDay`,
          problem: bilingual(`日期 ${request.bulletinDay} 没有发布日通报`, `no bulletin was published for ${request.bulletinDay}`),
        },
      ]);
    }
    // Figures as known now are the live ranking's; only an earlier instant needs the index as it stood.
    const asOf = request.asOf ? checkAsOf(request.asOf, this.clock.now()) : this.clock.now().toISOString();
    const ranking = request.asOf
      ? await this.rankings.ranking(role, request.period, {}, undefined, asOf)
      : await this.rankings.ranking(role, request.period, {}, today);
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
      asOf,
    };
  }
}
