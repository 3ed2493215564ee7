import { toEvidenceType } from '../../evidence/graphql/evidence.mapper';
import {
  SUGGESTED_ACTION_LABELS,
  SUGGESTION_RULE_LABELS,
  SUGGESTION_STATUS_LABELS,
  Suggestion,
  SuggestionStatus,
} from '../domain/suggestion';
import { DecisionRow } from '../projections/suggestion-decisions.projection';
import { OpenSuggestion, SuggestionList } from '../queries/suggestions.service';
import { SuggestionDecisionType, SuggestionType, SuggestionsType } from './suggestion.types';

function toSuggestionType(
  s: Suggestion,
  evidence: OpenSuggestion['evidence'],
  status: SuggestionStatus,
  decision: SuggestionDecisionType | null,
): SuggestionType {
  return {
    key: s.key,
    rule: s.rule,
    ruleLabel: SUGGESTION_RULE_LABELS[s.rule],
    action: s.action,
    actionLabel: SUGGESTED_ACTION_LABELS[s.action],
    unitId: s.unitId,
    unitName: s.unitName,
    reason: s.reason,
    evidence: toEvidenceType(evidence),
    status,
    statusLabel: SUGGESTION_STATUS_LABELS[status],
    decision,
  };
}

const toDecided = ({ suggestion, evidence, decision, asOf, actionId, note, reason, decidedAt, decidedBy, eventId }: DecisionRow) =>
  toSuggestionType(suggestion, evidence, decision, { asOf, actionId, note, reason, decidedAt, decidedBy, eventId });

export const toSuggestionsType = ({ asOf, open, decided }: SuggestionList): SuggestionsType => ({
  asOf,
  open: open.map(({ evidence, ...s }) => toSuggestionType(s, evidence, 'OPEN', null)),
  decided: decided.map(toDecided),
});
