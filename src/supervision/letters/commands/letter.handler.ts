import { countyOf } from '../../../organization/domain/county-of';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Day } from '../../../common/business-day';
import { Clock } from '../../../common/clock';
import { NotFoundError } from '../../../common/graphql/api-errors';
import { OrganizationReader } from '../../../organization/queries/organization.reader';
import { FactRecorder } from '../../../recording/fact-recorder';
import { EvidenceRequest, EvidenceService } from '../../evidence/queries/evidence.service';
import { LetterCommandData, letterDecider } from '../domain/letter.decider';
import { letterStream } from '../events/letter.events';
import { LetterIssuer } from './letter-issuer';
import { LetterCommand } from './letter.command';

@CommandHandler(LetterCommand)
export class LetterHandler implements ICommandHandler<LetterCommand> {
  constructor(
    private readonly recorder: FactRecorder,
    private readonly organization: OrganizationReader,
    private readonly evidence: EvidenceService,
    private readonly issuer: LetterIssuer,
    private readonly clock: Clock,
  ) {}

  async execute({ request, context }: LetterCommand) {
    const today = this.clock.today();
    const record = (command: LetterCommandData) => this.recorder.record(letterStream(request.letterId), letterDecider, command, context);
    switch (request.type) {
      case 'DraftLetter': {
        const unit = await this.organization.unit(request.unitId);
        if (!unit) throw new NotFoundError(`unit "${request.unitId}" does not exist`, 'unitId');
        const countyId = countyOf(unit) ?? unit.unitId;
        const addressee = { unitId: unit.unitId, name: unit.name, level: unit.level, countyId };
        return record({ type: 'DraftLetter', letterId: request.letterId, addressee, content: request.content, today, ...(await this.cite(request.evidence, today)) });
      }
      case 'ReviseLetterDraft': {
        const evidence = request.evidence ? await this.cite(request.evidence, today) : {};
        return record({ type: 'ReviseLetterDraft', letterId: request.letterId, changes: request.changes, today, ...evidence });
      }
      case 'IssueLetter':
        return this.issuer.issue(request.letterId, context, today);
      case 'AnswerLetter':
      case 'ReturnLetterAnswer':
        return record({ ...request, today });
      default:
        return record(request);
    }
  }

  /** The figures, gathered now, and the county of their unit when it is a station. */
  private async cite(request: EvidenceRequest, today: Day) {
    const evidence = await this.evidence.gather(request, 'evidence', today);
    const unit = await this.organization.unit(evidence.unitId);
    return { evidence, evidenceCountyId: unit?.level === 'STATION' ? unit.parentId : null };
  }
}
