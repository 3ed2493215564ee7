import { given } from '../../../common/decider.spec-helpers';
import { recorded } from '../../domain/recorded-fact.spec-helpers';
import {
  WarningContactMade,
  WarningDissuaded,
  WarningEvent,
  WarningFactRetracted,
  WarningInstructionReceived,
  VictimisedAfterWarning,
  ProtectiveMeasureApplied,
} from '../events/warning-instruction.events';
import { warningInstructionDecider as decider } from './warning-instruction.decider';

const ID = 'YJ-20260417-0001';
const AREA = 'st-a';
const RECEIVED_AT = '2026-04-17T01:00:00.000Z'; // 09:00 in Shanghai
const DEADLINE = '2026-04-17T03:00:00.000Z'; // two hours later

const received = recorded<WarningInstructionReceived>('evt-received', AREA, RECEIVED_AT, {
  type: 'WarningInstructionReceived',
  data: { instructionId: ID, kind: 'FUND', deadline: DEADLINE },
});
const contacted = recorded<WarningContactMade>('evt-contact', AREA, '2026-04-17T02:00:00.000Z', {
  type: 'WarningContactMade',
  data: {
    instructionId: ID,
    method: 'PHONE',
    withinDeadline: true,
    firstContact: true,
    warningReceivedAt: RECEIVED_AT,
    warningKind: 'FUND',
  },
});
const dissuaded = recorded<WarningDissuaded>('evt-dissuaded', AREA, '2026-04-17T02:30:00.000Z', {
  type: 'WarningDissuaded',
  data: { instructionId: ID, warningReceivedAt: RECEIVED_AT, warningKind: 'FUND' },
});
const victimised = recorded<VictimisedAfterWarning>('evt-victimised', AREA, '2026-04-18T02:30:00.000Z', {
  type: 'VictimisedAfterWarning',
  data: { instructionId: ID, caseId: 'AJ-1', warningReceivedAt: RECEIVED_AT, warningKind: 'FUND' },
});
const paymentRestricted = recorded<ProtectiveMeasureApplied>('evt-measure', AREA, '2026-04-17T02:10:00.000Z', {
  type: 'ProtectiveMeasureApplied',
  data: { instructionId: ID, measure: 'RESTRICT_PAYMENT', warningReceivedAt: RECEIVED_AT, warningKind: 'FUND' },
});

const contact = (contactedAt: string, method: 'FACE_TO_FACE' | 'PHONE' = 'FACE_TO_FACE', unitId = AREA) =>
  ({ type: 'RecordContact', instructionId: ID, unitId, method, contactedAt }) as const;
const dissuade = (dissuadedAt = '2026-04-17T02:30:00Z', unitId = AREA) =>
  ({ type: 'RecordDissuasion', instructionId: ID, unitId, dissuadedAt }) as const;
const victimise = (caseId: string | null, victimisedAt = '2026-04-18T02:30:00Z', unitId = AREA) =>
  ({ type: 'RecordVictimisation', instructionId: ID, unitId, caseId, victimisedAt }) as const;
const apply = (measure: 'RESTRICT_PAYMENT' | 'RESTRICT_CALLS', appliedAt = '2026-04-17T02:10:00Z', unitId = AREA) =>
  ({ type: 'ApplyProtectiveMeasure', instructionId: ID, unitId, measure, appliedAt }) as const;

