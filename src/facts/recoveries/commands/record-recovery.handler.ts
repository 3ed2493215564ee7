import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { FactRecorder } from '../../../recording/fact-recorder';
import { operationIdOf, recoveryDecider } from '../domain/recovery.decider';
import { recoveryStream } from '../events/recovery.events';
import { RecordRecoveryCommand } from './record-recovery.command';

@CommandHandler(RecordRecoveryCommand)
export class RecordRecoveryHandler implements ICommandHandler<RecordRecoveryCommand> {
  constructor(private readonly recorder: FactRecorder) {}

  execute({ command, context }: RecordRecoveryCommand) {
    return this.recorder.record(recoveryStream(operationIdOf(command)), recoveryDecider, command, context, { recordedBy: 'STATION' });
  }
}
