import { given } from '../../../common/decider.spec-helpers';
import { recorded } from '../../domain/recorded-fact.spec-helpers';
import { CaseFiled, CaseLossAmended, CaseRevoked, CaseTimeCorrected } from '../events/loss.events';
import { caseDecider as decider } from './case.decider';

const CASE = 'AJ-20260417-0042';
const FILED_AT = '2026-04-16T16:30:00.000Z'; // 00:30 on 17 April in Shanghai

const filed = recorded<CaseFiled>('evt-aj-1', 'st-a', FILED_AT, {
  type: 'CaseFiled',
  data: { caseId: CASE, fraudType: 'INVESTMENT', lossFen: 50_000_000 },
});
const amended = recorded<CaseLossAmended>('evt-aj-1-a', 'st-a', '2026-04-20T02:00:00.000Z', {
  type: 'CaseLossAmended',
  data: {
    caseId: CASE,
    lossFen: 80_000_000,
    previousLossFen: 50_000_000,
    caseFiledAt: FILED_AT,
    reason: '补充转账记录',
    fraudType: 'INVESTMENT',
  },
});
const revoked = recorded<CaseRevoked>('evt-aj-1-r', 'st-a', '2026-04-21T02:00:00.000Z', {
  type: 'CaseRevoked',
  data: { caseId: CASE, reason: '不构成诈骗', lossFen: 50_000_000, caseFiledAt: FILED_AT, fraudType: 'INVESTMENT' },
});
const amend = (lossFen: number, reason: string, unitId = 'st-a') => ({ type: 'AmendLoss', caseId: CASE, unitId, lossFen, reason }) as const;
const revoke = (reason: string, unitId = 'st-a') => ({ type: 'RevokeCase', caseId: CASE, unitId, reason }) as const;
const OTHER_AREA = 'event evt-aj-1 was recorded for st-a; only that unit records what follows it, not st-b';

