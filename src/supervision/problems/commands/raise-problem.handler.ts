import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { FactRecorder } from '../../../recording/fact-recorder';
import { problemListDecider } from '../domain/problem-list.decider';
import { problemListStream } from '../events/problem.events';
import { ProblemGatherer } from './problem.gatherer';
import { RaiseProblemCommand } from './raise-problem.command';

@CommandHandler(RaiseProblemCommand)
export class RaiseProblemHandler implements ICommandHandler<RaiseProblemCommand> {
  constructor(
    private readonly recorder: FactRecorder,
    private readonly gatherer: ProblemGatherer,
  ) {}

  async execute({ request, context }: RaiseProblemCommand) {
    const command = await this.gatherer.gather(request, context);
    return this.recorder.record(problemListStream(request.countyId, request.month), problemListDecider, command, context, { request });
  }
}
