import { AnswerScope } from './answer-scope';

const april = (from: string, to: string) => ({ from: `2026-04-${from}`, to: `2026-04-${to}` });

describe('AnswerScope', () => {
  it('combines the root fields that declared: tables selective for all of them, the days of any', () => {
    const scope = new AnswerScope();
    scope.declare('a', { tables: new Set(['daily', 'losses']), ranges: [april('01', '10')] });
    scope.declare('b', { tables: new Set(['daily']), ranges: [april('11', '20')] });
    const both = scope.dependenciesOf(['a', 'b'])!;
    expect([...both.tables]).toEqual(['daily']);
    expect(both.ranges).toEqual([april('01', '10'), april('11', '20')]);
  });

  it('rests on anything when one root field declared nothing', () => {
    const scope = new AnswerScope();
    scope.declare('a', { tables: new Set(['daily']), ranges: [april('01', '10')] });
    expect(scope.dependenciesOf(['a', 'ruleSets'])).toBeNull();
  });
});
