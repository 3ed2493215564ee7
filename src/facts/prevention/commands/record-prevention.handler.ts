import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { FactRecorder } from '../../../recording/fact-recorder';
import { preventionDecider } from '../domain/prevention.decider';
import { preventionStream } from '../events/prevention.events';
import { RecordPreventionCommand } from './record-prevention.command';

@CommandHandler(RecordPreventionCommand)
export class RecordPreventionHandler implements ICommandHandler<RecordPreventionCommand> {
  constructor(private readonly recorder: FactRecorder) {}

  execute({ command, context }: RecordPreventionCommand) {
    return this.recorder.record(preventionStream(command.activityId), preventionDecider, command, context, { recordedBy: 'STATION' });
  }
}
