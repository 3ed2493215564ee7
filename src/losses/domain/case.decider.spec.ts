import { at, given } from '../../common/decider.spec-helpers';
import { CaseFiled, CaseLossAmended, CaseRevoked } from '../events/loss.events';
import { caseDecider as decider } from './case.decider';

const CASE = 'AJ-20260417-0042';
const FILED_AT = '2026-04-16T16:30:00.000Z'; // 00:30 on 17 April in Shanghai

const filed = at<CaseFiled>(FILED_AT, {
  type: 'CaseFiled',
  data: { caseId: CASE, fraudType: 'INVESTMENT', lossFen: 50_000_000 },
});
const amended = at<CaseLossAmended>('2026-04-20T02:00:00.000Z', {
  type: 'CaseLossAmended',
  data: { caseId: CASE, lossFen: 80_000_000, previousLossFen: 50_000_000, caseFiledAt: FILED_AT, reason: '补充转账记录' },
});
const revoked = at<CaseRevoked>('2026-04-21T02:00:00.000Z', {
  type: 'CaseRevoked',
  data: { caseId: CASE, reason: '不构成诈骗', lossFen: 50_000_000, caseFiledAt: FILED_AT },
});

describe('case decider', () => {
  describe('FileCase', () => {
    it('files a case with its fraud type and loss', () => {
      given(decider, [])
        .when({ type: 'FileCase', caseId: CASE, fraudType: 'ORDER_BRUSHING', lossFen: 5_000_000_000 })
        .then([{ type: 'CaseFiled', data: { caseId: CASE, fraudType: 'ORDER_BRUSHING', lossFen: 5_000_000_000 } }]);
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
        .when({ type: 'AmendLoss', caseId: CASE, lossFen: 80_000_000, reason: '补充转账记录' })
        .then([{
          type: 'CaseLossAmended',
          data: { caseId: CASE, lossFen: 80_000_000, previousLossFen: 50_000_000, caseFiledAt: FILED_AT, reason: '补充转账记录' },
        }]);
    });

    it('replaces the latest amended loss, not the original one', () => {
      given(decider, [filed, amended])
        .when({ type: 'AmendLoss', caseId: CASE, lossFen: 30_000_000, reason: '部分款项系借款' })
        .then([{
          type: 'CaseLossAmended',
          data: { caseId: CASE, lossFen: 30_000_000, previousLossFen: 80_000_000, caseFiledAt: FILED_AT, reason: '部分款项系借款' },
        }]);
    });

    it('may amend a loss down to zero', () => {
      given(decider, [filed])
        .when({ type: 'AmendLoss', caseId: CASE, lossFen: 0, reason: '未实际转账' })
        .then([{ type: 'CaseLossAmended', data: { caseId: CASE, lossFen: 0, previousLossFen: 50_000_000, caseFiledAt: FILED_AT, reason: '未实际转账' } }]);
    });

    it('refuses an amendment that changes nothing', () => {
      given(decider, [filed])
        .when({ type: 'AmendLoss', caseId: CASE, lossFen: 50_000_000, reason: 'same' })
        .thenThrows({ message: `the loss of case ${CASE} is already 50000000 fen`, field: 'loss' });
    });

    it('compares an amendment with the current (amended) loss', () => {
      given(decider, [filed, amended])
        .when({ type: 'AmendLoss', caseId: CASE, lossFen: 80_000_000, reason: 'same' })
        .thenThrows({ message: 'is already 80000000 fen', field: 'loss' });
    });

    it('refuses to amend a case that was never filed', () => {
      given(decider, [])
        .when({ type: 'AmendLoss', caseId: CASE, lossFen: 1, reason: 'x' })
        .thenThrows({ message: `case ${CASE} has not been filed`, field: 'caseId' });
    });

    it('refuses to amend a revoked case', () => {
      given(decider, [filed, revoked])
        .when({ type: 'AmendLoss', caseId: CASE, lossFen: 1, reason: 'x' })
        .thenThrows({ message: `case ${CASE} was revoked; it cannot be changed`, field: 'caseId' });
    });
  });

  describe('RevokeCase', () => {
    it('carries the current loss and the filing time so both can be undone on the filing day', () => {
      given(decider, [filed])
        .when({ type: 'RevokeCase', caseId: CASE, reason: '不构成诈骗' })
        .then([{ type: 'CaseRevoked', data: { caseId: CASE, reason: '不构成诈骗', lossFen: 50_000_000, caseFiledAt: FILED_AT } }]);
    });

    it('undoes the amended loss, not the original one', () => {
      given(decider, [filed, amended])
        .when({ type: 'RevokeCase', caseId: CASE, reason: '重复立案' })
        .then([{ type: 'CaseRevoked', data: { caseId: CASE, reason: '重复立案', lossFen: 80_000_000, caseFiledAt: FILED_AT } }]);
    });

    it('refuses to revoke a case that was never filed', () => {
      given(decider, [])
        .when({ type: 'RevokeCase', caseId: CASE, reason: 'x' })
        .thenThrows({ message: 'has not been filed', field: 'caseId' });
    });

    it('refuses to revoke a case twice', () => {
      given(decider, [filed, revoked])
        .when({ type: 'RevokeCase', caseId: CASE, reason: 'x' })
        .thenThrows({ message: 'was revoked; it cannot be changed', field: 'caseId' });
    });
  });

  describe('evolve', () => {
    it('remembers the filing time from the stored metadata and the current loss', () => {
      expect(given(decider, [filed, amended]).state).toEqual({ filed: { at: FILED_AT, lossFen: 80_000_000 }, revoked: false });
      expect(given(decider, [filed, amended, revoked]).state).toEqual({ filed: { at: FILED_AT, lossFen: 80_000_000 }, revoked: true });
    });

    it('needs the metadata of a stored CaseFiled', () => {
      expect(() => decider.evolve(decider.initialState(), { type: 'CaseFiled', data: filed.data })).toThrow('has no metadata.occurredAt');
    });
  });
});
