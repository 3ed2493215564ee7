import { Day } from '../../../common/business-day';
import { Decider, DomainRuleError } from '../../../common/decider';
import { Evidence } from '../../evidence/domain/evidence';
import { SuggestionEvent } from '../events/suggestion.events';
import { SUGGESTION_STATUS_LABELS, Suggestion, SuggestionDecision } from './suggestion';

/** The handler finds the open suggestion and gathers its evidence; deciding stays pure. */
interface Decide {
  suggestion: Suggestion;
  evidence: Evidence;
  asOf: Day;
}

export type SuggestionCommand =
  | (Decide & { type: 'AcceptSuggestion'; actionId: string | null; note: string | null })
  | (Decide & { type: 'DismissSuggestion'; reason: string });

/** One stream per suggestion key: decided once, then never suggested again. */
export const suggestionDecider: Decider<{ decision: SuggestionDecision | null }, SuggestionCommand, SuggestionEvent> = {
  initialState: () => ({ decision: null }),

  decide(command, { decision }) {
    const { suggestion, evidence, asOf } = command;
    if (decision) {
      throw new DomainRuleError(`suggestion ${suggestion.key} was already decided (${SUGGESTION_STATUS_LABELS[decision]}); it is not suggested again`, 'key');
    }
    if (command.type === 'AcceptSuggestion') {
      return [{ type: 'SuggestionAccepted', data: { suggestion, evidence, asOf, actionId: command.actionId, note: command.note } }];
    }
    if (!command.reason.trim()) throw new DomainRuleError('a dismissal says why the suggestion is not taken up', 'reason');
    return [{ type: 'SuggestionDismissed', data: { suggestion, evidence, asOf, reason: command.reason } }];
  },

  evolve: (_state, event) => ({ decision: event.type === 'SuggestionAccepted' ? 'ACCEPTED' : 'DISMISSED' }),
};
