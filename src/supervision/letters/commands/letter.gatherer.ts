import { Injectable } from '@nestjs/common';
import { Day } from '../../../common/business-day';
import { OrganizationReader } from '../../../organization/queries/organization.reader';
import { countyOfUnit, requireUnit } from '../../common/commands/organization-facts';
import { EvidenceRequest, EvidenceService } from '../../evidence/queries/evidence.service';
import { CitedEvidence, LetterCommandData } from '../domain/letter.decider';
import { LetterRequest } from './letter.command';

/** Adds today where a step needs it, and to a draft or a revision the addressee and the figures it cites. */
@Injectable()
export class LetterGatherer {
  constructor(
    private readonly organization: OrganizationReader,
    private readonly evidence: EvidenceService,
  ) {}

  async gather(request: Exclude<LetterRequest, { type: 'IssueLetter' }>, today: Day): Promise<LetterCommandData> {
    switch (request.type) {
      case 'DraftLetter': {
        const { letterId, content } = request;
        const addressee = await requireUnit(this.organization, request.unitId, 'unitId');
        return { type: 'DraftLetter', letterId, content, today, facts: { addressee, cited: await this.cite(request.evidence, today) } };
      }
      case 'ReviseLetterDraft': {
        const { letterId, changes } = request;
        const cited = request.evidence && (await this.cite(request.evidence, today));
        return { type: 'ReviseLetterDraft', letterId, changes, today, facts: { cited } };
      }
      case 'AnswerLetter':
      case 'ReturnLetterAnswer':
        return { ...request, today };
      default:
        return request;
    }
  }

  /** The figures, gathered now, and the county of their unit. */
  private async cite(request: EvidenceRequest, today: Day): Promise<CitedEvidence> {
    const evidence = await this.evidence.gather(request, 'evidence', today);
    return { evidence, evidenceCountyId: await countyOfUnit(this.organization, evidence.unitId) };
  }
}
