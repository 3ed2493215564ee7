import { bilingual } from '../../../common/bilingual';
import { Injectable } from '@nestjs/common';
import { Day } from '../../../common/business-day';
import { Clock } from '../../../common/clock';
import { NotFoundError } from '../../../common/graphql/api-errors';
import { ChiefRow, OrganizationReader } from '../../../organization/queries/organization.reader';
import { requireUnit } from '../../common/commands/organization-facts';
import { EvidenceService } from '../../evidence/queries/evidence.service';
import { InterviewCommand, OrderInterview } from '../domain/interview.decider';
import { InterviewRequest, OrderInterviewRequest } from './record-interview.command';

/** Adds today to every step, and to an order the units, the chiefs in office and the evidence it names. */
@Injectable()
export class InterviewGatherer {
  constructor(
    private readonly organization: OrganizationReader,
    private readonly evidence: EvidenceService,
    private readonly clock: Clock,
  ) {}

  async gather(request: InterviewRequest): Promise<InterviewCommand> {
    const today = this.clock.today();
    return request.type === 'OrderInterview' ? this.order(request, today) : ({ ...request, today } as InterviewCommand);
  }

  private async order(request: OrderInterviewRequest, today: Day): Promise<OrderInterview> {
    const { type, interviewId, target, reason, escalatedFrom, schedule } = request;
    const interviewed = target.kind === 'UNIT' ? await requireUnit(this.organization, target.unitId, 'input.unit.unitId') : null;
    const chief = target.kind === 'UNIT' && target.chiefId ? await this.chiefInOffice(target.chiefId, today, 'input.unit.chiefId') : null;
    const orderedBy = await this.chiefInOffice(request.orderedBy, today, 'input.orderedBy');
    const evidence = await this.evidence.gather(request.evidence, 'input.evidence', today);
    // An industry interview concerns the unit whose figures prompted it.
    const unit = interviewed ?? (await requireUnit(this.organization, evidence.unitId, 'input.evidence.unitId'));
    return { type, interviewId, target, reason, escalatedFrom, schedule, today, facts: { unit, chief, orderedBy, evidence } };
  }

  private async chiefInOffice(chiefId: string, today: Day, field: string): Promise<ChiefRow> {
    const chief = (await this.organization.chiefsInOffice(today)).find((c) => c.chiefId === chiefId);
    if (!chief)
      throw new NotFoundError(bilingual(`六长 "${chiefId}" 在 ${today} 不在任`, `no chief "${chiefId}" is in office on ${today}`), field);
    return chief;
  }
}
