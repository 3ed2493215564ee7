import { shanghaiTimeOf } from '../../../common/business-day';
import { formatAmountZh } from '../../../common/money';
import { bilingual } from '../../../common/bilingual';
import { Decider, DomainRuleError } from '../../../common/decider';
import { FactLedger, RecordedFact, checkSameArea, recordedFactOf, withFact, withRetracted } from '../../domain/recorded-fact';
import { CaseEvent, FraudType, VictimVisited } from '../events/loss.events';
import { CaseAnalysis, analysisOf } from '../events/case-analysis';
import { VisitCommand, decideVisit } from './victim-visit';

export type CaseCommand =
  | ({ type: 'FileCase'; caseId: string; fraudType: FraudType; lossFen: number; alertId?: string } & CaseAnalysis)
  | { type: 'AmendLoss'; caseId: string; unitId: string; lossFen: number; reason: string }
  | { type: 'RevokeCase'; caseId: string; unitId: string; reason: string }
  /** `correctedAt`: when the correction itself happened; a case cannot have been filed after it. */
  | { type: 'CorrectCaseTime'; caseId: string; unitId: string; filedAt: string; correctedAt: string; reason: string }
  | VisitCommand;

export interface CaseState {
  filed: ({ fact: RecordedFact; lossFen: number; fraudType: FraudType; alertId?: string } & CaseAnalysis) | null;
  revoked: boolean;
  /** The victim's return visits (一案一回访) standing and retracted. */
  visits: FactLedger<VictimVisited>;
}

export const caseDecider: Decider<CaseState, CaseCommand, CaseEvent> = {
  initialState: () => ({ filed: null, revoked: false, visits: { facts: [], retracted: [] } }),

  decide(command, state) {
    const { caseId } = command;
    if (command.type === 'FileCase') {
      if (state.filed) throw new DomainRuleError(bilingual(`案件 ${caseId} 已立案`, `case ${caseId} was already filed`), 'caseId');
      const fromAlert = command.alertId === undefined ? {} : { alertId: command.alertId };
      return [
        {
          type: 'CaseFiled',
          data: { caseId, fraudType: command.fraudType, lossFen: command.lossFen, ...fromAlert, ...analysisOf(command) },
        },
      ];
    }
    if (!state.filed) throw new DomainRuleError(bilingual(`案件 ${caseId} 尚未立案`, `case ${caseId} has not been filed`), 'caseId');
    if (state.revoked) {
      throw new DomainRuleError(
        bilingual(`案件 ${caseId} 已撤案，不能再更改`, `case ${caseId} was revoked; it cannot be changed`),
        'caseId',
      );
    }
    const { fact, lossFen: currentLoss, fraudType, alertId } = state.filed;
    const fromAlert = alertId === undefined ? {} : { alertId };
    const analysis = analysisOf(state.filed);
    const visited = state.visits.facts.length > 0 ? { victimVisited: true } : {};
    // The indicators take a correction back on the unit that records it, so it must be the filing's.
    checkSameArea(fact, command.unitId);
    const caseFiledAt = fact.occurredAt;
    if (command.type === 'VisitVictim' || command.type === 'RetractVictimVisit')
      return decideVisit(command, state.visits, caseFiledAt, analysis);
    if (command.type === 'AmendLoss') {
      if (command.lossFen === currentLoss) {
        throw new DomainRuleError(
          bilingual(
            `案件 ${caseId} 的财损已是 ${formatAmountZh(currentLoss)}`,
            `the loss of case ${caseId} is already ${command.lossFen} fen`,
          ),
          'loss',
        );
      }
      return [
        {
          type: 'CaseLossAmended',
          data: {
            caseId,
            lossFen: command.lossFen,
            previousLossFen: currentLoss,
            caseFiledAt,
            reason: command.reason,
            fraudType,
            ...analysis,
          },
        },
      ];
    }
    if (command.type === 'CorrectCaseTime') {
      const filedAt = new Date(command.filedAt).toISOString();
      if (Date.parse(filedAt) === Date.parse(caseFiledAt)) {
        throw new DomainRuleError(
          bilingual(`案件 ${caseId} 的立案时间已是 ${shanghaiTimeOf(filedAt)}`, `case ${caseId} is already filed at ${command.filedAt}`),
          'filedAt',
        );
      }
      if (Date.parse(filedAt) > Date.parse(command.correctedAt)) {
        throw new DomainRuleError(
          bilingual(
            `更正后的立案时间 ${shanghaiTimeOf(filedAt)} 晚于本次更正的时间（${shanghaiTimeOf(command.correctedAt)}）`,
            `the corrected filing time ${command.filedAt} is after the correction itself (${command.correctedAt})`,
          ),
          'filedAt',
        );
      }
      // A victim is visited after the case is filed: a filing moved past a visit would leave it before.
      const firstVisit = Math.min(...state.visits.facts.map((v) => Date.parse(v.fact.occurredAt)));
      if (Date.parse(filedAt) > firstVisit) {
        const visitedAt = new Date(firstVisit).toISOString();
        throw new DomainRuleError(
          bilingual(
            `更正后的立案时间 ${shanghaiTimeOf(filedAt)} 晚于该案受害人回访的时间（${shanghaiTimeOf(visitedAt)}）`,
            `the corrected filing time ${command.filedAt} is after the victim's visit (${visitedAt})`,
          ),
          'filedAt',
        );
      }
      return [
        {
          type: 'CaseTimeCorrected',
          data: {
            caseId,
            occurredAt: filedAt,
            previousOccurredAt: caseFiledAt,
            lossFen: currentLoss,
            reason: command.reason,
            fraudType,
            ...fromAlert,
            ...analysis,
            ...visited,
          },
        },
      ];
    }
    return [
      {
        type: 'CaseRevoked',
        data: { caseId, reason: command.reason, lossFen: currentLoss, caseFiledAt, fraudType, ...fromAlert, ...analysis, ...visited },
      },
    ];
  },

  evolve(state, event) {
    switch (event.type) {
      case 'CaseFiled':
        return {
          ...state,
          filed: {
            fact: recordedFactOf(event),
            lossFen: event.data.lossFen,
            fraudType: event.data.fraudType,
            alertId: event.data.alertId,
            ...analysisOf(event.data),
          },
        };
      case 'CaseLossAmended':
        return { ...state, filed: state.filed && { ...state.filed, lossFen: event.data.lossFen } };
      case 'CaseRevoked':
        return { ...state, revoked: true };
      // Later corrections count on the corrected day, where the case now is.
      case 'CaseTimeCorrected':
        return { ...state, filed: state.filed && { ...state.filed, fact: { ...state.filed.fact, occurredAt: event.data.occurredAt } } };
      case 'VictimVisited':
        return { ...state, visits: withFact(state.visits, event) };
      case 'VictimVisitRetracted':
        return { ...state, visits: withRetracted(state.visits, event.data.eventId) };
    }
  },
};
