import { Decider, DomainEvent, DomainRuleError } from './decider';
import { at, given } from './decider.spec-helpers';
import { bilingual } from './bilingual';

/** A toy counter: Add n (refused when n ≤ 0 or the total would pass 10), remembering when it last changed. */
type Added = DomainEvent<'Added', { n: number }>;
type Command = { type: 'Add'; n: number } | { type: 'Crash' } | { type: 'RefuseInEnglish' };
interface State {
  total: number;
  lastAt: string | null;
}

const counter: Decider<State, Command, Added> = {
  initialState: () => ({ total: 0, lastAt: null }),
  decide(command, state) {
    if (command.type === 'Crash') throw new TypeError('not a rule');
    if (command.type === 'RefuseInEnglish') throw new DomainRuleError('n must be positive', 'n');
    if (command.n <= 0) throw new DomainRuleError(bilingual('加数须为正数', 'n must be positive'), 'n');
    if (state.total + command.n > 10) {
      throw new DomainRuleError(bilingual(`合计将为 ${state.total + command.n}`, `the total would be ${state.total + command.n}`));
    }
    return [{ type: 'Added', data: { n: command.n } }];
  },
  evolve: (state, event) => ({ total: state.total + event.data.n, lastAt: event.metadata?.occurredAt ?? state.lastAt }),
};

describe('given/when/then helper', () => {
  it('folds the given events, metadata included, from the initial state', () => {
    const g = given(counter, [at<Added>('2026-04-17T01:00:00Z', { type: 'Added', data: { n: 3 } }), { type: 'Added', data: { n: 4 } }]);
    expect(g.state).toEqual({ total: 7, lastAt: '2026-04-17T01:00:00Z' });
  });

  it('then passes on the exact decided events and returns them', () => {
    const events = given(counter, [])
      .when({ type: 'Add', n: 2 })
      .then([{ type: 'Added', data: { n: 2 } }]);
    expect(events).toEqual([{ type: 'Added', data: { n: 2 } }]);
  });

  it('then fails when the decided events differ', () => {
    expect(() =>
      given(counter, [])
        .when({ type: 'Add', n: 2 })
        .then([{ type: 'Added', data: { n: 3 } }]),
    ).toThrow();
    expect(() => given(counter, []).when({ type: 'Add', n: 2 }).then([])).toThrow();
  });

  it('then fails when the decider refuses', () => {
    expect(() => given(counter, []).when({ type: 'Add', n: 0 }).then([])).toThrow('n must be positive');
  });

  it('thenThrows accepts a message part, a RegExp, a field, or both, and returns the error', () => {
    const g = given(counter, [{ type: 'Added', data: { n: 9 } }]);
    expect(g.when({ type: 'Add', n: 0 }).thenThrows('must be positive').field).toBe('n');
    g.when({ type: 'Add', n: 0 }).thenThrows(/^加数须为正数 \/ n must/);
    g.when({ type: 'Add', n: 0 }).thenThrows({ field: 'n' });
    g.when({ type: 'Add', n: 0 }).thenThrows({ message: 'positive', field: 'n' });
    expect(g.when({ type: 'Add', n: 2 }).thenThrows('would be 11').field).toBeUndefined();
  });

  it('thenThrows fails when the command is accepted', () => {
    expect(() => given(counter, []).when({ type: 'Add', n: 1 }).thenThrows('anything')).toThrow(/expected the command to be refused/);
  });

  it('thenThrows fails on a wrong message part, a wrong field or a missing field', () => {
    const when = given(counter, []).when({ type: 'Add', n: 0 });
    expect(() => when.thenThrows('too large')).toThrow();
    expect(() => when.thenThrows({ field: 'total' })).toThrow();
    expect(() =>
      given(counter, [{ type: 'Added', data: { n: 9 } }])
        .when({ type: 'Add', n: 2 })
        .thenThrows({ field: 'n' }),
    ).toThrow();
    expect(() => when.thenThrows({})).toThrow('needs a message part or a field');
  });

  it('thenThrows fails on a refusal that is not in Chinese first, then English', () => {
    const when = given(counter, []).when({ type: 'RefuseInEnglish' });
    expect(() => when.thenThrows({ message: 'n must be positive', field: 'n' })).toThrow();
    expect(() => when.thenThrows({ field: 'n' })).toThrow();
  });

  it('thenThrows fails when the error is not a DomainRuleError', () => {
    expect(() => given(counter, []).when({ type: 'Crash' }).thenThrows('not a rule')).toThrow();
  });
});
