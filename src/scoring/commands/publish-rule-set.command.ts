import { Command } from '@nestjs/cqrs';
import { CommandContext } from '../../recording/command-context';
import { RecordResult } from '../../recording/record-result.type';
import { PublishRuleSet } from '../domain/rule-set.decider';

export class PublishRuleSetCommand extends Command<RecordResult> {
  constructor(
    readonly command: PublishRuleSet,
    readonly context: CommandContext,
  ) {
    super();
  }
}
