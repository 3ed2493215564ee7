import { storedEvent } from '../../../event-store/stored-event.spec-helpers';
import { emptyCounts } from '../../../scoring/domain/indicators';
import { Evidence } from '../../evidence/domain/evidence';
import { Suggestion } from '../domain/suggestion';
import { SUGGESTION_DECISIONS, suggestionDecisionsProjection as projection } from './suggestion-decisions.projection';

const suggestion: Suggestion = {
  key: 'CASES_UP_YEAR_ON_YEAR:st-c:2026-05',
  rule: 'CASES_UP_YEAR_ON_YEAR',
  action: 'LETTER',
  unitId: 'st-c',
  unitName: '均溪派出所',
  period: { kind: 'MONTH', day: '2026-05-22' },
  reason: '发案上升',
};
const evidence: Evidence = {
  unitId: 'st-c',
  unitName: '均溪派出所',
  role: 'STATION_CHIEF',
  period: { kind: 'MONTH', from: '2026-05-01', to: '2026-05-22', label: '2026年5月' },
  rank: 3,
  rankedOf: 3,
  score: -6,
  indicators: emptyCounts(),
  lastYear: emptyCounts(),
  bulletin: null,
};
const decided = { suggestion, evidence, asOf: '2026-05-22' };
const stored = (type: string, data: unknown) =>
  storedEvent(type, data, {
    position: 77n,
    metadata: { recordedAt: '2026-05-22T03:00:00.000Z', actor: { subject: 'leader-zheng', role: 'BUREAU_LEADER' } },
  });
const common = {
  key: suggestion.key,
  ...decided,
  decidedAt: '2026-05-22T03:00:00.000Z',
  decidedBy: { subject: 'leader-zheng', role: 'BUREAU_LEADER' },
  eventId: 'evt-77',
  position: 77,
};

describe('suggestion decisions projection', () => {
  it('inserts an acceptance with the action created', () => {
    expect(projection.project(stored('SuggestionAccepted', { ...decided, actionId: 'TSH-1', note: '已起草' }))).toEqual([
      {
        op: 'insert',
        table: SUGGESTION_DECISIONS,
        row: { ...common, decision: 'ACCEPTED', actionId: 'TSH-1', note: '已起草', reason: null },
      },
    ]);
  });

  it('inserts a dismissal with its reason', () => {
    expect(projection.project(stored('SuggestionDismissed', { ...decided, reason: '已立专案' }))).toEqual([
      {
        op: 'insert',
        table: SUGGESTION_DECISIONS,
        row: { ...common, decision: 'DISMISSED', actionId: null, note: null, reason: '已立专案' },
      },
    ]);
  });

  it('maps only decisions', () => {
    expect(projection.eventTypes).toEqual(['SuggestionAccepted', 'SuggestionDismissed']);
    expect(projection.project(stored('LetterIssued', {}))).toEqual([]);
  });
});
