import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { dekadOf } from '../../../common/business-day';
import { FactRecorder } from '../../../recording/fact-recorder';
import { visitDecider } from '../domain/visit.decider';
import { visitStream } from '../events/visit.events';
import { RecordVisitCommand } from './record-visit.command';
import { VisitGatherer } from './visit.gatherer';

@CommandHandler(RecordVisitCommand)
export class RecordVisitHandler implements ICommandHandler<RecordVisitCommand> {
  constructor(
    private readonly recorder: FactRecorder,
    private readonly gatherer: VisitGatherer,
  ) {}

  async execute({ request, context }: RecordVisitCommand) {
    const command = await this.gatherer.gather(request, context);
    return this.recorder.record(visitStream(request.chiefId, dekadOf(request.day).from), visitDecider, command, context, { request });
  }
}
