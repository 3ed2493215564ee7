import { Decider, DomainRuleError } from '../../common/decider';
import { AlertEvent, FraudType } from '../events/loss.events';

export type AlertCommand = { type: 'ReceiveAlert'; alertId: string; fraudType: FraudType };

export const alertDecider: Decider<{ received: boolean }, AlertCommand, AlertEvent> = {
  initialState: () => ({ received: false }),
  decide(command, state) {
    if (state.received) throw new DomainRuleError(`alert ${command.alertId} was already received`, 'alertId');
    return [{ type: 'FraudAlertReceived', data: { alertId: command.alertId, fraudType: command.fraudType } }];
  },
  evolve: () => ({ received: true }),
};
