import { given } from '../../common/decider.spec-helpers';
import { RecoveryEvent } from '../events/recovery.events';
import { recoveryDecider as decider } from './recovery.decider';

const facts: Array<[string, RecoveryEvent]> = [
  ['PaymentStopped', { type: 'PaymentStopped', data: { operationId: 'ZF-1', accounts: 3, amountFen: 5_000_000_000 } }],
  ['FundsFrozen', { type: 'FundsFrozen', data: { operationId: 'DJ-1', accounts: 2, amountFen: 123_456 } }],
  ['FundsReturned', { type: 'FundsReturned', data: { operationId: 'FZ-1', amountFen: 1 } }],
  ['LossAverted', { type: 'LossAverted', data: { operationId: 'QZ-1', amountFen: 20_000_000, instructionId: 'YJ-1' } }],
  ['LossAverted without a warning', { type: 'LossAverted', data: { operationId: 'QZ-2', amountFen: 20_000_000, instructionId: null } }],
];

describe('recovery decider', () => {
  it.each(facts)('records %s as it happened', (_name, fact) => {
    given(decider, []).when(fact).then([{ type: fact.type, data: fact.data } as RecoveryEvent]);
  });

  it('does not copy command metadata into the decided event (the handler adds it)', () => {
    const withMetadata = { ...facts[0][1], metadata: { occurredAt: '2026-04-17T00:00:00Z' } };
    given(decider, []).when(withMetadata).then([facts[0][1]]);
  });

  it('has no lifecycle: earlier facts never refuse a later one', () => {
    const history = facts.map(([, f]) => ({ ...f, metadata: { occurredAt: '2026-04-17T00:00:00Z' } }));
    const g = given(decider, history);
    expect(g.state).toBeNull();
    g.when(facts[0][1]).then([facts[0][1]]);
  });
});
