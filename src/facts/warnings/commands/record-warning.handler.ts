import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { FactRecorder } from '../../../recording/fact-recorder';
import { warningInstructionDecider } from '../domain/warning-instruction.decider';
import { warningStream } from '../events/warning-instruction.events';
import { RecordWarningCommand } from './record-warning.command';

@CommandHandler(RecordWarningCommand)
export class RecordWarningHandler implements ICommandHandler<RecordWarningCommand> {
  constructor(private readonly recorder: FactRecorder) {}

  execute({ command, context }: RecordWarningCommand) {
    return this.recorder.record(warningStream(command.instructionId), warningInstructionDecider, command, context, {
      recordedBy: 'STATION',
    });
  }
}
