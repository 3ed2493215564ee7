import { at, given } from '../../common/decider.spec-helpers';
import {
  WarningContactMade,
  WarningDissuaded,
  WarningEvent,
  WarningInstructionReceived,
  VictimisedAfterWarning,
  ProtectiveMeasureApplied,
} from '../events/warning-instruction.events';
import { warningInstructionDecider as decider } from './warning-instruction.decider';

const ID = 'YJ-20260417-0001';
const RECEIVED_AT = '2026-04-17T01:00:00.000Z'; // 09:00 in Shanghai
const DEADLINE = '2026-04-17T03:00:00.000Z'; // two hours later

const received = at<WarningInstructionReceived>(RECEIVED_AT, {
  type: 'WarningInstructionReceived',
  data: { instructionId: ID, kind: 'FUND', deadline: DEADLINE },
});
const contacted = at<WarningContactMade>('2026-04-17T02:00:00.000Z', {
  type: 'WarningContactMade',
  data: { instructionId: ID, method: 'PHONE', withinDeadline: true, firstContact: true, warningReceivedAt: RECEIVED_AT },
});
const dissuaded = at<WarningDissuaded>('2026-04-17T02:30:00.000Z', {
  type: 'WarningDissuaded',
  data: { instructionId: ID, warningReceivedAt: RECEIVED_AT },
});
const victimised = at<VictimisedAfterWarning>('2026-04-18T02:30:00.000Z', {
  type: 'VictimisedAfterWarning',
  data: { instructionId: ID, caseId: 'AJ-1', warningReceivedAt: RECEIVED_AT },
});
const paymentRestricted = at<ProtectiveMeasureApplied>('2026-04-17T02:10:00.000Z', {
  type: 'ProtectiveMeasureApplied',
  data: { instructionId: ID, measure: 'RESTRICT_PAYMENT', warningReceivedAt: RECEIVED_AT },
});

const contact = (contactedAt: string, method: 'FACE_TO_FACE' | 'PHONE' = 'FACE_TO_FACE') =>
  ({ type: 'RecordContact', instructionId: ID, method, contactedAt }) as const;

