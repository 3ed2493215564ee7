import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { FactRecorder } from '../../../recording/fact-recorder';
import { interviewDecider } from '../domain/interview.decider';
import { interviewStream } from '../events/interview.events';
import { InterviewGatherer } from './interview.gatherer';
import { RecordInterviewCommand } from './record-interview.command';

@CommandHandler(RecordInterviewCommand)
export class RecordInterviewHandler implements ICommandHandler<RecordInterviewCommand> {
  constructor(
    private readonly recorder: FactRecorder,
    private readonly gatherer: InterviewGatherer,
  ) {}

  async execute({ request, context }: RecordInterviewCommand) {
    const command = await this.gatherer.gather(request);
    return this.recorder.record(interviewStream(request.interviewId), interviewDecider, command, context, { request });
  }
}
