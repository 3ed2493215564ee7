import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { doesNotExist } from '../../../common/graphql/api-errors';
import { FactRecorder } from '../../../recording/fact-recorder';
import { UnitDirectory } from '../../../recording/unit-directory';
import { warningInstructionDecider } from '../domain/warning-instruction.decider';
import { warningStream } from '../events/warning-instruction.events';
import { RecordWarningCommand } from './record-warning.command';

@CommandHandler(RecordWarningCommand)
export class RecordWarningHandler implements ICommandHandler<RecordWarningCommand> {
  constructor(
    private readonly recorder: FactRecorder,
    private readonly units: UnitDirectory,
  ) {}

  async execute({ command, context }: RecordWarningCommand) {
    // The decider knows no organisation: a forwarding names a unit that must exist.
    if (command.type === 'ForwardWarning' && command.toUnitId && !(await this.units.levelOf(command.toUnitId)))
      throw doesNotExist('unit', command.toUnitId, 'toUnitId');
    return this.recorder.record(warningStream(command.instructionId), warningInstructionDecider, command, context, {
      recordedBy: 'STATION',
    });
  }
}