describe('warning instruction decider', () => {
  describe('ReceiveWarning', () => {
    it('records a new instruction with its kind and deadline', () => {
      given(decider, [])
        .when({ type: 'ReceiveWarning', instructionId: ID, kind: 'CALL', receivedAt: RECEIVED_AT, deadline: DEADLINE })
        .then([{ type: 'WarningInstructionReceived', data: { instructionId: ID, kind: 'CALL', deadline: DEADLINE } }]);
    });

    it('compares instants, not strings, for the deadline', () => {
      given(decider, [])
        .when({ type: 'ReceiveWarning', instructionId: ID, kind: 'FUND', receivedAt: '2026-04-17T09:00:00+08:00', deadline: '2026-04-17T01:00:01Z' })
        .then([{ type: 'WarningInstructionReceived', data: { instructionId: ID, kind: 'FUND', deadline: '2026-04-17T01:00:01Z' } }]);
    });

    it('refuses a second receipt of the same instruction (a resend must not count twice)', () => {
      given(decider, [received])
        .when({ type: 'ReceiveWarning', instructionId: ID, kind: 'FUND', receivedAt: RECEIVED_AT, deadline: DEADLINE })
        .thenThrows({ message: `warning instruction ${ID} was already received`, field: 'instructionId' });
    });

    it('refuses a deadline equal to the receipt time', () => {
      given(decider, [])
        .when({ type: 'ReceiveWarning', instructionId: ID, kind: 'FUND', receivedAt: RECEIVED_AT, deadline: RECEIVED_AT })
        .thenThrows({ message: 'the deadline must be after the time the instruction was received', field: 'deadline' });
    });

    it('refuses a deadline before the receipt time', () => {
      given(decider, [])
        .when({ type: 'ReceiveWarning', instructionId: ID, kind: 'FUND', receivedAt: RECEIVED_AT, deadline: '2026-04-17T00:59:59Z' })
        .thenThrows({ field: 'deadline' });
    });
  });

  describe('follow-ups of an instruction that was never received', () => {
    it.each([
      ['RecordContact', contact('2026-04-17T02:00:00Z')],
      ['RecordDissuasion', { type: 'RecordDissuasion', instructionId: ID, dissuadedAt: '2026-04-17T02:00:00Z' } as const],
      ['RecordVictimisation', { type: 'RecordVictimisation', instructionId: ID, caseId: null, victimisedAt: '2026-04-17T02:00:00Z' } as const],
      ['ApplyProtectiveMeasure', { type: 'ApplyProtectiveMeasure', instructionId: ID, measure: 'RESTRICT_CALLS', appliedAt: '2026-04-17T02:00:00Z' } as const],
    ])('refuses %s', (_name, command) => {
      given(decider, []).when(command).thenThrows({ message: `warning instruction ${ID} has not been received`, field: 'instructionId' });
    });
  });

  describe('RecordContact', () => {
    it('records a first face-to-face contact within the deadline, carrying the receipt time', () => {
      given(decider, [received])
        .when(contact('2026-04-17T02:00:00Z'))
        .then([{
          type: 'WarningContactMade',
          data: { instructionId: ID, method: 'FACE_TO_FACE', withinDeadline: true, firstContact: true, warningReceivedAt: RECEIVED_AT },
        }]);
    });

    it('counts a contact exactly at the deadline as within it', () => {
      given(decider, [received]).when(contact(DEADLINE)).then([{
        type: 'WarningContactMade',
        data: { instructionId: ID, method: 'FACE_TO_FACE', withinDeadline: true, firstContact: true, warningReceivedAt: RECEIVED_AT },
      }]);
    });

    it('marks a contact one millisecond after the deadline as missed', () => {
      given(decider, [received])
        .when(contact('2026-04-17T03:00:00.001Z', 'PHONE'))
        .then([{
          type: 'WarningContactMade',
          data: { instructionId: ID, method: 'PHONE', withinDeadline: false, firstContact: true, warningReceivedAt: RECEIVED_AT },
        }]);
    });

    it('compares the deadline as an instant across offsets', () => {
      // 11:00+08:00 is 03:00Z, exactly the deadline
      given(decider, [received])
        .when(contact('2026-04-17T11:00:00+08:00'))
        .then([{
          type: 'WarningContactMade',
          data: { instructionId: ID, method: 'FACE_TO_FACE', withinDeadline: true, firstContact: true, warningReceivedAt: RECEIVED_AT },
        }]);
    });

    it('records a contact on the next business day, still anchored to the receipt time', () => {
      given(decider, [received])
        .when(contact('2026-04-18T01:00:00Z'))
        .then([{
          type: 'WarningContactMade',
          data: { instructionId: ID, method: 'FACE_TO_FACE', withinDeadline: false, firstContact: true, warningReceivedAt: RECEIVED_AT },
        }]);
    });

    it('records later contacts as not first', () => {
      given(decider, [received, contacted])
        .when(contact('2026-04-17T02:40:00Z'))
        .then([{
          type: 'WarningContactMade',
          data: { instructionId: ID, method: 'FACE_TO_FACE', withinDeadline: true, firstContact: false, warningReceivedAt: RECEIVED_AT },
        }]);
    });

    it('accepts a contact at the very receipt time', () => {
      given(decider, [received]).when(contact(RECEIVED_AT)).then([{
        type: 'WarningContactMade',
        data: { instructionId: ID, method: 'FACE_TO_FACE', withinDeadline: true, firstContact: true, warningReceivedAt: RECEIVED_AT },
      }]);
    });

    it('refuses a contact before the instruction was received', () => {
      given(decider, [received])
        .when(contact('2026-04-17T00:59:59.999Z'))
        .thenThrows({ message: `the contact cannot happen before the instruction was received (${RECEIVED_AT})`, field: 'occurredAt' });
    });
  });

  describe('RecordDissuasion', () => {
    const dissuade = (dissuadedAt = '2026-04-17T02:30:00Z') => ({ type: 'RecordDissuasion', instructionId: ID, dissuadedAt }) as const;

    it('records a dissuasion anchored to the receipt time', () => {
      given(decider, [received, contacted])
        .when(dissuade())
        .then([{ type: 'WarningDissuaded', data: { instructionId: ID, warningReceivedAt: RECEIVED_AT } }]);
    });

    it('refuses a dissuasion before the instruction was received', () => {
      given(decider, [received])
        .when(dissuade('2026-04-17T00:00:00Z'))
        .thenThrows({ message: 'the dissuasion cannot happen before the instruction was received', field: 'occurredAt' });
    });

    it('refuses a second dissuasion', () => {
      given(decider, [received, dissuaded])
        .when(dissuade())
        .thenThrows({ message: `warning ${ID} is already recorded as dissuaded`, field: 'instructionId' });
    });

    it('refuses a dissuasion after a victimisation', () => {
      given(decider, [received, victimised])
        .when(dissuade('2026-04-19T00:00:00Z'))
        .thenThrows({ message: `warning ${ID} is recorded as victimised; it cannot be dissuaded afterwards`, field: 'instructionId' });
    });
  });

  describe('RecordVictimisation', () => {
    const victimise = (caseId: string | null, victimisedAt = '2026-04-18T02:30:00Z') =>
      ({ type: 'RecordVictimisation', instructionId: ID, caseId, victimisedAt }) as const;

    it('records a victimisation with its case', () => {
      given(decider, [received])
        .when(victimise('AJ-7'))
        .then([{ type: 'VictimisedAfterWarning', data: { instructionId: ID, caseId: 'AJ-7', warningReceivedAt: RECEIVED_AT } }]);
    });

    it('records a victimisation without a case yet', () => {
      given(decider, [received])
        .when(victimise(null))
        .then([{ type: 'VictimisedAfterWarning', data: { instructionId: ID, caseId: null, warningReceivedAt: RECEIVED_AT } }]);
    });

    it('accepts a victimisation after a dissuasion (the person may be defrauded later)', () => {
      given(decider, [received, dissuaded])
        .when(victimise('AJ-8'))
        .then([{ type: 'VictimisedAfterWarning', data: { instructionId: ID, caseId: 'AJ-8', warningReceivedAt: RECEIVED_AT } }]);
    });

    it('refuses a victimisation before the instruction was received', () => {
      given(decider, [received])
        .when(victimise(null, '2026-04-16T23:00:00Z'))
        .thenThrows({ message: 'the victimisation cannot happen before the instruction was received', field: 'occurredAt' });
    });

    it('refuses a second victimisation', () => {
      given(decider, [received, victimised])
        .when(victimise('AJ-9'))
        .thenThrows({ message: `warning ${ID} is already recorded as victimised`, field: 'instructionId' });
    });
  });

  describe('ApplyProtectiveMeasure', () => {
    const apply = (measure: 'RESTRICT_PAYMENT' | 'RESTRICT_CALLS', appliedAt = '2026-04-17T02:10:00Z') =>
      ({ type: 'ApplyProtectiveMeasure', instructionId: ID, measure, appliedAt }) as const;

    it('records a measure anchored to the receipt time', () => {
      given(decider, [received])
        .when(apply('RESTRICT_PAYMENT'))
        .then([{ type: 'ProtectiveMeasureApplied', data: { instructionId: ID, measure: 'RESTRICT_PAYMENT', warningReceivedAt: RECEIVED_AT } }]);
    });

    it('records a different measure after a first one', () => {
      given(decider, [received, paymentRestricted])
        .when(apply('RESTRICT_CALLS'))
        .then([{ type: 'ProtectiveMeasureApplied', data: { instructionId: ID, measure: 'RESTRICT_CALLS', warningReceivedAt: RECEIVED_AT } }]);
    });

    it('refuses the same measure twice', () => {
      given(decider, [received, paymentRestricted])
        .when(apply('RESTRICT_PAYMENT'))
        .thenThrows({ message: `RESTRICT_PAYMENT was already applied for warning ${ID}`, field: 'measure' });
    });

    it('refuses a measure before the instruction was received', () => {
      given(decider, [received])
        .when(apply('RESTRICT_CALLS', '2026-04-17T00:30:00Z'))
        .thenThrows({ message: 'the protective measure cannot happen before the instruction was received', field: 'occurredAt' });
    });
  });

  describe('evolve', () => {
    it('folds a whole history into the state', () => {
      const history: WarningEvent[] = [received, contacted, paymentRestricted, dissuaded, victimised];
      expect(given(decider, history).state).toEqual({
        received: { at: RECEIVED_AT, deadline: DEADLINE },
        contacted: true,
        dissuaded: true,
        victimised: true,
        measures: ['RESTRICT_PAYMENT'],
      });
    });

    it('takes the receipt time from the stored metadata', () => {
      expect(() => decider.evolve(decider.initialState(), { type: 'WarningInstructionReceived', data: received.data })).toThrow(
        'has no metadata.occurredAt',
      );
    });

    it('starts empty', () => {
      expect(decider.initialState()).toEqual({ received: null, contacted: false, dissuaded: false, victimised: false, measures: [] });
    });
  });
});
