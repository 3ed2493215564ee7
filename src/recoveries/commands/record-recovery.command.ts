import { Command } from '@nestjs/cqrs';
import { CommandContext } from '../../common/command-context';
import { RecordResult } from '../../common/graphql/record-result.type';
import { RecoveryCommand } from '../domain/recovery.decider';

export class RecordRecoveryCommand extends Command<RecordResult> {
  constructor(readonly command: RecoveryCommand, readonly context: CommandContext) {
    super();
  }
}
