import { Decider, DomainRuleError } from '../../common/decider';
import { Charge, Measure, StrikeEvent } from '../events/strike.events';

export type StrikeCommand =
  | { type: 'SolveCase'; operationId: string; caseId: string }
  | { type: 'ApprehendSuspects'; operationId: string; charge: Charge; measure: Measure; count: number };

export interface StrikeState {
  solvedCaseIds: string[];
}

export const strikeDecider: Decider<StrikeState, StrikeCommand, StrikeEvent> = {
  initialState: () => ({ solvedCaseIds: [] }),

  decide(command, state) {
    const { operationId } = command;
    if (command.type === 'SolveCase') {
      if (state.solvedCaseIds.includes(command.caseId)) {
        throw new DomainRuleError(`case ${command.caseId} is already recorded as solved in operation ${operationId}`, 'caseId');
      }
      return [{ type: 'CaseSolved', data: { operationId, caseId: command.caseId } }];
    }
    return [{
      type: 'SuspectsApprehended',
      data: { operationId, charge: command.charge, measure: command.measure, count: command.count },
    }];
  },

  evolve(state, event) {
    return event.type === 'CaseSolved' ? { solvedCaseIds: [...state.solvedCaseIds, event.data.caseId] } : state;
  },
};
