import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '../../../common/clock';
import { NotFoundError } from '../../../common/graphql/api-errors';
import { FactRecorder } from '../../../recording/fact-recorder';
import { EvidenceService } from '../../evidence/queries/evidence.service';
import { CitedEvent, appealDecider } from '../domain/appeal.decider';
import { AppealTarget, appealStream } from '../events/appeal.events';
import { AppealsReader } from '../queries/appeals.reader';
import { ContestedFigures, CountedFact, CountedFactsService } from '../queries/counted-facts.service';
import { ReviewAppealCommand } from './review-appeal.command';

/** Where a correction of the contested figures counts: the contested fact's day, or the contested unit and days. */
function correctedFigures(target: AppealTarget): ContestedFigures {
  const { fact } = target;
  return fact ? { unitId: fact.areaId, level: 'STATION', from: fact.day, to: fact.day } : target;
}

const cited = ({ event, areaId, day }: CountedFact): CitedEvent => ({
  eventId: event.id, type: event.type, streamId: event.streamId, position: event.position.toString(),
  recordedAt: event.metadata.recordedAt, areaId, day, data: event.data,
});

@CommandHandler(ReviewAppealCommand)
export class ReviewAppealHandler implements ICommandHandler<ReviewAppealCommand> {
  constructor(
    private readonly appeals: AppealsReader,
    private readonly counted: CountedFactsService,
    private readonly evidence: EvidenceService,
    private readonly recorder: FactRecorder,
    private readonly clock: Clock,
  ) {}

  async execute({ request, context }: ReviewAppealCommand) {
    const { appealId, outcome, reasoning, correctingEventIds } = request;
    const appeal = await this.appeals.byId(appealId);
    if (!appeal) throw new NotFoundError(`appeal "${appealId}" does not exist`, 'appealId');
    const found = await this.counted.find(correctedFigures(appeal.target), correctingEventIds);
    const missing = correctingEventIds.filter((id) => !found.has(id));
    if (missing.length > 0) {
      throw new NotFoundError(
        `no event ${missing.map((id) => `"${id}"`).join(', ')} counts in the contested figures; cite the corrections recorded for them`,
        'correctingEventIds',
      );
    }
    const { unitId, from, to } = appeal.target;
    const figures = await this.evidence.gather({ unitId, period: { kind: 'RANGE', from, to } }, 'appealId', this.clock.today());
    const command = { type: 'ReviewAppeal' as const, appealId, outcome, reasoning, cited: correctingEventIds.map((id) => cited(found.get(id)!)), figures };
    return this.recorder.record(appealStream(appealId), appealDecider, command, context);
  }
}
