import { Command } from '@nestjs/cqrs';
import { CommandContext } from '../../../recording/command-context';
import { RecordResult } from '../../../recording/record-result.type';

export class WithdrawAppealCommand extends Command<RecordResult> {
  constructor(
    readonly request: { appealId: string; chiefId: string; reason: string | null },
    readonly context: CommandContext,
  ) {
    super();
  }
}
