import { RateTermScore } from '../domain/rate-score';
import { DEFAULT_RULE_SET } from '../domain/default-rule-set';
import { termChanges } from './what-if-terms';

const [alerts, alertsYoY, cases] = DEFAULT_RULE_SET.rateTerms;
const scored = (term: (typeof DEFAULT_RULE_SET.rateTerms)[number], points: number): RateTermScore => ({
  term,
  numerator: 0,
  denominator: 0,
  rate: null,
  shrunk: 0,
  reference: 0,
  change: null,
  points,
  variance: 0,
});

describe('what-if term changes', () => {
  it('lists every term of both rule sets, the most changed first, a term added or removed counting from 0', () => {
    const current = [scored(alerts, 10), scored(alertsYoY, 2.5), scored(cases, 7.5)];
    const draft = [
      scored(alerts, 14),
      scored({ ...cases, weight: 20 }, 10),
      scored({ ...cases, key: 'new', label: '新项', dimension: '打击' }, 1),
    ];
    expect(termChanges(current, draft)).toEqual([
      { key: 'alertsPer10k', label: '每万人警情', dimension: '降警情', currentPoints: 10, draftPoints: 14, change: 4 },
      { key: 'alertsYoY', label: '警情同比', dimension: '降警情', currentPoints: 2.5, draftPoints: null, change: -2.5 },
      { key: 'casesPer10k', label: '每万人发案', dimension: '控发案', currentPoints: 7.5, draftPoints: 10, change: 2.5 },
      { key: 'new', label: '新项', dimension: '打击', currentPoints: null, draftPoints: 1, change: 1 },
    ]);
  });

  it('rounds the change as scores are rounded, and keeps the current order among equal changes', () => {
    const changes = termChanges([scored(alerts, 0.1), scored(cases, 0.2)], [scored(alerts, 0.3), scored(cases, 0.4)]);
    expect(changes.map((c) => [c.key, c.change])).toEqual([
      ['alertsPer10k', 0.2],
      ['casesPer10k', 0.2],
    ]);
  });
});
