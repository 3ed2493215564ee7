import { given } from '../../../common/decider.spec-helpers';
import { recorded } from '../../domain/recorded-fact.spec-helpers';
import {
  WarningCheckedOnSite,
  WarningFactRetracted,
  WarningForwarded,
  WarningInstructionReceived,
} from '../events/warning-instruction.events';
import { WarningCommand, warningInstructionDecider as decider } from './warning-instruction.decider';

/** 流转 and 落地核查: the two steps between a warning's receipt and what the officer does there. */
const ID = 'YJ-20260417-0002';
const AREA = 'st-a';
const RECEIVED_AT = '2026-04-17T01:00:00.000Z'; // 09:00 in Shanghai
const ofWarning = { warningReceivedAt: RECEIVED_AT, warningKind: 'CALL' } as const;

const received = recorded<WarningInstructionReceived>('evt-received', AREA, RECEIVED_AT, {
  type: 'WarningInstructionReceived',
  data: { instructionId: ID, kind: 'CALL', deadline: '2026-04-17T03:00:00.000Z' },
});
const forwarded = recorded<WarningForwarded>('evt-forwarded', AREA, '2026-04-17T01:07:00.000Z', {
  type: 'WarningForwarded',
  data: { instructionId: ID, toUnitId: null, minutesFromReceipt: 7, ...ofWarning },
});
const checked = recorded<WarningCheckedOnSite>('evt-checked', AREA, '2026-04-17T01:52:00.000Z', {
  type: 'WarningCheckedOnSite',
  data: { instructionId: ID, result: 'MET', minutesFromReceipt: 52, ...ofWarning },
});

const forward = (forwardedAt: string, toUnitId: string | null = null, unitId = AREA): WarningCommand => ({
  type: 'ForwardWarning',
  instructionId: ID,
  unitId,
  toUnitId,
  forwardedAt,
});
const check = (checkedAt: string, result: 'MET' | 'LIVES_ELSEWHERE' | 'NO_SUCH_PERSON' = 'MET', unitId = AREA): WarningCommand => ({
  type: 'CheckOnSite',
  instructionId: ID,
  unitId,
  result,
  checkedAt,
});
const retract = (eventId: string): WarningCommand => ({ type: 'RetractFact', instructionId: ID, eventId, unitId: AREA, reason: '误录' });

