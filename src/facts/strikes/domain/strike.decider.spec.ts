import { given } from '../../../common/decider.spec-helpers';
import { recorded } from '../../domain/recorded-fact.spec-helpers';
import { ApprehensionCountAmended, CaseSolved, StrikeFactRetracted, SuspectsApprehended } from '../events/strike.events';
import { strikeDecider as decider } from './strike.decider';

const OP = 'OP-净网-7';
const AREA = 'st-a';
const SOLVED_AT = '2026-04-17T01:00:00Z';
const APPREHENDED_AT = '2026-04-17T02:00:00Z';
const solvedA = recorded<CaseSolved>('evt-solved', AREA, SOLVED_AT, { type: 'CaseSolved', data: { operationId: OP, caseId: 'AJ-A' } });
const apprehended = recorded<SuspectsApprehended>('evt-apprehended', AREA, APPREHENDED_AT, {
  type: 'SuspectsApprehended',
  data: { operationId: OP, charge: 'FRAUD', measure: 'CRIMINAL', count: 3 },
});
const amendedTo2 = recorded<ApprehensionCountAmended>('evt-amended', AREA, '2026-04-20T02:00:00Z', {
  type: 'ApprehensionCountAmended',
  data: {
    operationId: OP,
    eventId: 'evt-apprehended',
    charge: 'FRAUD',
    measure: 'CRIMINAL',
    count: 2,
    previousCount: 3,
    areaId: AREA,
    factOccurredAt: APPREHENDED_AT,
    reason: '一人系重复录入',
  },
});
const solvedRetracted = recorded<StrikeFactRetracted>('evt-solved-r', AREA, '2026-04-20T03:00:00Z', {
  type: 'StrikeFactRetracted',
  data: {
    operationId: OP,
    eventId: 'evt-solved',
    retracted: { type: 'CaseSolved', data: solvedA.data },
    areaId: AREA,
    factOccurredAt: SOLVED_AT,
    reason: '非本行动破获',
  },
});

const retract = (eventId: string, unitId = AREA) => ({ type: 'RetractFact', operationId: OP, eventId, unitId, reason: '误录' }) as const;
const amend = (eventId: string, count: number, unitId = AREA) =>
  ({ type: 'AmendApprehensionCount', operationId: OP, eventId, unitId, count, reason: '核实人数' }) as const;

