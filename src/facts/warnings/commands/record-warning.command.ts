import { Command } from '@nestjs/cqrs';
import { CommandContext } from '../../../recording/command-context';
import { RecordResult } from '../../../recording/record-result.type';
import { WarningCommand } from '../domain/warning-instruction.decider';

export class RecordWarningCommand extends Command<RecordResult> {
  constructor(
    readonly command: WarningCommand,
    readonly context: CommandContext,
  ) {
    super();
  }
}
