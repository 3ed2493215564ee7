import { Decider, DomainRuleError, occurredAtOf } from '../../common/decider';
import { CaseEvent, FraudType } from '../events/loss.events';

export type CaseCommand =
  | { type: 'FileCase'; caseId: string; fraudType: FraudType; lossFen: number }
  | { type: 'AmendLoss'; caseId: string; lossFen: number; reason: string }
  | { type: 'RevokeCase'; caseId: string; reason: string };

export interface CaseState {
  filed: { at: string; lossFen: number } | null;
  revoked: boolean;
}

export const caseDecider: Decider<CaseState, CaseCommand, CaseEvent> = {
  initialState: () => ({ filed: null, revoked: false }),

  decide(command, state) {
    const { caseId } = command;
    if (command.type === 'FileCase') {
      if (state.filed) throw new DomainRuleError(`case ${caseId} was already filed`, 'caseId');
      return [{ type: 'CaseFiled', data: { caseId, fraudType: command.fraudType, lossFen: command.lossFen } }];
    }
    if (!state.filed) throw new DomainRuleError(`case ${caseId} has not been filed`, 'caseId');
    if (state.revoked) throw new DomainRuleError(`case ${caseId} was revoked; it cannot be changed`, 'caseId');
    const { at: caseFiledAt, lossFen: currentLoss } = state.filed;
    if (command.type === 'AmendLoss') {
      if (command.lossFen === currentLoss) throw new DomainRuleError(`the loss of case ${caseId} is already ${command.lossFen} fen`, 'loss');
      return [{
        type: 'CaseLossAmended',
        data: { caseId, lossFen: command.lossFen, previousLossFen: currentLoss, caseFiledAt, reason: command.reason },
      }];
    }
    return [{ type: 'CaseRevoked', data: { caseId, reason: command.reason, lossFen: currentLoss, caseFiledAt } }];
  },

  evolve(state, event) {
    switch (event.type) {
      case 'CaseFiled':
        return { ...state, filed: { at: occurredAtOf(event), lossFen: event.data.lossFen } };
      case 'CaseLossAmended':
        return { ...state, filed: state.filed && { ...state.filed, lossFen: event.data.lossFen } };
      case 'CaseRevoked':
        return { ...state, revoked: true };
    }
  },
};
