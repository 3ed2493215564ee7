import { Command } from '@nestjs/cqrs';
import { Day } from '../../common/business-day';
import { CommandContext } from '../../common/command-context';
import { RecordResult } from '../../common/graphql/record-result.type';

export class PublishBulletinCommand extends Command<RecordResult> {
  constructor(readonly day: Day, readonly context: CommandContext) {
    super();
  }
}
