import { Command } from '@nestjs/cqrs';
import { CommandContext } from '../../../common/command-context';
import { RecordResult } from '../../../common/graphql/record-result.type';

export class WithdrawAppealCommand extends Command<RecordResult> {
  constructor(readonly request: { appealId: string; chiefId: string; reason: string | null }, readonly context: CommandContext) {
    super();
  }
}
