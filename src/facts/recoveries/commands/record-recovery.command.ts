import { Command } from '@nestjs/cqrs';
import { CommandContext } from '../../../recording/command-context';
import { RecordResult } from '../../../recording/record-result.type';
import { RecoveryCommand } from '../domain/recovery.decider';

export class RecordRecoveryCommand extends Command<RecordResult> {
  constructor(
    readonly command: RecoveryCommand,
    readonly context: CommandContext,
  ) {
    super();
  }
}
