import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { FactRecorder } from '../../../recording/fact-recorder';
import { strikeDecider } from '../domain/strike.decider';
import { strikeStream } from '../events/strike.events';
import { RecordStrikeCommand } from './record-strike.command';

@CommandHandler(RecordStrikeCommand)
export class RecordStrikeHandler implements ICommandHandler<RecordStrikeCommand> {
  constructor(private readonly recorder: FactRecorder) {}

  execute({ command, context }: RecordStrikeCommand) {
    return this.recorder.record(strikeStream(command.operationId), strikeDecider, command, context, { recordedBy: 'STATION' });
  }
}
