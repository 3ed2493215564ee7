import { Command } from '@nestjs/cqrs';
import { CommandContext } from '../../recording/command-context';
import { RecordResult } from '../../recording/record-result.type';

/** 全部标为已读: the officer (his token's subject) has read what is addressed to him up to `upTo`. */
export class MarkNotificationsReadCommand extends Command<RecordResult | null> {
  constructor(
    readonly request: { subject: string; upTo: bigint },
    readonly context: CommandContext,
  ) {
    super();
  }
}
