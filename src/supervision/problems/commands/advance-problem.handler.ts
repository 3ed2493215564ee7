import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { FactRecorder } from '../../../recording/fact-recorder';
import { problemListDecider } from '../domain/problem-list.decider';
import { problemListStream } from '../events/problem.events';
import { AdvanceProblemCommand } from './advance-problem.command';

@CommandHandler(AdvanceProblemCommand)
export class AdvanceProblemHandler implements ICommandHandler<AdvanceProblemCommand> {
  constructor(private readonly recorder: FactRecorder) {}

  execute({ step, list, context }: AdvanceProblemCommand) {
    return this.recorder.record(problemListStream(list.countyId, list.month), problemListDecider, step, context, { request: step });
  }
}
