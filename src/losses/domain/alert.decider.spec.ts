import { at, given } from '../../common/decider.spec-helpers';
import { FraudAlertReceived } from '../events/loss.events';
import { alertDecider as decider } from './alert.decider';

const received = at<FraudAlertReceived>('2026-04-17T01:00:00Z', {
  type: 'FraudAlertReceived',
  data: { alertId: 'JQ-1', fraudType: 'FAKE_CUSTOMER_SERVICE' },
});

describe('alert decider', () => {
  it('receives a new alert with its fraud type', () => {
    given(decider, [])
      .when({ type: 'ReceiveAlert', alertId: 'JQ-1', fraudType: 'LOAN' })
      .then([{ type: 'FraudAlertReceived', data: { alertId: 'JQ-1', fraudType: 'LOAN' } }]);
  });

  it('refuses the same alert twice (a resend must not count twice)', () => {
    given(decider, [received])
      .when({ type: 'ReceiveAlert', alertId: 'JQ-1', fraudType: 'FAKE_CUSTOMER_SERVICE' })
      .thenThrows({ message: 'alert JQ-1 was already received', field: 'alertId' });
  });

  it('starts not received and is received after the event', () => {
    expect(decider.initialState()).toEqual({ received: false });
    expect(given(decider, [received]).state).toEqual({ received: true });
  });
});