describe('warning instruction decider', () => {
  describe('ReceiveWarning', () => {
    it('records a new instruction with its kind and deadline', () => {
      given(decider, [])
        .when({ type: 'ReceiveWarning', instructionId: ID, kind: 'CALL', receivedAt: RECEIVED_AT, deadline: DEADLINE })
        .then([{ type: 'WarningInstructionReceived', data: { instructionId: ID, kind: 'CALL', deadline: DEADLINE } }]);
    });

    it('compares instants, not strings, for the deadline', () => {
      given(decider, [])
        .when({
          type: 'ReceiveWarning',
          instructionId: ID,
          kind: 'FUND',
          receivedAt: '2026-04-17T09:00:00+08:00',
          deadline: '2026-04-17T01:00:01Z',
        })
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
      ['RecordDissuasion', dissuade('2026-04-17T02:00:00Z')],
      ['RecordVictimisation', victimise(null, '2026-04-17T02:00:00Z')],
      ['ApplyProtectiveMeasure', apply('RESTRICT_CALLS', '2026-04-17T02:00:00Z')],
    ])('refuses %s', (_name, command) => {
      given(decider, [])
        .when(command)
        .thenThrows({ message: `warning instruction ${ID} has not been received`, field: 'instructionId' });
    });
  });

  describe('follow-ups recorded for another unit than the one that received the instruction', () => {
    const elsewhere = 'event evt-received was recorded for st-a; only that unit records what follows it, not st-c';

    it.each([
      ['RecordContact', contact('2026-04-17T02:00:00Z', 'FACE_TO_FACE', 'st-c')],
      ['RecordDissuasion', dissuade('2026-04-17T02:30:00Z', 'st-c')],
      ['RecordVictimisation', victimise('AJ-7', '2026-04-18T02:30:00Z', 'st-c')],
      ['ApplyProtectiveMeasure', apply('RESTRICT_CALLS', '2026-04-17T02:10:00Z', 'st-c')],
    ])('refuses %s, naming the unit', (_name, command) => {
      given(decider, [received]).when(command).thenThrows({ message: elsewhere, field: 'unitId' });
    });

    it.each([
      ['a contact before the receipt', contact('2026-04-17T00:00:00Z', 'PHONE', 'st-c')],
      ['a second dissuasion', dissuade('2026-04-17T02:30:00Z', 'st-c')],
      ['a second victimisation', victimise('AJ-9', '2026-04-18T02:30:00Z', 'st-c')],
      ['the same measure twice', apply('RESTRICT_PAYMENT', '2026-04-17T00:30:00Z', 'st-c')],
    ])('names the unit before judging the follow-up itself: %s', (_name, command) => {
      given(decider, [received, contacted, paymentRestricted, dissuaded, victimised])
        .when(command)
        .thenThrows({ message: elsewhere, field: 'unitId' });
    });
  });

  describe('RecordContact', () => {
    it('records a first face-to-face contact within the deadline, carrying the receipt time', () => {
      given(decider, [received])
        .when(contact('2026-04-17T02:00:00Z'))
        .then([
          {
            type: 'WarningContactMade',
            data: {
              instructionId: ID,
              method: 'FACE_TO_FACE',
              withinDeadline: true,
              firstContact: true,
              warningReceivedAt: RECEIVED_AT,
              warningKind: 'FUND',
            },
          },
        ]);
    });

    it('counts a contact exactly at the deadline as within it', () => {
      given(decider, [received])
        .when(contact(DEADLINE))
        .then([
          {
            type: 'WarningContactMade',
            data: {
              instructionId: ID,
              method: 'FACE_TO_FACE',
              withinDeadline: true,
              firstContact: true,
              warningReceivedAt: RECEIVED_AT,
              warningKind: 'FUND',
            },
          },
        ]);
    });

    it('marks a contact one millisecond after the deadline as missed', () => {
      given(decider, [received])
        .when(contact('2026-04-17T03:00:00.001Z', 'PHONE'))
        .then([
          {
            type: 'WarningContactMade',
            data: {
              instructionId: ID,
              method: 'PHONE',
              withinDeadline: false,
              firstContact: true,
              warningReceivedAt: RECEIVED_AT,
              warningKind: 'FUND',
            },
          },
        ]);
    });

    it('compares the deadline as an instant across offsets', () => {
      // 11:00+08:00 is 03:00Z, exactly the deadline
      given(decider, [received])
        .when(contact('2026-04-17T11:00:00+08:00'))
        .then([
          {
            type: 'WarningContactMade',
            data: {
              instructionId: ID,
              method: 'FACE_TO_FACE',
              withinDeadline: true,
              firstContact: true,
              warningReceivedAt: RECEIVED_AT,
              warningKind: 'FUND',
            },
          },
        ]);
    });

    it('records a contact on the next business day, still anchored to the receipt time', () => {
      given(decider, [received])
        .when(contact('2026-04-18T01:00:00Z'))
        .then([
          {
            type: 'WarningContactMade',
            data: {
              instructionId: ID,
              method: 'FACE_TO_FACE',
              withinDeadline: false,
              firstContact: true,
              warningReceivedAt: RECEIVED_AT,
              warningKind: 'FUND',
            },
          },
        ]);
    });

    it('records later contacts as not first', () => {
      given(decider, [received, contacted])
        .when(contact('2026-04-17T02:40:00Z'))
        .then([
          {
            type: 'WarningContactMade',
            data: {
              instructionId: ID,
              method: 'FACE_TO_FACE',
              withinDeadline: true,
              firstContact: false,
              warningReceivedAt: RECEIVED_AT,
              warningKind: 'FUND',
            },
          },
        ]);
    });

    it('accepts a contact at the very receipt time', () => {
      given(decider, [received])
        .when(contact(RECEIVED_AT))
        .then([
          {
            type: 'WarningContactMade',
            data: {
              instructionId: ID,
              method: 'FACE_TO_FACE',
              withinDeadline: true,
              firstContact: true,
              warningReceivedAt: RECEIVED_AT,
              warningKind: 'FUND',
            },
          },
        ]);
    });

    it('refuses a contact before the instruction was received', () => {
      given(decider, [received])
        .when(contact('2026-04-17T00:59:59.999Z'))
        .thenThrows({ message: `the contact cannot happen before the instruction was received (${RECEIVED_AT})`, field: 'occurredAt' });
    });
  });

  describe('RecordDissuasion', () => {
    it('records a dissuasion anchored to the receipt time', () => {
      given(decider, [received, contacted])
        .when(dissuade())
        .then([{ type: 'WarningDissuaded', data: { instructionId: ID, warningReceivedAt: RECEIVED_AT, warningKind: 'FUND' } }]);
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
    it('records a victimisation with its case', () => {
      given(decider, [received])
        .when(victimise('AJ-7'))
        .then([
          {
            type: 'VictimisedAfterWarning',
            data: { instructionId: ID, caseId: 'AJ-7', warningReceivedAt: RECEIVED_AT, warningKind: 'FUND' },
          },
        ]);
    });

    it('records a victimisation without a case yet', () => {
      given(decider, [received])
        .when(victimise(null))
        .then([
          {
            type: 'VictimisedAfterWarning',
            data: { instructionId: ID, caseId: null, warningReceivedAt: RECEIVED_AT, warningKind: 'FUND' },
          },
        ]);
    });

    it('accepts a victimisation after a dissuasion (the person may be defrauded later)', () => {
      given(decider, [received, dissuaded])
        .when(victimise('AJ-8'))
        .then([
          {
            type: 'VictimisedAfterWarning',
            data: { instructionId: ID, caseId: 'AJ-8', warningReceivedAt: RECEIVED_AT, warningKind: 'FUND' },
          },
        ]);
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
    it('records a measure anchored to the receipt time', () => {
      given(decider, [received])
        .when(apply('RESTRICT_PAYMENT'))
        .then([
          {
            type: 'ProtectiveMeasureApplied',
            data: { instructionId: ID, measure: 'RESTRICT_PAYMENT', warningReceivedAt: RECEIVED_AT, warningKind: 'FUND' },
          },
        ]);
    });

    it('records a different measure after a first one', () => {
      given(decider, [received, paymentRestricted])
        .when(apply('RESTRICT_CALLS'))
        .then([
          {
            type: 'ProtectiveMeasureApplied',
            data: { instructionId: ID, measure: 'RESTRICT_CALLS', warningReceivedAt: RECEIVED_AT, warningKind: 'FUND' },
          },
        ]);
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

  describe('RetractFact', () => {
    const retract = (eventId: string, unitId = AREA) =>
      ({ type: 'RetractFact', instructionId: ID, eventId, unitId, reason: '误录' }) as const;
    const retraction = (data: Partial<WarningFactRetracted['data']> & Pick<WarningFactRetracted['data'], 'eventId' | 'retracted'>) =>
      ({
        type: 'WarningFactRetracted',
        data: { instructionId: ID, areaId: AREA, reason: '误录', nextContact: null, ...data },
      }) as WarningFactRetracted;
    const retracted = (eventId: string, event: WarningEvent, at = '2026-04-20T02:00:00Z') => {
      const [decided] = given(decider, [received, event]).when(retract(eventId)).then([expect.anything()]);
      return recorded<WarningFactRetracted>(`${eventId}-r`, AREA, at, decided as WarningFactRetracted);
    };
    const phoneLater = recorded<WarningContactMade>('evt-contact-2', 'st-b', '2026-04-17T04:00:00.000Z', {
      type: 'WarningContactMade',
      data: {
        instructionId: ID,
        method: 'FACE_TO_FACE',
        withinDeadline: false,
        firstContact: false,
        warningReceivedAt: RECEIVED_AT,
        warningKind: 'FUND',
      },
    });

    it.each([
      ['a dissuasion', 'evt-dissuaded', dissuaded],
      ['a victimisation', 'evt-victimised', victimised],
      ['a protective measure', 'evt-measure', paymentRestricted],
    ] as const)('takes back %s, quoting it as recorded with its area', (_name, eventId, event) => {
      given(decider, [received, event])
        .when(retract(eventId))
        .then([retraction({ eventId, retracted: { type: event.type, data: event.data } as WarningFactRetracted['data']['retracted'] })]);
    });

    it('takes back the only contact as the counted one, with nothing to count instead', () => {
      given(decider, [received, contacted])
        .when(retract('evt-contact'))
        .then([retraction({ eventId: 'evt-contact', retracted: { type: 'WarningContactMade', data: contacted.data } })]);
    });

    it('hands the count of a retracted first contact to the next contact standing, in its own area', () => {
      given(decider, [received, contacted, phoneLater])
        .when(retract('evt-contact'))
        .then([
          retraction({
            eventId: 'evt-contact',
            retracted: { type: 'WarningContactMade', data: contacted.data },
            nextContact: { eventId: 'evt-contact-2', areaId: 'st-b', data: { ...phoneLater.data, firstContact: true } },
          }),
        ]);
    });

    it('takes back a later contact as not counted, and hands nothing on', () => {
      given(decider, [received, contacted, phoneLater])
        .when(retract('evt-contact-2', 'st-b'))
        .then([retraction({ eventId: 'evt-contact-2', areaId: 'st-b', retracted: { type: 'WarningContactMade', data: phoneLater.data } })]);
    });

    it('quotes a contact promoted to first as counted when it is retracted in turn', () => {
      const first = retracted('evt-contact', contacted);
      const [decided] = given(decider, [received, contacted, phoneLater, first])
        .when(retract('evt-contact-2', 'st-b'))
        .then([expect.anything()]);
      expect(decided.data).toMatchObject({ retracted: { data: { firstContact: true } }, nextContact: null });
    });

    it('counts a new contact as first once every contact was retracted, and as not first while one stands', () => {
      const first = recorded<WarningFactRetracted>(
        'evt-contact-r',
        AREA,
        '2026-04-20T02:00:00Z',
        retraction({
          eventId: 'evt-contact',
          retracted: { type: 'WarningContactMade', data: contacted.data },
        }),
      );
      const [alone] = given(decider, [received, contacted, first]).when(contact('2026-04-17T05:00:00Z')).then([expect.anything()]);
      expect(alone.data).toMatchObject({ firstContact: true });
      const [another] = given(decider, [received, contacted, phoneLater, first])
        .when(contact('2026-04-17T05:00:00Z'))
        .then([expect.anything()]);
      expect(another.data).toMatchObject({ firstContact: false });
    });

    it('lets a retracted dissuasion, victimisation or measure be recorded again', () => {
      given(decider, [received, dissuaded, retracted('evt-dissuaded', dissuaded)])
        .when(dissuade('2026-04-17T03:00:00Z'))
        .then([{ type: 'WarningDissuaded', data: { instructionId: ID, warningReceivedAt: RECEIVED_AT, warningKind: 'FUND' } }]);
      given(decider, [received, victimised, retracted('evt-victimised', victimised)])
        .when(dissuade('2026-04-17T03:00:00Z'))
        .then([{ type: 'WarningDissuaded', data: { instructionId: ID, warningReceivedAt: RECEIVED_AT, warningKind: 'FUND' } }]);
      given(decider, [received, paymentRestricted, retracted('evt-measure', paymentRestricted)])
        .when(apply('RESTRICT_PAYMENT', '2026-04-17T03:00:00Z'))
        .then([
          {
            type: 'ProtectiveMeasureApplied',
            data: { instructionId: ID, measure: 'RESTRICT_PAYMENT', warningReceivedAt: RECEIVED_AT, warningKind: 'FUND' },
          },
        ]);
    });

    it('refuses to retract a fact twice', () => {
      given(decider, [received, dissuaded, retracted('evt-dissuaded', dissuaded)])
        .when(retract('evt-dissuaded'))
        .thenThrows({ message: `event evt-dissuaded of warning instruction ${ID} was already retracted`, field: 'eventId' });
    });

    it('refuses an event that is no fact of this instruction (unknown, or of another stream)', () => {
      given(decider, [received, dissuaded])
        .when(retract('evt-elsewhere'))
        .thenThrows({ message: `event evt-elsewhere is not a fact recorded for warning instruction ${ID}`, field: 'eventId' });
    });

    it('refuses to retract the receipt itself', () => {
      given(decider, [received])
        .when(retract('evt-received'))
        .thenThrows({
          message: `event evt-received is the receipt of warning instruction ${ID}; only its follow-ups can be retracted`,
          field: 'eventId',
        });
    });

    it('refuses a retraction recorded for another defense area', () => {
      given(decider, [received, dissuaded]).when(retract('evt-dissuaded', 'st-c')).thenThrows({
        message: 'event evt-dissuaded was recorded for st-a; only that unit records what follows it, not st-c',
        field: 'unitId',
      });
    });

    it('refuses a retraction for an instruction never received', () => {
      given(decider, [])
        .when(retract('evt-dissuaded'))
        .thenThrows({ message: `warning instruction ${ID} has not been received`, field: 'instructionId' });
    });
  });

  describe('evolve', () => {
    it('folds a whole history into the state, keeping the standing follow-ups in order', () => {
      const history: WarningEvent[] = [received, contacted, paymentRestricted, dissuaded, victimised];
      const fact = (eventId: string, e: WarningEvent) => ({
        fact: { eventId, areaId: AREA, occurredAt: e.metadata!.occurredAt },
        event: { type: e.type, data: e.data },
      });
      const [contactFact, measureFact, dissuadedFact, victimisedFact] = [
        fact('evt-contact', contacted),
        fact('evt-measure', paymentRestricted),
        fact('evt-dissuaded', dissuaded),
        fact('evt-victimised', victimised),
      ];
      expect(given(decider, history).state).toEqual({
        received: { eventId: 'evt-received', areaId: AREA, occurredAt: RECEIVED_AT, deadline: DEADLINE, kind: 'FUND' },
        facts: [contactFact, measureFact, dissuadedFact, victimisedFact],
        retracted: [],
      });
      const retraction = recorded<WarningFactRetracted>('evt-r', AREA, '2026-04-20T00:00:00Z', {
        type: 'WarningFactRetracted',
        data: {
          instructionId: ID,
          eventId: 'evt-measure',
          retracted: { type: paymentRestricted.type, data: paymentRestricted.data },
          areaId: AREA,
          reason: '误录',
          nextContact: null,
        },
      });
      expect(given(decider, [...history, retraction]).state).toMatchObject({
        facts: [contactFact, dissuadedFact, victimisedFact],
        retracted: ['evt-measure'],
      });
    });

    it('takes the receipt time, id and unit from the stored event', () => {
      expect(() => decider.evolve(decider.initialState(), { type: 'WarningInstructionReceived', data: received.data })).toThrow(
        'has no id or metadata.unitId',
      );
    });

    it('starts empty', () => {
      expect(decider.initialState()).toEqual({ received: null, facts: [], retracted: [] });
    });
  });
});
