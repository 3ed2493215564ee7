import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { FactRecorder } from '../../../recording/fact-recorder';
import { appealDecider } from '../domain/appeal.decider';
import { appealStream } from '../events/appeal.events';
import { AppealGatherer } from './appeal.gatherer';
import { FileAppealCommand } from './file-appeal.command';

@CommandHandler(FileAppealCommand)
export class FileAppealHandler implements ICommandHandler<FileAppealCommand> {
  constructor(
    private readonly recorder: FactRecorder,
    private readonly gatherer: AppealGatherer,
  ) {}

  async execute({ request, context }: FileAppealCommand) {
    const command = await this.gatherer.filing(request, context);
    return this.recorder.record(appealStream(command.appealId), appealDecider, command, context, { request });
  }
}
