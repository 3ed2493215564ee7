import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '../../../common/clock';
import { InvalidInputError, NotFoundError } from '../../../common/graphql/api-errors';
import { eventIdFor } from '../../../common/ids';
import { EventStore } from '../../../event-store/event-store.port';
import { OrganizationReader } from '../../../organization/queries/organization.reader';
import { FactRecorder } from '../../../recording/fact-recorder';
import { EvidenceService } from '../../evidence/queries/evidence.service';
import { appealDecider } from '../domain/appeal.decider';
import { appealTarget, checkPastDays } from '../domain/appeal-target';
import { AppealTarget, ContestedFact, appealStream } from '../events/appeal.events';
import { CountedFactsService } from '../queries/counted-facts.service';
import { FileAppealCommand } from './file-appeal.command';

@CommandHandler(FileAppealCommand)
export class FileAppealHandler implements ICommandHandler<FileAppealCommand> {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    private readonly organization: OrganizationReader,
    private readonly counted: CountedFactsService,
    private readonly evidence: EvidenceService,
    private readonly recorder: FactRecorder,
    private readonly clock: Clock,
  ) {}

  async execute({ request, context }: FileAppealCommand) {
    const { chiefId, unitId, from, to, eventId, reason, reviewWithinDays } = request;
    const today = this.clock.today();
    const [chief, unit] = await Promise.all([this.organization.chief(chiefId), this.organization.unit(unitId)]);
    if (!chief) throw new NotFoundError(`chief "${chiefId}" does not exist`, 'chiefId');
    if (!unit) throw new NotFoundError(`unit "${unitId}" does not exist`, 'unitId');
    if (!(await this.organization.isWithin(unitId, [chief.unitId]))) {
      throw new InvalidInputError([{ field: 'unitId', problem: `chief ${chiefId} answers for ${chief.unitId}; he may appeal only its figures or those of units below it, not ${unitId}` }]);
    }
    checkPastDays(from, to, today);
    // Read before the figures, so any correction after it is later than what the appeal contests.
    const asOfPosition = (await this.store.headPosition()).toString();
    const scope = appealTarget(unit, from, to, null);
    const target = { ...scope, fact: eventId === null ? null : await this.contestedFact(scope, eventId) };
    const figures = await this.evidence.gather({ unitId, period: { kind: 'RANGE', from, to } }, 'input', today);
    const inOffice = chief.appointedFrom <= today && (chief.removedFrom === null || chief.removedFrom > today);
    const appellant = { chiefId, name: chief.name, role: chief.role, unitId: chief.unitId, inOffice };
    // An appeal is known by the id of the event that filed it: the same for a resend.
    const appealId = eventIdFor(context.idempotencyKey);
    const command = { type: 'FileAppeal' as const, appealId, appellant, target, reason, today, reviewWithinDays, asOfPosition, figures };
    return this.recorder.record(appealStream(appealId), appealDecider, command, context);
  }

  private async contestedFact(scope: AppealTarget, eventId: string): Promise<ContestedFact> {
    const found = (await this.counted.find(scope, [eventId])).get(eventId);
    if (!found) {
      throw new NotFoundError(
        `event "${eventId}" is not a fact counted in the figures of ${scope.unitName} from ${scope.from} to ${scope.to}: `
          + 'no warning, alert, case, strike or recovery event with this id counts there (explainScore lists those that do)',
        'eventId',
      );
    }
    const { event, areaId, day } = found;
    return { eventId, type: event.type, streamId: event.streamId, position: event.position.toString(), areaId, day };
  }
}
