import { Day } from '../../common/business-day';
import { DemoUser, SupervisionClient } from './supervision-client';

export interface DemoSuggestion {
  key: string;
  rule: string;
  action: 'LETTER' | 'INTERVIEW' | 'LISTING';
  unitId: string;
  reason: string;
  evidence: { period: { kind: string; from: Day } };
}

const FIELDS = 'key rule action unitId reason evidence { period { kind from } }';
const SUGGESTIONS = `query($asOf: Day) { suggestions(asOf: $asOf) { open { ${FIELDS} } decided { ${FIELDS} decision { asOf } } } }`;

/** What the figures suggested as of a day, whether decided since or not (a run after a partial one sees the same), by key. */
export async function suggestedOn(client: SupervisionClient, asOf: Day): Promise<DemoSuggestion[]> {
  type Decided = DemoSuggestion & { decision: { asOf: Day } };
  const { suggestions } = await client.query<{ suggestions: { open: DemoSuggestion[]; decided: Decided[] } }>(SUGGESTIONS, { asOf });
  const decided = suggestions.decided.filter((d) => d.decision.asOf === asOf).map(({ decision: _decision, ...s }) => s);
  return [...suggestions.open, ...decided].sort((a, b) => a.key.localeCompare(b.key));
}

/** 采纳 (naming the letter or interview it led to) or 不予采纳 (with the reason), by a leader, as of the day it was listed for. */
export function decideSuggestion(
  client: SupervisionClient,
  suggestion: DemoSuggestion,
  asOf: Day,
  decision: { actionId: string; note: string } | { reason: string },
  leader: DemoUser,
) {
  const [mutation, inputType] =
    'reason' in decision ? ['dismissSuggestion', 'DismissSuggestionInput'] : ['acceptSuggestion', 'AcceptSuggestionInput'];
  return client.record(mutation, inputType, `${mutation}:${suggestion.key}`, { key: suggestion.key, asOf, ...decision }, leader);
}
