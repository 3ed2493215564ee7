import { Command } from '@nestjs/cqrs';
import { CommandContext } from '../../../recording/command-context';
import { RecordResult } from '../../../recording/record-result.type';
import { OutflowCommand } from '../domain/outflow.decider';

export class RecordOutflowCommand extends Command<RecordResult> {
  constructor(
    readonly command: OutflowCommand,
    readonly context: CommandContext,
  ) {
    super();
  }
}
