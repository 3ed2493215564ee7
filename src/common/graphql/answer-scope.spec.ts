import { AnswerScope } from './answer-scope';

const april = (from: string, to: string) => ({ from: `2026-04-${from}`, to: `2026-04-${to}` });

describe('AnswerScope', () => {
  it('combines the root fields that declared: the tables of either, wholly where one reads them wholly, the days of any', () => {
    const scope = new AnswerScope();
    scope.declare('a', { dayKeyed: new Set(['daily', 'losses']), ranges: [april('01', '10')], wholly: new Set(['units']) });
    scope.declare('b', { dayKeyed: new Set(['daily']), ranges: [april('11', '20')], wholly: new Set(['losses', 'rules']) });
    const both = scope.dependenciesOf(['a', 'b'])!;
    expect([...both.dayKeyed]).toEqual(['daily']);
    expect([...both.wholly].sort()).toEqual(['losses', 'rules', 'units']);
    expect(both.ranges).toEqual([april('01', '10'), april('11', '20')]);
  });

  it('rests on anything when one root field declared nothing', () => {
    const scope = new AnswerScope();
    scope.declare('a', { dayKeyed: new Set(['daily']), ranges: [april('01', '10')], wholly: new Set() });
    expect(scope.dependenciesOf(['a', 'ruleSets'])).toBeNull();
  });
});
