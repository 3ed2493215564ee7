import { Command } from '@nestjs/cqrs';
import { CommandContext } from '../../../recording/command-context';
import { RecordResult } from '../../../recording/record-result.type';
import { StrikeCommand } from '../domain/strike.decider';

export class RecordStrikeCommand extends Command<RecordResult> {
  constructor(
    readonly command: StrikeCommand,
    readonly context: CommandContext,
  ) {
    super();
  }
}
