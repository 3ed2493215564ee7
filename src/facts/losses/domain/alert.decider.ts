import { bilingual } from '../../../common/bilingual';
import { Decider, DomainRuleError } from '../../../common/decider';
import { AlertEvent, FraudType } from '../events/loss.events';
import { RecordedFact, checkSameArea, recordedFactOf } from '../../domain/recorded-fact';

export type AlertCommand =
  | { type: 'ReceiveAlert'; alertId: string; fraudType: FraudType; criminal?: boolean }
  | { type: 'RevokeAlert'; alertId: string; unitId: string; reason: string };

export interface AlertState {
  received: (RecordedFact & { fraudType: FraudType; criminal?: boolean }) | null;
  revoked: boolean;
}

export const alertDecider: Decider<AlertState, AlertCommand, AlertEvent> = {
  initialState: () => ({ received: null, revoked: false }),

  decide(command, state) {
    const { alertId } = command;
    if (command.type === 'ReceiveAlert') {
      if (state.received)
        throw new DomainRuleError(bilingual(`警情 ${alertId} 已接报过`, `alert ${alertId} was already received`), 'alertId');
      const flagged = command.criminal === undefined ? {} : { criminal: command.criminal };
      return [{ type: 'FraudAlertReceived', data: { alertId, fraudType: command.fraudType, ...flagged } }];
    }
    if (!state.received)
      throw new DomainRuleError(bilingual(`警情 ${alertId} 尚未接报`, `alert ${alertId} has not been received`), 'alertId');
    if (state.revoked) throw new DomainRuleError(bilingual(`警情 ${alertId} 已撤销`, `alert ${alertId} was already revoked`), 'alertId');
    const { eventId, areaId, occurredAt, fraudType, criminal } = state.received;
    checkSameArea(state.received, command.unitId);
    return [
      {
        type: 'FraudAlertRevoked',
        data: {
          alertId,
          eventId,
          areaId,
          alertReceivedAt: occurredAt,
          reason: command.reason,
          fraudType,
          ...(criminal === undefined ? {} : { criminal }),
        },
      },
    ];
  },

  evolve(state, event) {
    return event.type === 'FraudAlertReceived'
      ? { ...state, received: { ...recordedFactOf(event), fraudType: event.data.fraudType, criminal: event.data.criminal } }
      : { ...state, revoked: true };
  },
};
