import { Injectable } from '@nestjs/common';
import { Day } from '../../../common/business-day';
import { doesNotExist } from '../../../common/graphql/api-errors';
import { OrganizationReader } from '../../../organization/queries/organization.reader';
import { Evidence } from '../../evidence/domain/evidence';
import { EvidenceService } from '../../evidence/queries/evidence.service';
import { checkPastDays, checkScoredUnit } from '../domain/appeal-target';
import { AppealRow } from '../projections/appeals.projection';
import { AppealsReader } from './appeals.reader';

export interface ScoreHistory {
  unitId: string;
  unitName: string;
  from: Day;
  to: Day;
  current: Evidence;
  appeals: AppealRow[];
}

/** A unit's figures for some days as they read now, beside every appeal of them with its figures then. */
@Injectable()
export class ScoreHistoryService {
  constructor(
    private readonly organization: OrganizationReader,
    private readonly evidence: EvidenceService,
    private readonly appeals: AppealsReader,
  ) {}

  async history(unitId: string, from: Day, to: Day, today: Day): Promise<ScoreHistory> {
    const unit = await this.organization.unit(unitId);
    if (!unit) throw doesNotExist('unit', unitId, 'unitId');
    checkScoredUnit(unit);
    checkPastDays(from, to, today);
    const [current, appeals] = await Promise.all([
      this.evidence.gather({ unitId, period: { kind: 'RANGE', from, to } }, 'unitId', today),
      this.appeals.touching(unit, from, to),
    ]);
    return { unitId, unitName: unit.name, from, to, current, appeals };
  }
}
