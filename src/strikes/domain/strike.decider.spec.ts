import { given } from '../../common/decider.spec-helpers';
import { CaseSolved, SuspectsApprehended } from '../events/strike.events';
import { strikeDecider as decider } from './strike.decider';

const OP = 'OP-净网-7';
const solvedA: CaseSolved = { type: 'CaseSolved', data: { operationId: OP, caseId: 'AJ-A' }, metadata: { occurredAt: '2026-04-17T01:00:00Z' } };
const apprehended: SuspectsApprehended = {
  type: 'SuspectsApprehended',
  data: { operationId: OP, charge: 'FRAUD', measure: 'CRIMINAL', count: 3 },
  metadata: { occurredAt: '2026-04-17T02:00:00Z' },
};

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

  it('keeps the solved case ids, ignoring apprehensions', () => {
    expect(decider.initialState()).toEqual({ solvedCaseIds: [] });
    const solvedB: CaseSolved = { type: 'CaseSolved', data: { operationId: OP, caseId: 'AJ-B' } };
    expect(given(decider, [solvedA, apprehended, solvedB]).state).toEqual({ solvedCaseIds: ['AJ-A', 'AJ-B'] });
  });
});
