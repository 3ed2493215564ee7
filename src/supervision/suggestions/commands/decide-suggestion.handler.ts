import { bilingual } from '../../../common/bilingual';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { NotFoundError } from '../../../common/graphql/api-errors';
import { FactRecorder } from '../../../recording/fact-recorder';
import { suggestionDecider } from '../domain/suggestion.decider';
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
  async execute({ request, context }: DecideSuggestionCommand) {
    const { key, asOf } = request;
    const found = await this.suggestions.find(key, asOf);
    if (!found) {
      throw new NotFoundError(
        bilingual(`截至 ${asOf} 的数据没有编号为 "${key}" 的督导建议`, `the figures as of ${asOf} suggest nothing with the key "${key}"`),
        'key',
      );
    }
    const { evidence, ...suggestion } = found;
    const command = { type: 'DecideSuggestion' as const, ...request, facts: { suggestion, evidence } };
    return this.recorder.record(suggestionStream(key), suggestionDecider, command, context, { request });
  }
}
