import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { FactRecorder } from '../../../recording/fact-recorder';
import { alertDecider } from '../domain/alert.decider';
import { caseDecider } from '../domain/case.decider';
import { alertStream, caseStream } from '../events/loss.events';
import { RecordAlertCommand, RecordCaseCommand } from './record-case.command';

@CommandHandler(RecordCaseCommand)
export class RecordCaseHandler implements ICommandHandler<RecordCaseCommand> {
  constructor(private readonly recorder: FactRecorder) {}

  execute({ command, context }: RecordCaseCommand) {
    return this.recorder.record(caseStream(command.caseId), caseDecider, command, context, { recordedBy: 'STATION' });
  }
}

@CommandHandler(RecordAlertCommand)
export class RecordAlertHandler implements ICommandHandler<RecordAlertCommand> {
  constructor(private readonly recorder: FactRecorder) {}

  execute({ command, context }: RecordAlertCommand) {
    return this.recorder.record(alertStream(command.alertId), alertDecider, command, context, { recordedBy: 'STATION' });
  }
}
