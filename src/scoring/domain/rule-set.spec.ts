import { RuleSet, ruleSegments, ruleSetInForce } from './rule-set';

const ruleSet = (versionId: string, effectiveFrom: string, position: number): RuleSet => ({
  versionId,
  position,
  ruleSetId: versionId.split('@')[0],
  name: versionId,
  effectiveFrom,
  aggregation: 'MEAN',
  terms: [],
});

const DEFAULT = ruleSet('default@0', '2000-01-01', 1);
const SPRING = ruleSet('spring@0', '2026-03-01', 10);
const APRIL = ruleSet('april@0', '2026-04-11', 20);
// republished on the same effective day: the later publication (higher position) wins
const APRIL_FIX = ruleSet('april@1', '2026-04-11', 30);
// published later but effective earlier than APRIL: a position never beats a later effectiveFrom
const LATE_MARCH = ruleSet('late-march@0', '2026-03-20', 40);

describe('ruleSetInForce', () => {
  it('is undefined before any rule set is effective, or with none', () => {
    expect(ruleSetInForce([SPRING], '2026-02-28')).toBeUndefined();
    expect(ruleSetInForce([], '2026-04-17')).toBeUndefined();
  });

  it('is the latest effectiveFrom on or before the day', () => {
    const all = [DEFAULT, SPRING, APRIL];
    expect(ruleSetInForce(all, '2026-02-28')).toBe(DEFAULT);
    expect(ruleSetInForce(all, '2026-03-01')).toBe(SPRING); // effective on its first day
    expect(ruleSetInForce(all, '2026-04-10')).toBe(SPRING);
    expect(ruleSetInForce(all, '2026-04-11')).toBe(APRIL);
    expect(ruleSetInForce(all, '2030-01-01')).toBe(APRIL);
  });

  it('does not depend on the order of the list', () => {
    expect(ruleSetInForce([APRIL, DEFAULT, SPRING], '2026-04-01')).toBe(SPRING);
    expect(ruleSetInForce([APRIL_FIX, APRIL], '2026-04-17')).toBe(APRIL_FIX);
    expect(ruleSetInForce([APRIL, APRIL_FIX], '2026-04-17')).toBe(APRIL_FIX);
  });

  it('prefers the later publication of the same effective day', () => {
    expect(ruleSetInForce([DEFAULT, APRIL, APRIL_FIX], '2026-04-11')).toBe(APRIL_FIX);
  });

  it('prefers the later effectiveFrom over the later publication', () => {
    expect(ruleSetInForce([DEFAULT, APRIL, LATE_MARCH], '2026-04-17')).toBe(APRIL);
    expect(ruleSetInForce([DEFAULT, APRIL, LATE_MARCH], '2026-03-25')).toBe(LATE_MARCH);
  });
});

describe('ruleSegments', () => {
  it('is one segment when no rule set starts inside the period', () => {
    expect(ruleSegments([DEFAULT, SPRING], '2026-04-01', '2026-04-30')).toEqual([{ from: '2026-04-01', to: '2026-04-30', rules: SPRING }]);
  });

  it('is one segment without rules before any rule set', () => {
    expect(ruleSegments([SPRING], '2026-01-01', '2026-01-31')).toEqual([{ from: '2026-01-01', to: '2026-01-31', rules: undefined }]);
  });

  it('splits the period where a rule set becomes effective', () => {
    expect(ruleSegments([DEFAULT, SPRING, APRIL], '2026-02-15', '2026-04-20')).toEqual([
      { from: '2026-02-15', to: '2026-02-28', rules: DEFAULT },
      { from: '2026-03-01', to: '2026-04-10', rules: SPRING },
      { from: '2026-04-11', to: '2026-04-20', rules: APRIL },
    ]);
  });

  it('starts with no rules when the first rule set starts inside the period', () => {
    expect(ruleSegments([SPRING], '2026-02-27', '2026-03-02')).toEqual([
      { from: '2026-02-27', to: '2026-02-28', rules: undefined },
      { from: '2026-03-01', to: '2026-03-02', rules: SPRING },
    ]);
  });

  it('makes one segment for a same-day republication, scored with the later publication', () => {
    expect(ruleSegments([DEFAULT, APRIL, APRIL_FIX], '2026-04-01', '2026-04-30')).toEqual([
      { from: '2026-04-01', to: '2026-04-10', rules: DEFAULT },
      { from: '2026-04-11', to: '2026-04-30', rules: APRIL_FIX },
    ]);
  });

  it('does not split on a rule set effective on the first day of the period', () => {
    expect(ruleSegments([DEFAULT, SPRING], '2026-03-01', '2026-03-31')).toEqual([{ from: '2026-03-01', to: '2026-03-31', rules: SPRING }]);
  });

  it('splits on the last day of the period into a one-day segment', () => {
    expect(ruleSegments([DEFAULT, SPRING], '2026-02-01', '2026-03-01')).toEqual([
      { from: '2026-02-01', to: '2026-02-28', rules: DEFAULT },
      { from: '2026-03-01', to: '2026-03-01', rules: SPRING },
    ]);
  });

  it('ignores rule sets effective after the period and sorts starts whatever the list order', () => {
    expect(ruleSegments([APRIL, LATE_MARCH, SPRING, DEFAULT], '2026-03-10', '2026-03-31')).toEqual([
      { from: '2026-03-10', to: '2026-03-19', rules: SPRING },
      { from: '2026-03-20', to: '2026-03-31', rules: LATE_MARCH },
    ]);
  });

  it('covers a one-day period', () => {
    expect(ruleSegments([DEFAULT, APRIL], '2026-04-11', '2026-04-11')).toEqual([{ from: '2026-04-11', to: '2026-04-11', rules: APRIL }]);
  });

  it('handles leap-day boundaries', () => {
    const leap = ruleSet('leap@0', '2024-03-01', 5);
    expect(ruleSegments([DEFAULT, leap], '2024-02-20', '2024-03-05')).toEqual([
      { from: '2024-02-20', to: '2024-02-29', rules: DEFAULT },
      { from: '2024-03-01', to: '2024-03-05', rules: leap },
    ]);
  });
});
