import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '../../../common/clock';
import { FactRecorder } from '../../../recording/fact-recorder';
import { letterDecider } from '../domain/letter.decider';
import { letterStream } from '../events/letter.events';
import { LetterGatherer } from './letter.gatherer';
import { LetterIssuer } from './letter-issuer';
import { LetterCommand } from './letter.command';

@CommandHandler(LetterCommand)
export class LetterHandler implements ICommandHandler<LetterCommand> {
  constructor(
    private readonly recorder: FactRecorder,
    private readonly gatherer: LetterGatherer,
    private readonly issuer: LetterIssuer,
    private readonly clock: Clock,
  ) {}

  async execute({ request, context }: LetterCommand) {
    const today = this.clock.today();
    if (request.type === 'IssueLetter') return this.issuer.issue(request.letterId, context, today);
    const command = await this.gatherer.gather(request, today);
    return this.recorder.record(letterStream(request.letterId), letterDecider, command, context, { request });
  }
}
