import { Command } from '@nestjs/cqrs';
import { Day } from '../../common/business-day';
import { CommandContext } from '../../recording/command-context';
import { RecordResult } from '../../recording/record-result.type';

export class PublishBulletinCommand extends Command<RecordResult> {
  constructor(
    readonly day: Day,
    readonly context: CommandContext,
  ) {
    super();
  }
}
