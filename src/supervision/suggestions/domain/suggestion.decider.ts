import { bilingual } from '../../../common/bilingual';
import { Day } from '../../../common/business-day';
import { Decider, DomainRuleError } from '../../../common/decider';
import { Evidence } from '../../evidence/domain/evidence';
import { SuggestionEvent } from '../events/suggestion.events';
import { SUGGESTION_STATUS_LABELS, Suggestion, SuggestionDecision } from './suggestion';

export type Decision = { kind: 'ACCEPT'; actionId: string | null; note: string | null } | { kind: 'DISMISS'; reason: string };

/** The suggestion as the figures make it again now, with its evidence: what the decision freezes. */
export interface SuggestionFacts {
  suggestion: Suggestion;
  evidence: Evidence;
}

export interface DecideSuggestion {
  type: 'DecideSuggestion';
  key: string;
  /** The day the suggestion was listed for. */
  asOf: Day;
  decision: Decision;
  facts: SuggestionFacts;
}

/** One stream per suggestion key: decided once, then never suggested again. */
export const suggestionDecider: Decider<{ decision: SuggestionDecision | null }, DecideSuggestion, SuggestionEvent> = {
  initialState: () => ({ decision: null }),

  decide({ asOf, decision, facts: { suggestion, evidence } }, state) {
    if (state.decision) {
      throw new DomainRuleError(
        bilingual(
          `督导建议 ${suggestion.key} 已决定（${SUGGESTION_STATUS_LABELS[state.decision]}），不再重复提出`,
          `suggestion ${suggestion.key} was already decided (${SUGGESTION_STATUS_LABELS[state.decision]}); it is not suggested again`,
        ),
        'key',
      );
    }
    if (decision.kind === 'ACCEPT') {
      return [{ type: 'SuggestionAccepted', data: { suggestion, evidence, asOf, actionId: decision.actionId, note: decision.note } }];
    }
    if (!decision.reason.trim()) {
      throw new DomainRuleError(bilingual('不予采纳须写明理由', 'a dismissal says why the suggestion is not taken up'), 'reason');
    }
    return [{ type: 'SuggestionDismissed', data: { suggestion, evidence, asOf, reason: decision.reason } }];
  },

  evolve: (_state, event) => ({ decision: event.type === 'SuggestionAccepted' ? 'ACCEPTED' : 'DISMISSED' }),
};