describe('warning instruction decider: forwarding (流转) and on-site check (落地核查)', () => {
  it('records a forwarding with the unit it went to and the whole minutes since the receipt, on the warning', () => {
    given(decider, [received])
      .when(forward('2026-04-17T01:12:40Z', 'st-b'))
      .then([{ type: 'WarningForwarded', data: { instructionId: ID, toUnitId: 'st-b', minutesFromReceipt: 13, ...ofWarning } }]);
  });

  it('records an on-site check with its result, timed from the receipt (not from the forwarding)', () => {
    given(decider, [received, forwarded])
      .when(check('2026-04-17T10:40:00+08:00', 'LIVES_ELSEWHERE'))
      .then([
        {
          type: 'WarningCheckedOnSite',
          data: { instructionId: ID, result: 'LIVES_ELSEWHERE', minutesFromReceipt: 100, ...ofWarning },
        },
      ]);
  });

  it('records a check with no forwarding (the receiving officer went himself)', () => {
    given(decider, [received])
      .when(check(RECEIVED_AT, 'NO_SUCH_PERSON'))
      .then([{ type: 'WarningCheckedOnSite', data: { instructionId: ID, result: 'NO_SUCH_PERSON', minutesFromReceipt: 0, ...ofWarning } }]);
  });

  it.each([
    ['forwarding', forward('2026-04-17T00:59:59Z'), '流转的时间不能早于预警指令的接收时间（2026-04-17T09:00:00+08:00）'],
    ['check', check('2026-04-17T00:59:59Z'), '落地核查的时间不能早于预警指令的接收时间'],
  ])('refuses a %s before the warning was received, naming occurredAt', (_name, command, message) => {
    given(decider, [received]).when(command).thenThrows({ message, field: 'occurredAt' });
  });

  it.each([
    ['forwarding', forward('2026-04-17T01:20:00Z')],
    ['check', check('2026-04-17T01:20:00Z')],
  ])('refuses a %s of a warning never received', (_name, command) => {
    given(decider, [])
      .when(command)
      .thenThrows({ message: `warning instruction ${ID} has not been received`, field: 'instructionId' });
  });

  it('refuses a forwarding after the check, and a check before the forwarding', () => {
    given(decider, [received, checked])
      .when(forward('2026-04-17T01:52:01Z'))
      .thenThrows({ message: '流转的时间须不晚于落地核查的时间（2026-04-17T09:52:00+08:00）', field: 'occurredAt' });
    given(decider, [received, forwarded])
      .when(check('2026-04-17T01:06:59Z'))
      .thenThrows({ message: '落地核查的时间须不早于流转的时间', field: 'occurredAt' });
  });

  it('accepts a forwarding recorded after the check when it happened before it', () => {
    given(decider, [received, checked])
      .when(forward('2026-04-17T01:52:00Z'))
      .then([{ type: 'WarningForwarded', data: { instructionId: ID, toUnitId: null, minutesFromReceipt: 52, ...ofWarning } }]);
  });

  it('refuses a second forwarding and a second check: each step is timed once', () => {
    given(decider, [received, forwarded])
      .when(forward('2026-04-17T01:30:00Z', 'st-b'))
      .thenThrows({ message: `预警指令 ${ID} 已记录过流转`, field: 'instructionId' });
    given(decider, [received, forwarded, checked])
      .when(check('2026-04-17T03:00:00Z'))
      .thenThrows({ message: `预警指令 ${ID} 已记录过落地核查`, field: 'instructionId' });
  });

  it('refuses a forwarding to the receiving unit itself, naming toUnitId', () => {
    given(decider, [received]).when(forward('2026-04-17T01:10:00Z', AREA)).thenThrows({ message: '不填流转单位', field: 'toUnitId' });
  });

  it('refuses a step recorded by another unit than the receiving one', () => {
    given(decider, [received])
      .when(forward('2026-04-17T01:10:00Z', null, 'st-c'))
      .thenThrows({ message: 'only that unit records what follows it, not st-c', field: 'unitId' });
  });

  describe('RetractFact', () => {
    it.each([
      ['forwarding', 'evt-forwarded', forwarded],
      ['check', 'evt-checked', checked],
    ] as const)('takes back the %s, quoting it with its minutes', (_name, eventId, event) => {
      given(decider, [received, forwarded, checked])
        .when(retract(eventId))
        .then([
          {
            type: 'WarningFactRetracted',
            data: {
              instructionId: ID,
              eventId,
              retracted: { type: event.type, data: event.data } as WarningFactRetracted['data']['retracted'],
              areaId: AREA,
              reason: '误录',
              nextContact: null,
            },
          },
        ]);
    });

    it('lets a retracted step be recorded again, and a later forwarding once the check is taken back', () => {
      const [decided] = given(decider, [received, forwarded, checked]).when(retract('evt-checked')).then([expect.anything()]);
      const checkRetracted = recorded<WarningFactRetracted>('evt-checked-r', AREA, '2026-04-18T01:00:00Z', decided as WarningFactRetracted);
      given(decider, [received, forwarded, checked, checkRetracted])
        .when(check('2026-04-17T02:30:00Z', 'MET'))
        .then([{ type: 'WarningCheckedOnSite', data: { instructionId: ID, result: 'MET', minutesFromReceipt: 90, ...ofWarning } }]);
      given(decider, [received, checked, checkRetracted])
        .when(forward('2026-04-17T02:00:00Z'))
        .then([{ type: 'WarningForwarded', data: { instructionId: ID, toUnitId: null, minutesFromReceipt: 60, ...ofWarning } }]);
    });
  });
});
