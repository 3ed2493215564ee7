import { Command } from '@nestjs/cqrs';
import { CommandContext } from '../../../recording/command-context';
import { RecordResult } from '../../../recording/record-result.type';
import { PreventionCommand } from '../domain/prevention.decider';

export class RecordPreventionCommand extends Command<RecordResult> {
  constructor(
    readonly command: PreventionCommand,
    readonly context: CommandContext,
  ) {
    super();
  }
}
