import { given } from '../../../common/decider.spec-helpers';
import { recorded } from '../../domain/recorded-fact.spec-helpers';
import { OutflowEvent, OutflowFactRetracted } from '../events/outflow.events';
import { OutflowCommand, outflowDecider as decider } from './outflow.decider';

const PERSON = 'WL-2026-001';
const AREA = 'st-a';
const IDENTIFIED_AT = '2026-03-02T02:00:00Z';
const RETURNED_AT = '2026-06-10T08:00:00Z';
const registered = recorded<OutflowEvent>('evt-registered', AREA, IDENTIFIED_AT, {
  type: 'OutflowRegistered',
  data: { personId: PERSON, destination: '缅甸', abroadSince: '2025-11-01T00:00:00Z' },
});
const returned = recorded<OutflowEvent>('evt-returned', AREA, RETURNED_AT, {
  type: 'OutflowReturned',
  data: { personId: PERSON, way: 'PERSUADED' },
});
const retraction = (of: OutflowEvent, eventId: string, at: string) =>
  recorded<OutflowFactRetracted>(`evt-retracting-${eventId}`, AREA, '2026-06-20T00:00:00Z', {
    type: 'OutflowFactRetracted',
    data: {
      personId: PERSON,
      eventId,
      retracted: { type: of.type, data: of.data } as never,
      areaId: AREA,
      factOccurredAt: at,
      reason: '重复录入',
    },
  });

const register = (over: Partial<Extract<OutflowCommand, { type: 'RegisterOutflow' }>> = {}): OutflowCommand => ({
  type: 'RegisterOutflow',
  personId: PERSON,
  destination: '缅甸',
  abroadSince: null,
  identifiedAt: IDENTIFIED_AT,
  ...over,
});
const returnOf = (over: Partial<Extract<OutflowCommand, { type: 'RecordReturn' }>> = {}): OutflowCommand => ({
  type: 'RecordReturn',
  personId: PERSON,
  unitId: AREA,
  way: 'PERSUADED',
  returnedAt: RETURNED_AT,
  ...over,
});
const retract = (eventId: string, unitId = AREA): OutflowCommand => ({
  type: 'RetractFact',
  personId: PERSON,
  eventId,
  unitId,
  reason: '重复录入',
});

describe('outflow decider', () => {
  describe('RegisterOutflow', () => {
    it('registers a person gone abroad, where and since when, without the command’s times', () => {
      given(decider, [])
        .when(register({ abroadSince: '2025-11-01T00:00:00Z' }))
        .then([{ type: 'OutflowRegistered', data: { personId: PERSON, destination: '缅甸', abroadSince: '2025-11-01T00:00:00Z' } }]);
    });

    it('registers a person whose departure is not known', () => {
      given(decider, [])
        .when(register({ destination: '柬埔寨' }))
        .then([{ type: 'OutflowRegistered', data: { personId: PERSON, destination: '柬埔寨', abroadSince: null } }]);
    });

    it('refuses a second registration of the same person', () => {
      given(decider, [registered])
        .when(register())
        .thenThrows({ message: `外流人员 ${PERSON} 已登记`, field: 'personId' });
    });

    it('refuses a departure after the person was identified as abroad', () => {
      given(decider, [])
        .when(register({ abroadSince: '2026-03-02T02:00:01Z' }))
        .thenThrows({
          message: '出境时间 2026-03-02T10:00:01+08:00 晚于查明外流的时间（2026-03-02T10:00:00+08:00）',
          field: 'abroadSince',
        });
    });

    it('registers again a person whose registration was retracted', () => {
      given(decider, [registered, retraction(registered, 'evt-registered', IDENTIFIED_AT)])
        .when(register({ destination: '老挝' }))
        .then([{ type: 'OutflowRegistered', data: { personId: PERSON, destination: '老挝', abroadSince: null } }]);
    });
  });

  describe('RecordReturn', () => {
    it.each(['PERSUADED', 'REPATRIATED', 'SELF_RETURNED', 'OTHER'] as const)('records a return (%s)', (way) => {
      given(decider, [registered])
        .when(returnOf({ way }))
        .then([{ type: 'OutflowReturned', data: { personId: PERSON, way } }]);
    });

    it('records a return at the very time of identification', () => {
      given(decider, [registered])
        .when(returnOf({ returnedAt: IDENTIFIED_AT }))
        .then([{ type: 'OutflowReturned', data: { personId: PERSON, way: 'PERSUADED' } }]);
    });

    it('refuses a return before the person was registered', () => {
      given(decider, [])
        .when(returnOf())
        .thenThrows({ message: `外流人员 ${PERSON} 尚未登记`, field: 'personId' });
    });

    it('refuses a return of a person whose registration was retracted', () => {
      given(decider, [registered, retraction(registered, 'evt-registered', IDENTIFIED_AT)])
        .when(returnOf())
        .thenThrows({ message: 'has not been registered', field: 'personId' });
    });

    it('refuses a second return', () => {
      given(decider, [registered, returned])
        .when(returnOf({ way: 'REPATRIATED' }))
        .thenThrows({ message: `外流人员 ${PERSON} 已于 2026-06-10T16:00:00+08:00 回流`, field: 'personId' });
    });

    it('records a return again once the first was retracted', () => {
      given(decider, [registered, returned, retraction(returned, 'evt-returned', RETURNED_AT)])
        .when(returnOf({ way: 'SELF_RETURNED' }))
        .then([{ type: 'OutflowReturned', data: { personId: PERSON, way: 'SELF_RETURNED' } }]);
    });

    it('refuses a return time before the identification', () => {
      given(decider, [registered])
        .when(returnOf({ returnedAt: '2026-03-02T01:59:59Z' }))
        .thenThrows({ message: '回流时间 2026-03-02T09:59:59+08:00 早于查明外流的时间（2026-03-02T10:00:00+08:00）', field: 'occurredAt' });
    });

    it('refuses a return recorded for another defense area', () => {
      given(decider, [registered])
        .when(returnOf({ unitId: 'st-b' }))
        .thenThrows({ message: 'was recorded for st-a', field: 'unitId' });
    });
  });

  describe('RetractFact', () => {
    it('takes back a return on its area and time, quoting it', () => {
      given(decider, [registered, returned])
        .when(retract('evt-returned'))
        .then([{ type: 'OutflowFactRetracted', data: retraction(returned, 'evt-returned', RETURNED_AT).data }]);
    });

    it('takes back a registration with no return standing', () => {
      given(decider, [registered, returned, retraction(returned, 'evt-returned', RETURNED_AT)])
        .when(retract('evt-registered'))
        .then([{ type: 'OutflowFactRetracted', data: retraction(registered, 'evt-registered', IDENTIFIED_AT).data }]);
    });

    it('refuses to take back a registration while its return stands', () => {
      given(decider, [registered, returned])
        .when(retract('evt-registered'))
        .thenThrows({ message: '须先撤回其回流记录', field: 'eventId' });
    });

    it('refuses to retract twice, an unknown event, or for another area', () => {
      const retracted = [registered, returned, retraction(returned, 'evt-returned', RETURNED_AT)];
      given(decider, retracted).when(retract('evt-returned')).thenThrows({ message: 'was already retracted', field: 'eventId' });
      given(decider, [registered])
        .when(retract('evt-x'))
        .thenThrows({ message: `is not a fact recorded for outflow person ${PERSON}`, field: 'eventId' });
      given(decider, [registered])
        .when(retract('evt-registered', 'st-b'))
        .thenThrows({ message: 'was recorded for st-a', field: 'unitId' });
    });
  });
});
