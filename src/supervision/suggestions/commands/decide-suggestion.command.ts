import { Command } from '@nestjs/cqrs';
import { CommandContext } from '../../../recording/command-context';
import { RecordResult } from '../../../recording/record-result.type';
import { DecideSuggestion } from '../domain/suggestion.decider';

export type DecideSuggestionRequest = Omit<DecideSuggestion, 'type' | 'facts'>;

export class DecideSuggestionCommand extends Command<RecordResult> {
  constructor(
    readonly request: DecideSuggestionRequest,
    readonly context: CommandContext,
  ) {
    super();
  }
}
