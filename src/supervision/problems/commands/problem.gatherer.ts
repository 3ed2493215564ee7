import { Injectable } from '@nestjs/common';
import { Day } from '../../../common/business-day';
import { Clock } from '../../../common/clock';
import { doesNotExist } from '../../../common/graphql/api-errors';
import { eventIdFor } from '../../../common/ids';
import { OrganizationReader } from '../../../organization/queries/organization.reader';
import { CommandContext } from '../../../recording/command-context';
import { countyOfUnit, requireChief, requireUnit } from '../../common/commands/organization-facts';
import { EvidenceRequest, EvidenceService } from '../../evidence/queries/evidence.service';
import { VisitsReader } from '../../visits/queries/visits.reader';
import { OwnerFacts, RaiseProblem } from '../domain/problem-list.decider';
import { ProblemCandidatesService } from '../queries/problem-candidates.service';
import { RaiseRequest } from './raise-problem.command';

/** Looks up the county, the owner and what the way of raising refers to, for the decider to judge. */
@Injectable()
export class ProblemGatherer {
  constructor(
    private readonly organization: OrganizationReader,
    private readonly candidates: ProblemCandidatesService,
    private readonly evidence: EvidenceService,
    private readonly visits: VisitsReader,
    private readonly clock: Clock,
  ) {}

  async gather(request: RaiseRequest, context: CommandContext): Promise<RaiseProblem> {
    const { countyId, month, deadline } = request;
    const today = this.clock.today();
    const county = await requireUnit(this.organization, countyId, 'countyId');
    const listFacts = { county, owner: await this.owner(request.ownerChiefId) };
    // A problem is known by the id of the event that raised it: the same for a resend.
    const raise = { type: 'RaiseProblem' as const, problemId: eventIdFor(context.idempotencyKey), countyId, month, today, deadline };
    switch (request.kind) {
      case 'CANDIDATE': {
        const candidates = await this.candidates.candidates(countyId, month, request.faceToFaceTarget, today);
        return { ...raise, kind: 'CANDIDATE', candidateKey: request.candidateKey, facts: { ...listFacts, candidates } };
      }
      case 'MANUAL': {
        const evidence = await this.gatherEvidence(request.evidence, today);
        const evidenceCountyId = evidence && (await countyOfUnit(this.organization, evidence.unitId));
        return {
          ...raise,
          kind: 'MANUAL',
          title: request.title,
          description: request.description,
          facts: { ...listFacts, evidence, evidenceCountyId },
        };
      }
      case 'VISIT_POINT': {
        const visit = await this.visits.byId(request.visitId);
        if (!visit) throw doesNotExist('visit', request.visitId, 'visitId');
        const evidence = await this.gatherEvidence(request.evidence, today);
        return {
          ...raise,
          kind: 'VISIT_POINT',
          pointNumber: request.pointNumber,
          title: request.title,
          facts: { ...listFacts, visit, evidence },
        };
      }
    }
  }

  private async owner(chiefId: string): Promise<OwnerFacts> {
    const chief = await requireChief(this.organization, chiefId, 'ownerChiefId');
    return { ...chief, countyId: await countyOfUnit(this.organization, chief.unitId) };
  }

  private gatherEvidence(request: EvidenceRequest | null, today: Day) {
    return request ? this.evidence.gather(request, 'evidence', today) : Promise.resolve(null);
  }
}
