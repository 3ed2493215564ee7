import { Day } from '../../../common/business-day';
import { Actor } from '../../../event-store/event-store.port';
import { Projection } from '../../../read-store/projection';
import { Evidence } from '../../evidence/domain/evidence';
import { Suggestion, SuggestionDecision } from '../domain/suggestion';
import { SuggestionEvent } from '../events/suggestion.events';

export const SUGGESTION_DECISIONS = 'suggestion_decisions';

/** A decided suggestion as read: what was suggested and on what evidence, the decision, when and by whom. */
export interface DecisionRow {
  key: string;
  decision: SuggestionDecision;
  suggestion: Suggestion;
  evidence: Evidence;
  asOf: Day;
  actionId: string | null;
  note: string | null;
  /** Why it was dismissed; null when accepted. */
  reason: string | null;
  decidedAt: string;
  decidedBy: Actor;
  eventId: string;
  position: number;
}

const EVENT_TYPES = ['SuggestionAccepted', 'SuggestionDismissed'];

/** Every decided suggestion, one row per key: the keys not to suggest again. */
export const suggestionDecisionsProjection: Projection = {
  name: 'suggestion-decisions',
  version: 1,
  tables: [
    {
      name: SUGGESTION_DECISIONS,
      columns: {
        key: 'text',
        decision: 'text',
        suggestion: 'json',
        evidence: 'json',
        asOf: 'text',
        actionId: 'text',
        note: 'text',
        reason: 'text',
        decidedAt: 'text',
        decidedBy: 'json',
        eventId: 'text',
        position: 'integer',
      },
      key: ['key'],
      indexes: [['position']],
    },
  ],
  eventTypes: EVENT_TYPES,
  project(stored) {
    if (!EVENT_TYPES.includes(stored.type)) return [];
    const event = stored as unknown as SuggestionEvent;
    const { suggestion, evidence, asOf } = event.data;
    const accepted = event.type === 'SuggestionAccepted';
    const row: DecisionRow = {
      key: suggestion.key,
      decision: accepted ? 'ACCEPTED' : 'DISMISSED',
      suggestion,
      evidence,
      asOf,
      actionId: accepted ? event.data.actionId : null,
      note: accepted ? event.data.note : null,
      reason: accepted ? null : event.data.reason,
      decidedAt: stored.metadata.recordedAt,
      decidedBy: stored.metadata.actor,
      eventId: stored.id,
      position: Number(stored.position),
    };
    return [{ op: 'insert', table: SUGGESTION_DECISIONS, row: row as unknown as Record<string, unknown> }];
  },
};
