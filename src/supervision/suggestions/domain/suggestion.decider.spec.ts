import { given } from '../../../common/decider.spec-helpers';
import { emptyCounts } from '../../../scoring/domain/indicators';
import { Evidence } from '../../evidence/domain/evidence';
import { SuggestionEvent } from '../events/suggestion.events';
import { Suggestion } from './suggestion';
import { DecideSuggestion, Decision, suggestionDecider as decider } from './suggestion.decider';

const suggestion: Suggestion = {
  key: 'BOTTOM_TWO_DEKADS:st-b:2026-05-11',
  rule: 'BOTTOM_TWO_DEKADS',
  action: 'LETTER',
  unitId: 'st-b',
  unitName: '虬江派出所',
  period: { kind: 'DEKAD', day: '2026-05-11' },
  reason: '虬江派出所在全市防区长排名中连续两旬处于后三位',
};
const evidence: Evidence = {
  unitId: 'st-b',
  unitName: '虬江派出所',
  role: 'STATION_CHIEF',
  period: { kind: 'DEKAD', from: '2026-05-11', to: '2026-05-20', label: '2026年5月中旬' },
  rank: 3,
  rankedOf: 3,
  score: -4,
  indicators: emptyCounts(),
  lastYear: emptyCounts(),
  bulletin: null,
};
const decided = { suggestion, evidence, asOf: '2026-05-22' };
const decide = (decision: Decision, found: Suggestion = suggestion): DecideSuggestion => ({
  type: 'DecideSuggestion',
  key: found.key,
  asOf: '2026-05-22',
  decision,
  facts: { suggestion: found, evidence },
});
const REASON = '该所本旬发案系同一团伙所为, 已专案侦办';
const accept = decide({ kind: 'ACCEPT', actionId: 'letter-7', note: '由基管中心起草提示函' });
const accepted: SuggestionEvent = { type: 'SuggestionAccepted', data: { ...decided, actionId: 'letter-7', note: '由基管中心起草提示函' } };
const dismissed: SuggestionEvent = { type: 'SuggestionDismissed', data: { ...decided, reason: REASON } };

describe('suggestion decider', () => {
  it('accepts with the frozen suggestion and evidence and the action created', () => {
    given(decider, []).when(accept).then([accepted]);
  });

  it('accepts without an action yet', () => {
    given(decider, [])
      .when(decide({ kind: 'ACCEPT', actionId: null, note: null }))
      .then([{ type: 'SuggestionAccepted', data: { ...decided, actionId: null, note: null } }]);
  });

  it('accepts a listing suggested, naming the listing placed, as it accepts a letter', () => {
    const listing: Suggestion = {
      key: 'STILL_BOTTOM_AFTER_INTERVIEW:st-b:YT-1',
      rule: 'STILL_BOTTOM_AFTER_INTERVIEW',
      action: 'LISTING',
      unitId: 'st-b',
      unitName: '虬江派出所',
      period: { kind: 'DEKAD', day: '2026-05-11' },
      reason: '虬江派出所已于2026-04-02收到工作提示函，于2026-05-06被约谈，仍处于后三位',
    };
    given(decider, [])
      .when(decide({ kind: 'ACCEPT', actionId: 'GP-2', note: '挂牌整治虬江防区' }, listing))
      .then([{ type: 'SuggestionAccepted', data: { ...decided, suggestion: listing, actionId: 'GP-2', note: '挂牌整治虬江防区' } }]);
  });

  it('dismisses with the reason', () => {
    given(decider, [])
      .when(decide({ kind: 'DISMISS', reason: REASON }))
      .then([dismissed]);
  });

  it('refuses a dismissal without a reason', () => {
    given(decider, [])
      .when(decide({ kind: 'DISMISS', reason: '  ' }))
      .thenThrows({ message: 'says why', field: 'reason' });
  });

  it.each([
    [accepted, '已采纳'],
    [dismissed, '不予采纳'],
  ])('refuses a second decision after %#', (first, label) => {
    given(decider, [first])
      .when(accept)
      .thenThrows({ message: `was already decided (${label}); it is not suggested again`, field: 'key' });
  });
});
