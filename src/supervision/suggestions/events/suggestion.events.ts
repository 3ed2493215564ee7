import { Day } from '../../../common/business-day';
import { DomainEvent } from '../../../common/decider';
import { Evidence } from '../../evidence/domain/evidence';
import { Suggestion } from '../domain/suggestion';

/** A decision on a suggestion, with the suggestion and its evidence frozen as they stood when decided. */
type Decided = {
  suggestion: Suggestion;
  evidence: Evidence;
  /** The day the suggestion was computed for. */
  asOf: Day;
};

/** 采纳: optionally with the id of the letter, interview or listing it led to. */
export type SuggestionAccepted = DomainEvent<'SuggestionAccepted', Decided & { actionId: string | null; note: string | null }>;
/** 不予采纳, with the reason. */
export type SuggestionDismissed = DomainEvent<'SuggestionDismissed', Decided & { reason: string }>;

export type SuggestionEvent = SuggestionAccepted | SuggestionDismissed;

export const suggestionStream = (key: string) => `suggestion-${key}`;
