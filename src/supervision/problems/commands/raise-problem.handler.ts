import { countyOf } from '../../../organization/domain/county-of';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Day } from '../../../common/business-day';
import { Clock } from '../../../common/clock';
import { DomainRuleError } from '../../../common/decider';
import { NotFoundError } from '../../../common/graphql/api-errors';
import { eventIdFor } from '../../../common/ids';
import { OrganizationReader } from '../../../organization/queries/organization.reader';
import { FactRecorder } from '../../../recording/fact-recorder';
import { EvidenceRequest, EvidenceService } from '../../evidence/queries/evidence.service';
import { inOffice } from '../../visits/domain/linked-counties';
import { VisitsReader } from '../../visits/queries/visits.reader';
import { OwnerFacts, RaiseSource, problemListDecider } from '../domain/problem-list.decider';
import { problemListStream } from '../events/problem.events';
import { ProblemCandidatesService } from '../queries/problem-candidates.service';
import { RaiseProblemCommand, RaiseRequest } from './raise-problem.command';

@CommandHandler(RaiseProblemCommand)
export class RaiseProblemHandler implements ICommandHandler<RaiseProblemCommand> {
  constructor(
    private readonly recorder: FactRecorder,
    private readonly organization: OrganizationReader,
    private readonly candidates: ProblemCandidatesService,
    private readonly evidence: EvidenceService,
    private readonly visits: VisitsReader,
    private readonly clock: Clock,
  ) {}

  async execute({ request, context }: RaiseProblemCommand) {
    const { countyId, month, deadline } = request;
    const today = this.clock.today();
    await this.candidates.county(countyId);
    const command = {
      type: 'RaiseProblem' as const,
      // A problem is known by the id of the event that raised it: the same for a resend.
      problemId: eventIdFor(context.idempotencyKey),
      countyId, month, today, deadline,
      owner: await this.owner(request.ownerChiefId, today),
      source: await this.source(request, today),
    };
    return this.recorder.record(problemListStream(countyId, month), problemListDecider, command, context);
  }

  private async owner(chiefId: string, today: Day): Promise<OwnerFacts> {
    const chief = await this.organization.chief(chiefId);
    if (!chief) throw new NotFoundError(`chief "${chiefId}" does not exist`, 'ownerChiefId');
    const { name, role, unitId } = chief;
    return { chiefId, name, role, unitId, countyId: await this.countyOf(unitId), inOffice: inOffice(chief, today) };
  }

  private async source(request: RaiseRequest, today: Day): Promise<RaiseSource> {
    switch (request.kind) {
      case 'CANDIDATE': {
        const { countyId, month, candidateKey } = request;
        const candidate = (await this.candidates.candidates(countyId, month, request.faceToFaceTarget, today)).find((c) => c.key === candidateKey);
        if (!candidate) {
          throw new DomainRuleError(`"${candidateKey}" is not among the current candidates of county ${countyId} for ${month}`, 'candidateKey');
        }
        const { evidence, ...found } = candidate;
        return { kind: 'CANDIDATE', candidate: found, evidence };
      }
      case 'MANUAL': {
        const evidence = await this.gather(request.evidence, today);
        return { kind: 'MANUAL', title: request.title, description: request.description, evidence, evidenceCountyId: evidence && await this.countyOf(evidence.unitId) };
      }
      case 'VISIT_POINT': {
        const visit = await this.visits.byId(request.visitId);
        if (!visit) throw new NotFoundError(`visit "${request.visitId}" does not exist`, 'visitId');
        const evidence = await this.gather(request.evidence, today);
        return { kind: 'VISIT_POINT', visit, pointNumber: request.pointNumber, title: request.title, evidence };
      }
    }
  }

  private gather(request: EvidenceRequest | null, today: Day) {
    return request ? this.evidence.gather(request, 'evidence', today) : Promise.resolve(null);
  }

  private async countyOf(unitId: string): Promise<string | null> {
    const unit = await this.organization.unit(unitId);
    return unit ? countyOf(unit) : null;
  }
}
