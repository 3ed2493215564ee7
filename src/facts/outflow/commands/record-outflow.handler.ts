import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { FactRecorder } from '../../../recording/fact-recorder';
import { outflowDecider } from '../domain/outflow.decider';
import { outflowStream } from '../events/outflow.events';
import { RecordOutflowCommand } from './record-outflow.command';

@CommandHandler(RecordOutflowCommand)
export class RecordOutflowHandler implements ICommandHandler<RecordOutflowCommand> {
  constructor(private readonly recorder: FactRecorder) {}

  execute({ command, context }: RecordOutflowCommand) {
    return this.recorder.record(outflowStream(command.personId), outflowDecider, command, context, { recordedBy: 'STATION' });
  }
}
