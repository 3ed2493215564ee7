import { given } from '../../../common/decider.spec-helpers';
import { recorded } from '../../domain/recorded-fact.spec-helpers';
import { CaseFiled, CaseRevoked, CaseTimeCorrected, VictimVisitRetracted, VictimVisited } from '../events/loss.events';
import { caseDecider as decider } from './case.decider';

const CASE = 'AJ-20260417-0042';
const FILED_AT = '2026-04-16T16:30:00.000Z'; // 00:30 on 17 April in Shanghai
const VISITED_AT = '2026-04-20T02:00:00.000Z';
const ANALYSIS = { method: 'PHONE', victimGroup: 'ELDERLY' } as const;

const filed = recorded<CaseFiled>('evt-aj-1', 'st-a', FILED_AT, {
  type: 'CaseFiled',
  data: { caseId: CASE, fraudType: 'IMPERSONATING_OFFICIALS', lossFen: 3_000_000, ...ANALYSIS },
});
const visitedOn = (eventId: string, at: string, firstVisit: boolean) =>
  recorded<VictimVisited>(eventId, 'st-a', at, {
    type: 'VictimVisited',
    data: { caseId: CASE, caseFiledAt: FILED_AT, firstVisit, ...ANALYSIS },
  });
const visited = visitedOn('evt-hf-1', VISITED_AT, true);
const visitedAgain = visitedOn('evt-hf-2', '2026-05-20T02:00:00.000Z', false);
const retracted = recorded<VictimVisitRetracted>('evt-hf-1-r', 'st-a', '2026-04-21T02:00:00.000Z', {
  type: 'VictimVisitRetracted',
  data: { caseId: CASE, eventId: 'evt-hf-1', visitedAt: VISITED_AT, caseFiledAt: FILED_AT, lastVisit: true, reason: '误录', ...ANALYSIS },
});

const visit = (visitedAt: string, over: { unitId?: string; visitedBy?: string; notes?: string } = {}) =>
  ({ type: 'VisitVictim', caseId: CASE, unitId: 'st-a', visitedAt, ...over }) as const;
const retract = (eventId: string, unitId = 'st-a') =>
  ({ type: 'RetractVictimVisit', caseId: CASE, unitId, eventId, reason: '误录' }) as const;