describe('case decider', () => {
  describe('FileCase', () => {
    it('files a case with its fraud type and loss', () => {
      given(decider, [])
        .when({ type: 'FileCase', caseId: CASE, fraudType: 'ORDER_BRUSHING', lossFen: 5_000_000_000 })
        .then([{ type: 'CaseFiled', data: { caseId: CASE, fraudType: 'ORDER_BRUSHING', lossFen: 5_000_000_000 } }]);
    });

    it('files a case from the alert it came from (警情→发案), and its revocation carries the alert on', () => {
      given(decider, [])
        .when({ type: 'FileCase', caseId: CASE, fraudType: 'LOAN', lossFen: 100, alertId: 'JQ-7' })
        .then([{ type: 'CaseFiled', data: { caseId: CASE, fraudType: 'LOAN', lossFen: 100, alertId: 'JQ-7' } }]);
      const fromAlert = recorded<CaseFiled>('evt-aj-1', 'st-a', FILED_AT, {
        type: 'CaseFiled',
        data: { caseId: CASE, fraudType: 'LOAN', lossFen: 100, alertId: 'JQ-7' },
      });
      given(decider, [fromAlert])
        .when(revoke('重复立案'))
        .then([
          {
            type: 'CaseRevoked',
            data: { caseId: CASE, reason: '重复立案', lossFen: 100, caseFiledAt: FILED_AT, fraudType: 'LOAN', alertId: 'JQ-7' },
          },
        ]);
    });

    it('files a case with its method and victim group (一案一分析), and every correction carries them on', () => {
      const analysis = { method: 'SOCIAL_APP', victimGroup: 'STUDENT' } as const;
      given(decider, [])
        .when({ type: 'FileCase', caseId: CASE, fraudType: 'ORDER_BRUSHING', lossFen: 100, ...analysis })
        .then([{ type: 'CaseFiled', data: { caseId: CASE, fraudType: 'ORDER_BRUSHING', lossFen: 100, ...analysis } }]);
      const analysed = recorded<CaseFiled>('evt-aj-1', 'st-a', FILED_AT, {
        type: 'CaseFiled',
        data: { caseId: CASE, fraudType: 'ORDER_BRUSHING', lossFen: 100, ...analysis },
      });
      given(decider, [analysed])
        .when(amend(200, '补充转账记录'))
        .then([
          {
            type: 'CaseLossAmended',
            data: {
              caseId: CASE,
              lossFen: 200,
              previousLossFen: 100,
              caseFiledAt: FILED_AT,
              reason: '补充转账记录',
              fraudType: 'ORDER_BRUSHING',
              ...analysis,
            },
          },
        ]);
      given(decider, [analysed])
        .when(revoke('不构成诈骗'))
        .then([
          {
            type: 'CaseRevoked',
            data: { caseId: CASE, reason: '不构成诈骗', lossFen: 100, caseFiledAt: FILED_AT, fraudType: 'ORDER_BRUSHING', ...analysis },
          },
        ]);
      given(decider, [analysed])
        .when({
          type: 'CorrectCaseTime',
          caseId: CASE,
          unitId: 'st-a',
          filedAt: '2026-04-10T01:00:00.000Z',
          correctedAt: '2026-04-22T02:00:00.000Z',
          reason: '立案时间录入错误',
        })
        .then([
          {
            type: 'CaseTimeCorrected',
            data: {
              caseId: CASE,
              occurredAt: '2026-04-10T01:00:00.000Z',
              previousOccurredAt: FILED_AT,
              lossFen: 100,
              reason: '立案时间录入错误',
              fraudType: 'ORDER_BRUSHING',
              ...analysis,
            },
          },
        ]);
    });

    it('refuses to file the same case twice', () => {
      given(decider, [filed])
        .when({ type: 'FileCase', caseId: CASE, fraudType: 'INVESTMENT', lossFen: 50_000_000 })
        .thenThrows({ message: `case ${CASE} was already filed`, field: 'caseId' });
    });

    it('refuses to file a revoked case again', () => {
      given(decider, [filed, revoked])
        .when({ type: 'FileCase', caseId: CASE, fraudType: 'INVESTMENT', lossFen: 50_000_000 })
        .thenThrows({ message: 'was already filed', field: 'caseId' });
    });
  });

  describe('AmendLoss', () => {
    it('carries the replaced loss and the filing time so the filing day can be corrected', () => {
      given(decider, [filed])
        .when(amend(80_000_000, '补充转账记录'))
        .then([
          {
            type: 'CaseLossAmended',
            data: {
              caseId: CASE,
              lossFen: 80_000_000,
              previousLossFen: 50_000_000,
              caseFiledAt: FILED_AT,
              reason: '补充转账记录',
              fraudType: 'INVESTMENT',
            },
          },
        ]);
    });

    it('replaces the latest amended loss, not the original one', () => {
      given(decider, [filed, amended])
        .when(amend(30_000_000, '部分款项系借款'))
        .then([
          {
            type: 'CaseLossAmended',
            data: {
              caseId: CASE,
              lossFen: 30_000_000,
              previousLossFen: 80_000_000,
              caseFiledAt: FILED_AT,
              reason: '部分款项系借款',
              fraudType: 'INVESTMENT',
            },
          },
        ]);
    });

    it('may amend a loss down to zero', () => {
      given(decider, [filed])
        .when(amend(0, '未实际转账'))
        .then([
          {
            type: 'CaseLossAmended',
            data: {
              caseId: CASE,
              lossFen: 0,
              previousLossFen: 50_000_000,
              caseFiledAt: FILED_AT,
              reason: '未实际转账',
              fraudType: 'INVESTMENT',
            },
          },
        ]);
    });

    it('refuses an amendment that changes nothing', () => {
      given(decider, [filed])
        .when(amend(50_000_000, 'same'))
        .thenThrows({ message: `the loss of case ${CASE} is already 50000000 fen`, field: 'loss' });
    });

    it('compares an amendment with the current (amended) loss', () => {
      given(decider, [filed, amended]).when(amend(80_000_000, 'same')).thenThrows({ message: 'is already 80000000 fen', field: 'loss' });
    });

    it('refuses to amend a case that was never filed', () => {
      given(decider, [])
        .when(amend(1, 'x'))
        .thenThrows({ message: `case ${CASE} has not been filed`, field: 'caseId' });
    });

    it('refuses to amend a revoked case', () => {
      given(decider, [filed, revoked])
        .when(amend(1, 'x'))
        .thenThrows({ message: `case ${CASE} was revoked; it cannot be changed`, field: 'caseId' });
    });

    it('refuses an amendment recorded for another defense area, whose figures the case never counted in', () => {
      given(decider, [filed])
        .when(amend(80_000_000, '补充转账记录', 'st-b'))
        .thenThrows({ message: OTHER_AREA, field: 'unitId' });
    });
  });

  describe('RevokeCase', () => {
    it('carries the current loss and the filing time so both can be undone on the filing day', () => {
      given(decider, [filed])
        .when(revoke('不构成诈骗'))
        .then([
          {
            type: 'CaseRevoked',
            data: { caseId: CASE, reason: '不构成诈骗', lossFen: 50_000_000, caseFiledAt: FILED_AT, fraudType: 'INVESTMENT' },
          },
        ]);
    });

    it('undoes the amended loss, not the original one', () => {
      given(decider, [filed, amended])
        .when(revoke('重复立案'))
        .then([
          {
            type: 'CaseRevoked',
            data: { caseId: CASE, reason: '重复立案', lossFen: 80_000_000, caseFiledAt: FILED_AT, fraudType: 'INVESTMENT' },
          },
        ]);
    });

    it('refuses to revoke a case that was never filed', () => {
      given(decider, []).when(revoke('x')).thenThrows({ message: 'has not been filed', field: 'caseId' });
    });

    it('refuses to revoke a case twice', () => {
      given(decider, [filed, revoked]).when(revoke('x')).thenThrows({ message: 'was revoked; it cannot be changed', field: 'caseId' });
    });

    it('refuses a revocation recorded for another defense area', () => {
      given(decider, [filed, amended]).when(revoke('重复立案', 'st-b')).thenThrows({ message: OTHER_AREA, field: 'unitId' });
    });
  });

  describe('evolve', () => {
    it('remembers where and when the case was filed from the stored event, and the current loss', () => {
      const fact = { eventId: 'evt-aj-1', areaId: 'st-a', occurredAt: FILED_AT };
      const visits = { facts: [], retracted: [] };
      expect(given(decider, [filed, amended]).state).toEqual({
        filed: { fact, lossFen: 80_000_000, fraudType: 'INVESTMENT' },
        revoked: false,
        visits,
      });
      expect(given(decider, [filed, amended, revoked]).state).toEqual({
        filed: { fact, lossFen: 80_000_000, fraudType: 'INVESTMENT' },
        revoked: true,
        visits,
      });
    });

    it('needs the id and unit of a stored CaseFiled', () => {
      expect(() => decider.evolve(decider.initialState(), { type: 'CaseFiled', data: filed.data })).toThrow('has no id or metadata.unitId');
    });
  });

  describe('CorrectCaseTime', () => {
    const REALLY_FILED = '2026-04-10T01:00:00.000Z';
    const correct = (filedAt: string, over: { unitId?: string; correctedAt?: string } = {}) =>
      ({
        type: 'CorrectCaseTime',
        caseId: CASE,
        unitId: 'st-a',
        filedAt,
        correctedAt: '2026-04-22T02:00:00.000Z',
        reason: '立案时间录入错误',
        ...over,
      }) as const;
    const corrected = recorded<CaseTimeCorrected>('evt-aj-1-t', 'st-a', '2026-04-22T02:00:00.000Z', {
      type: 'CaseTimeCorrected',
      data: {
        caseId: CASE,
        occurredAt: REALLY_FILED,
        previousOccurredAt: FILED_AT,
        lossFen: 80_000_000,
        reason: '立案时间录入错误',
        fraudType: 'INVESTMENT',
      },
    });

    it('moves the case, with its current loss, from the filing time counted to the corrected one', () => {
      given(decider, [filed, amended])
        .when(correct('2026-04-10T09:00:00+08:00'))
        .then([
          {
            type: 'CaseTimeCorrected',
            data: {
              caseId: CASE,
              occurredAt: REALLY_FILED,
              previousOccurredAt: FILED_AT,
              lossFen: 80_000_000,
              reason: '立案时间录入错误',
              fraudType: 'INVESTMENT',
            },
          },
        ]);
    });

    it('counts later corrections on the corrected day', () => {
      given(decider, [filed, amended, corrected])
        .when(revoke('不构成诈骗'))
        .then([
          {
            type: 'CaseRevoked',
            data: { caseId: CASE, reason: '不构成诈骗', lossFen: 80_000_000, caseFiledAt: REALLY_FILED, fraudType: 'INVESTMENT' },
          },
        ]);
    });

    it('refuses the time it already has, a time after the correction, another unit, and a revoked case', () => {
      given(decider, [filed])
        .when(correct('2026-04-17T00:30:00+08:00'))
        .thenThrows({ message: `case ${CASE} is already filed at`, field: 'filedAt' });
      given(decider, [filed])
        .when(correct('2026-04-23T09:00:00+08:00'))
        .thenThrows({ message: 'is after the correction itself', field: 'filedAt' });
      given(decider, [filed])
        .when(correct(REALLY_FILED, { unitId: 'st-b' }))
        .thenThrows({ message: OTHER_AREA, field: 'unitId' });
      given(decider, [filed, revoked]).when(correct(REALLY_FILED)).thenThrows({ message: 'was revoked', field: 'caseId' });
    });
  });
});
