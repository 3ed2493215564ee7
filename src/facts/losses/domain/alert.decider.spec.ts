import { given } from '../../../common/decider.spec-helpers';
import { FraudAlertReceived, FraudAlertRevoked } from '../events/loss.events';
import { alertDecider as decider } from './alert.decider';
import { recorded } from '../../domain/recorded-fact.spec-helpers';

const RECEIVED_AT = '2026-04-16T16:30:00.000Z'; // 00:30 on 17 April in Shanghai
const received = recorded<FraudAlertReceived>('evt-jq-1', 'st-a', RECEIVED_AT, {
  type: 'FraudAlertReceived',
  data: { alertId: 'JQ-1', fraudType: 'FAKE_CUSTOMER_SERVICE' },
});
const revokedData = {
  alertId: 'JQ-1',
  eventId: 'evt-jq-1',
  areaId: 'st-a',
  alertReceivedAt: RECEIVED_AT,
  reason: '非涉诈警情',
  fraudType: 'FAKE_CUSTOMER_SERVICE' as const,
};
const revoked = recorded<FraudAlertRevoked>('evt-jq-1-r', 'st-a', '2026-04-20T02:00:00Z', { type: 'FraudAlertRevoked', data: revokedData });
const revoke = (unitId = 'st-a') => ({ type: 'RevokeAlert', alertId: 'JQ-1', unitId, reason: '非涉诈警情' }) as const;

describe('alert decider', () => {
  it('receives a new alert with its fraud type', () => {
    given(decider, [])
      .when({ type: 'ReceiveAlert', alertId: 'JQ-1', fraudType: 'LOAN' })
      .then([{ type: 'FraudAlertReceived', data: { alertId: 'JQ-1', fraudType: 'LOAN' } }]);
  });

  it('keeps whether the alert is criminal (刑事警情) when the source says, and a revocation carries it on', () => {
    given(decider, [])
      .when({ type: 'ReceiveAlert', alertId: 'JQ-2', fraudType: 'LOAN', criminal: false })
      .then([{ type: 'FraudAlertReceived', data: { alertId: 'JQ-2', fraudType: 'LOAN', criminal: false } }]);
    const notCriminal = recorded<FraudAlertReceived>('evt-jq-1', 'st-a', RECEIVED_AT, {
      type: 'FraudAlertReceived',
      data: { alertId: 'JQ-1', fraudType: 'FAKE_CUSTOMER_SERVICE', criminal: false },
    });
    given(decider, [notCriminal])
      .when(revoke())
      .then([{ type: 'FraudAlertRevoked', data: { ...revokedData, criminal: false } }]);
  });

  it('refuses the same alert twice (a resend must not count twice)', () => {
    given(decider, [received])
      .when({ type: 'ReceiveAlert', alertId: 'JQ-1', fraudType: 'FAKE_CUSTOMER_SERVICE' })
      .thenThrows({ message: 'alert JQ-1 was already received', field: 'alertId' });
  });

  it('refuses to receive a revoked alert again', () => {
    given(decider, [received, revoked])
      .when({ type: 'ReceiveAlert', alertId: 'JQ-1', fraudType: 'LOAN' })
      .thenThrows({ message: 'was already received', field: 'alertId' });
  });

  describe('RevokeAlert', () => {
    it('names the revoked event and carries its area and receipt time, so it is taken back where it counted', () => {
      given(decider, [received])
        .when(revoke())
        .then([{ type: 'FraudAlertRevoked', data: revokedData }]);
    });

    it('refuses to revoke an alert that was never received', () => {
      given(decider, []).when(revoke()).thenThrows({ message: 'alert JQ-1 has not been received', field: 'alertId' });
    });

    it('refuses to revoke an alert twice', () => {
      given(decider, [received, revoked]).when(revoke()).thenThrows({ message: 'alert JQ-1 was already revoked', field: 'alertId' });
    });

    it('refuses a revocation recorded for another defense area', () => {
      given(decider, [received])
        .when(revoke('st-b'))
        .thenThrows({ message: 'event evt-jq-1 was recorded for st-a; only that unit records what follows it, not st-b', field: 'unitId' });
    });
  });

  it('remembers where, when and of which fraud type the alert was received, and whether it was revoked', () => {
    expect(decider.initialState()).toEqual({ received: null, revoked: false });
    const fact = { eventId: 'evt-jq-1', areaId: 'st-a', occurredAt: RECEIVED_AT, fraudType: 'FAKE_CUSTOMER_SERVICE' };
    expect(given(decider, [received]).state).toEqual({ received: fact, revoked: false });
    expect(given(decider, [received, revoked]).state).toEqual({ received: fact, revoked: true });
  });

  it('needs the id and unit of a stored alert', () => {
    expect(() => decider.evolve(decider.initialState(), { type: 'FraudAlertReceived', data: received.data })).toThrow(
      'has no id or metadata.unitId',
    );
  });
});