describe('case decider: return visits to the victim (一案一回访)', () => {
  it("records a visit, counted as the case's first, with the filing time and the case's analysis it is counted by", () => {
    given(decider, [filed])
      .when(visit(VISITED_AT, { visitedBy: '张警官', notes: '已讲解冒充公检法诈骗手法' }))
      .then([
        {
          type: 'VictimVisited',
          data: {
            caseId: CASE,
            caseFiledAt: FILED_AT,
            firstVisit: true,
            visitedBy: '张警官',
            notes: '已讲解冒充公检法诈骗手法',
            ...ANALYSIS,
          },
        },
      ]);
  });

  it('records a second visit without counting the case again', () => {
    given(decider, [filed, visited])
      .when(visit('2026-05-20T02:00:00.000Z'))
      .then([{ type: 'VictimVisited', data: { caseId: CASE, caseFiledAt: FILED_AT, firstVisit: false, ...ANALYSIS } }]);
  });

  it('refuses a visit before the case was filed, on a case never filed, for another area, and on a revoked case', () => {
    given(decider, [filed])
      .when(visit('2026-04-16T10:00:00.000Z'))
      .thenThrows({ message: `the visit at 2026-04-16T10:00:00.000Z is before case ${CASE} was filed`, field: 'occurredAt' });
    given(decider, [])
      .when(visit(VISITED_AT))
      .thenThrows({ message: `case ${CASE} has not been filed`, field: 'caseId' });
    given(decider, [filed])
      .when(visit(VISITED_AT, { unitId: 'st-b' }))
      .thenThrows({ message: 'only that unit records what follows it', field: 'unitId' });
    const revoked = recorded<CaseRevoked>('evt-aj-1-r', 'st-a', '2026-04-19T02:00:00.000Z', {
      type: 'CaseRevoked',
      data: { caseId: CASE, reason: '不构成诈骗', lossFen: 3_000_000, caseFiledAt: FILED_AT, fraudType: 'IMPERSONATING_OFFICIALS' },
    });
    given(decider, [filed, revoked]).when(visit(VISITED_AT)).thenThrows({ message: 'was revoked', field: 'caseId' });
  });

  it('retracts the only visit, so the case is no longer visited; a visit after that counts again', () => {
    given(decider, [filed, visited])
      .when(retract('evt-hf-1'))
      .then([
        {
          type: 'VictimVisitRetracted',
          data: {
            caseId: CASE,
            eventId: 'evt-hf-1',
            visitedAt: VISITED_AT,
            caseFiledAt: FILED_AT,
            lastVisit: true,
            reason: '误录',
            ...ANALYSIS,
          },
        },
      ]);
    given(decider, [filed, visited, retracted])
      .when(visit('2026-04-25T02:00:00.000Z'))
      .then([{ type: 'VictimVisited', data: { caseId: CASE, caseFiledAt: FILED_AT, firstVisit: true, ...ANALYSIS } }]);
  });

  it('retracts the counted visit while another stands: the case stays visited', () => {
    given(decider, [filed, visited, visitedAgain])
      .when(retract('evt-hf-1'))
      .then([
        {
          type: 'VictimVisitRetracted',
          data: {
            caseId: CASE,
            eventId: 'evt-hf-1',
            visitedAt: VISITED_AT,
            caseFiledAt: FILED_AT,
            lastVisit: false,
            reason: '误录',
            ...ANALYSIS,
          },
        },
      ]);
  });

  it('refuses to retract a visit twice, an event that is not a visit of this case, and from another area', () => {
    given(decider, [filed, visited, retracted])
      .when(retract('evt-hf-1'))
      .thenThrows({ message: 'was already retracted', field: 'eventId' });
    given(decider, [filed, visited])
      .when(retract('evt-aj-1'))
      .thenThrows({ message: `event evt-aj-1 is not a fact recorded for case ${CASE}`, field: 'eventId' });
    given(decider, [filed, visited]).when(retract('evt-hf-1', 'st-b')).thenThrows({ field: 'unitId' });
  });

  it('takes the visit back with a revoked case, and moves it with a re-dated one', () => {
    given(decider, [filed, visited])
      .when({ type: 'RevokeCase', caseId: CASE, unitId: 'st-a', reason: '不构成诈骗' })
      .then([
        {
          type: 'CaseRevoked',
          data: {
            caseId: CASE,
            reason: '不构成诈骗',
            lossFen: 3_000_000,
            caseFiledAt: FILED_AT,
            fraudType: 'IMPERSONATING_OFFICIALS',
            ...ANALYSIS,
            victimVisited: true,
          },
        },
      ]);
    const correction = {
      type: 'CorrectCaseTime',
      caseId: CASE,
      unitId: 'st-a',
      correctedAt: '2026-04-22T02:00:00.000Z',
      reason: '录错',
    } as const;
    given(decider, [filed, visited])
      .when({ ...correction, filedAt: '2026-04-10T01:00:00.000Z' })
      .then([
        {
          type: 'CaseTimeCorrected',
          data: {
            caseId: CASE,
            occurredAt: '2026-04-10T01:00:00.000Z',
            previousOccurredAt: FILED_AT,
            lossFen: 3_000_000,
            reason: '录错',
            fraudType: 'IMPERSONATING_OFFICIALS',
            ...ANALYSIS,
            victimVisited: true,
          },
        },
      ]);
    given(decider, [filed, visited])
      .when({ ...correction, filedAt: '2026-04-21T01:00:00.000Z' })
      .thenThrows({ message: "is after the victim's visit (2026-04-20T02:00:00.000Z)", field: 'filedAt' });
  });

  it('counts a visit of a re-dated case on its corrected filing day', () => {
    const moved = recorded<CaseTimeCorrected>('evt-aj-1-t', 'st-a', '2026-04-22T02:00:00.000Z', {
      type: 'CaseTimeCorrected',
      data: { caseId: CASE, occurredAt: '2026-04-10T01:00:00.000Z', previousOccurredAt: FILED_AT, lossFen: 3_000_000, reason: '录错' },
    });
    given(decider, [filed, moved])
      .when(visit(VISITED_AT))
      .then([{ type: 'VictimVisited', data: { caseId: CASE, caseFiledAt: '2026-04-10T01:00:00.000Z', firstVisit: true, ...ANALYSIS } }]);
  });
});