describe('strike decider', () => {
  describe('SolveCase', () => {
    it('records a solved case in the operation', () => {
      given(decider, [])
        .when({ type: 'SolveCase', operationId: OP, caseId: 'AJ-A' })
        .then([{ type: 'CaseSolved', data: { operationId: OP, caseId: 'AJ-A' } }]);
    });

    it('records further cases of the same operation', () => {
      given(decider, [solvedA, apprehended])
        .when({ type: 'SolveCase', operationId: OP, caseId: 'AJ-B' })
        .then([{ type: 'CaseSolved', data: { operationId: OP, caseId: 'AJ-B' } }]);
    });

    it('refuses to solve the same case twice in an operation', () => {
      given(decider, [solvedA])
        .when({ type: 'SolveCase', operationId: OP, caseId: 'AJ-A' })
        .thenThrows({ message: `case AJ-A is already recorded as solved in operation ${OP}`, field: 'caseId' });
    });

    it('records a case again once its solving was retracted', () => {
      given(decider, [solvedA, solvedRetracted])
        .when({ type: 'SolveCase', operationId: OP, caseId: 'AJ-A' })
        .then([{ type: 'CaseSolved', data: { operationId: OP, caseId: 'AJ-A' } }]);
    });
  });

  describe('ApprehendSuspects', () => {
    it.each([
      ['FRAUD', 'CRIMINAL', 3],
      ['ASSISTING', 'ADMINISTRATIVE', 12],
      ['CONCEALING', 'CRIMINAL', 1],
    ] as const)('records %s suspects under a %s measure (%i)', (charge, measure, count) => {
      given(decider, [])
        .when({ type: 'ApprehendSuspects', operationId: OP, charge, measure, count })
        .then([{ type: 'SuspectsApprehended', data: { operationId: OP, charge, measure, count } }]);
    });

    it('records repeated apprehensions (each is a separate fact)', () => {
      given(decider, [apprehended])
        .when({ type: 'ApprehendSuspects', operationId: OP, charge: 'FRAUD', measure: 'CRIMINAL', count: 3 })
        .then([{ type: 'SuspectsApprehended', data: { operationId: OP, charge: 'FRAUD', measure: 'CRIMINAL', count: 3 } }]);
    });
  });

  describe('RetractFact', () => {
    it('takes back a solved case on its area and time', () => {
      given(decider, [solvedA, apprehended])
        .when(retract('evt-solved'))
        .then([{ type: 'StrikeFactRetracted', data: { ...solvedRetracted.data, reason: '误录' } }]);
    });

    it('takes back an amended apprehension with the count it has now', () => {
      given(decider, [apprehended, amendedTo2])
        .when(retract('evt-apprehended'))
        .then([
          {
            type: 'StrikeFactRetracted',
            data: {
              operationId: OP,
              eventId: 'evt-apprehended',
              retracted: { type: 'SuspectsApprehended', data: { ...apprehended.data, count: 2 } },
              areaId: AREA,
              factOccurredAt: APPREHENDED_AT,
              reason: '误录',
            },
          },
        ]);
    });

    it('refuses to retract a fact twice', () => {
      given(decider, [solvedA, solvedRetracted])
        .when(retract('evt-solved'))
        .thenThrows({ message: `event evt-solved of operation ${OP} was already retracted`, field: 'eventId' });
    });

    it('refuses an event that is no fact of this operation', () => {
      given(decider, [solvedA])
        .when(retract('evt-other'))
        .thenThrows({ message: `event evt-other is not a fact recorded for operation ${OP}`, field: 'eventId' });
    });

    it('refuses a correction event itself', () => {
      given(decider, [apprehended, amendedTo2])
        .when(retract('evt-amended'))
        .thenThrows({ message: 'is not a fact recorded for', field: 'eventId' });
    });

    it('refuses a retraction recorded for another defense area', () => {
      given(decider, [solvedA]).when(retract('evt-solved', 'st-b')).thenThrows({ message: 'was recorded for st-a', field: 'unitId' });
    });
  });

  describe('AmendApprehensionCount', () => {
    it('amends the count, carrying the count replaced, the measure, the area and the time', () => {
      given(decider, [apprehended])
        .when(amend('evt-apprehended', 2))
        .then([{ type: 'ApprehensionCountAmended', data: { ...amendedTo2.data, reason: '核实人数' } }]);
    });

    it('replaces the latest amended count', () => {
      given(decider, [apprehended, amendedTo2])
        .when(amend('evt-apprehended', 5))
        .then([
          {
            type: 'ApprehensionCountAmended',
            data: { ...amendedTo2.data, count: 5, previousCount: 2, reason: '核实人数' },
          },
        ]);
    });

    it('refuses a count that does not change', () => {
      given(decider, [apprehended, amendedTo2])
        .when(amend('evt-apprehended', 2))
        .thenThrows({ message: 'the count of event evt-apprehended is already 2', field: 'count' });
    });

    it.each([0, -1, 1.5])('refuses a count of %s', (count) => {
      given(decider, [apprehended]).when(amend('evt-apprehended', count)).thenThrows({
        message: 'count must be a whole number of at least 1; retract the apprehension if nobody was apprehended',
        field: 'count',
      });
    });

    it('refuses to amend a solved case', () => {
      given(decider, [solvedA])
        .when(amend('evt-solved', 2))
        .thenThrows({ message: 'event evt-solved records CaseSolved; only an apprehension has a count to amend', field: 'eventId' });
    });

    it('refuses to amend a retracted apprehension', () => {
      const retracted = recorded<StrikeFactRetracted>('evt-r', AREA, '2026-04-21T00:00:00Z', {
        type: 'StrikeFactRetracted',
        data: {
          operationId: OP,
          eventId: 'evt-apprehended',
          retracted: { type: 'SuspectsApprehended', data: apprehended.data },
          areaId: AREA,
          factOccurredAt: APPREHENDED_AT,
          reason: '误录',
        },
      });
      given(decider, [apprehended, retracted])
        .when(amend('evt-apprehended', 2))
        .thenThrows({ message: 'was already retracted', field: 'eventId' });
    });

    it('refuses an unknown event', () => {
      given(decider, []).when(amend('evt-x', 2)).thenThrows({ message: 'is not a fact recorded for', field: 'eventId' });
    });
  });

  it('keeps the standing facts with their current counts', () => {
    expect(decider.initialState()).toEqual({ facts: [], retracted: [] });
    expect(given(decider, [solvedA, apprehended, amendedTo2, solvedRetracted]).state).toEqual({
      facts: [
        {
          fact: { eventId: 'evt-apprehended', areaId: AREA, occurredAt: APPREHENDED_AT },
          event: { type: 'SuspectsApprehended', data: { ...apprehended.data, count: 2 } },
        },
      ],
      retracted: ['evt-solved'],
    });
  });
});
