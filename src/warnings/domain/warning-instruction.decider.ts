import { Decider, DomainRuleError, occurredAtOf } from '../../common/decider';
import {
  ContactMethod,
  ProtectiveMeasure,
  WarningEvent,
  WarningKind,
} from '../events/warning-instruction.events';

export type WarningCommand =
  | { type: 'ReceiveWarning'; instructionId: string; kind: WarningKind; receivedAt: string; deadline: string }
  | { type: 'RecordContact'; instructionId: string; method: ContactMethod; contactedAt: string }
  | { type: 'RecordDissuasion'; instructionId: string; dissuadedAt: string }
  | { type: 'RecordVictimisation'; instructionId: string; caseId: string | null; victimisedAt: string }
  | { type: 'ApplyProtectiveMeasure'; instructionId: string; measure: ProtectiveMeasure; appliedAt: string };

export interface WarningState {
  received: { at: string; deadline: string } | null;
  contacted: boolean;
  dissuaded: boolean;
  victimised: boolean;
  measures: ProtectiveMeasure[];
}

export const warningInstructionDecider: Decider<WarningState, WarningCommand, WarningEvent> = {
  initialState: () => ({ received: null, contacted: false, dissuaded: false, victimised: false, measures: [] }),

  decide(command, state) {
    if (command.type === 'ReceiveWarning') {
      if (state.received) throw new DomainRuleError(`warning instruction ${command.instructionId} was already received`, 'instructionId');
      if (Date.parse(command.deadline) <= Date.parse(command.receivedAt)) {
        throw new DomainRuleError('the deadline must be after the time the instruction was received', 'deadline');
      }
      return [{ type: 'WarningInstructionReceived', data: { instructionId: command.instructionId, kind: command.kind, deadline: command.deadline } }];
    }
    const received = requireReceived(state, command.instructionId);
    const warningReceivedAt = received.at;
    const instructionId = command.instructionId;
    switch (command.type) {
      case 'RecordContact':
        notBefore(command.contactedAt, received.at, 'contact');
        return [{
          type: 'WarningContactMade',
          data: {
            instructionId,
            method: command.method,
            withinDeadline: Date.parse(command.contactedAt) <= Date.parse(received.deadline),
            firstContact: !state.contacted,
            warningReceivedAt,
          },
        }];
      case 'RecordDissuasion':
        notBefore(command.dissuadedAt, received.at, 'dissuasion');
        if (state.dissuaded) throw new DomainRuleError(`warning ${instructionId} is already recorded as dissuaded`, 'instructionId');
        if (state.victimised) throw new DomainRuleError(`warning ${instructionId} is recorded as victimised; it cannot be dissuaded afterwards`, 'instructionId');
        return [{ type: 'WarningDissuaded', data: { instructionId, warningReceivedAt } }];
      case 'RecordVictimisation':
        notBefore(command.victimisedAt, received.at, 'victimisation');
        if (state.victimised) throw new DomainRuleError(`warning ${instructionId} is already recorded as victimised`, 'instructionId');
        return [{ type: 'VictimisedAfterWarning', data: { instructionId, caseId: command.caseId, warningReceivedAt } }];
      case 'ApplyProtectiveMeasure':
        notBefore(command.appliedAt, received.at, 'protective measure');
        if (state.measures.includes(command.measure)) {
          throw new DomainRuleError(`${command.measure} was already applied for warning ${instructionId}`, 'measure');
        }
        return [{ type: 'ProtectiveMeasureApplied', data: { instructionId, measure: command.measure, warningReceivedAt } }];
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'WarningInstructionReceived':
        return { ...state, received: { at: occurredAtOf(event), deadline: event.data.deadline } };
      case 'WarningContactMade':
        return { ...state, contacted: true };
      case 'WarningDissuaded':
        return { ...state, dissuaded: true };
      case 'VictimisedAfterWarning':
        return { ...state, victimised: true };
      case 'ProtectiveMeasureApplied':
        return { ...state, measures: [...state.measures, event.data.measure] };
    }
  },
};

function requireReceived(state: WarningState, instructionId: string) {
  if (!state.received) throw new DomainRuleError(`warning instruction ${instructionId} has not been received`, 'instructionId');
  return state.received;
}

function notBefore(at: string, receivedAt: string, what: string) {
  if (Date.parse(at) < Date.parse(receivedAt)) {
    throw new DomainRuleError(`the ${what} cannot happen before the instruction was received (${receivedAt})`, 'occurredAt');
  }
}
