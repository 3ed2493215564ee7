import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { NotFoundError } from '../../../common/graphql/api-errors';
import { FactRecorder } from '../../../recording/fact-recorder';
import { SuggestionCommand, suggestionDecider } from '../domain/suggestion.decider';
import { suggestionStream } from '../events/suggestion.events';
import { SuggestionsService } from '../queries/suggestions.service';
import { DecideSuggestionCommand } from './decide-suggestion.command';

@CommandHandler(DecideSuggestionCommand)
export class DecideSuggestionHandler implements ICommandHandler<DecideSuggestionCommand> {
  constructor(
    private readonly suggestions: SuggestionsService,
    private readonly recorder: FactRecorder,
  ) {}

  /** The suggestion is computed again from the figures, and frozen with its evidence into the decision. */
  async execute({ request: { key, asOf, decision }, context }: DecideSuggestionCommand) {
    const found = await this.suggestions.find(key, asOf);
    if (!found) throw new NotFoundError(`the figures as of ${asOf} suggest nothing with the key "${key}"`, 'key');
    const { evidence, ...suggestion } = found;
    const command: SuggestionCommand = decision.kind === 'ACCEPT'
      ? { type: 'AcceptSuggestion', suggestion, evidence, asOf, actionId: decision.actionId, note: decision.note }
      : { type: 'DismissSuggestion', suggestion, evidence, asOf, reason: decision.reason };
    return this.recorder.record(suggestionStream(key), suggestionDecider, command, context);
  }
}
