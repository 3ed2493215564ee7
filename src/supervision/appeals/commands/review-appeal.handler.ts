import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { FactRecorder } from '../../../recording/fact-recorder';
import { appealDecider } from '../domain/appeal.decider';
import { appealStream } from '../events/appeal.events';
import { AppealGatherer } from './appeal.gatherer';
import { ReviewAppealCommand } from './review-appeal.command';

@CommandHandler(ReviewAppealCommand)
export class ReviewAppealHandler implements ICommandHandler<ReviewAppealCommand> {
  constructor(
    private readonly recorder: FactRecorder,
    private readonly gatherer: AppealGatherer,
  ) {}

  async execute({ request, context }: ReviewAppealCommand) {
    const command = await this.gatherer.review(request);
    return this.recorder.record(appealStream(request.appealId), appealDecider, command, context, { request });
  }
}
