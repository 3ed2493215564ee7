import { Command } from '@nestjs/cqrs';
import { CommandContext } from '../../../recording/command-context';
import { RecordResult } from '../../../recording/record-result.type';
import { AlertCommand } from '../domain/alert.decider';
import { CaseCommand } from '../domain/case.decider';

export class RecordCaseCommand extends Command<RecordResult> {
  constructor(
    readonly command: CaseCommand,
    readonly context: CommandContext,
  ) {
    super();
  }
}

export class RecordAlertCommand extends Command<RecordResult> {
  constructor(
    readonly command: AlertCommand,
    readonly context: CommandContext,
  ) {
    super();
  }
}
