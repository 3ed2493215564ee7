import { shanghaiTimeOf } from '../../../common/business-day';
import { bilingual } from '../../../common/bilingual';
import { DomainRuleError } from '../../../common/decider';
import { FactLedger, correctedFact } from '../../domain/recorded-fact';
import { CaseEvent, VictimVisited } from '../events/loss.events';
import { CaseAnalysis } from '../events/case-analysis';

/** `visitedAt`: the visit's business time, which cannot come before the case was filed. */
export type VisitCommand =
  | { type: 'VisitVictim'; caseId: string; unitId: string; visitedAt: string; visitedBy?: string; notes?: string }
  | { type: 'RetractVictimVisit'; caseId: string; unitId: string; eventId: string; reason: string };

/**
 * 一案一回访 on a filed case's stream: the case counts as visited once, however many visits follow,
 * and stops counting only when its last standing visit is retracted. Both events carry the case's
 * filing time and analysis, where the count goes and which breakdowns it is split by.
 */
export function decideVisit(
  command: VisitCommand,
  visits: FactLedger<VictimVisited>,
  caseFiledAt: string,
  analysis: CaseAnalysis,
): CaseEvent[] {
  const { caseId } = command;
  if (command.type === 'RetractVictimVisit') {
    const { fact } = correctedFact(visits, command, { zh: `案件 ${caseId}`, en: `case ${caseId}` });
    const lastVisit = visits.facts.length === 1;
    return [
      {
        type: 'VictimVisitRetracted',
        data: { caseId, eventId: fact.eventId, visitedAt: fact.occurredAt, caseFiledAt, lastVisit, reason: command.reason, ...analysis },
      },
    ];
  }
  if (Date.parse(command.visitedAt) < Date.parse(caseFiledAt)) {
    throw new DomainRuleError(
      bilingual(
        `回访时间 ${shanghaiTimeOf(command.visitedAt)} 早于案件 ${caseId} 的立案时间（${shanghaiTimeOf(caseFiledAt)}）`,
        `the visit at ${command.visitedAt} is before case ${caseId} was filed (${caseFiledAt})`,
      ),
      'occurredAt',
    );
  }
  const { visitedBy, notes } = command;
  return [
    {
      type: 'VictimVisited',
      data: {
        caseId,
        caseFiledAt,
        firstVisit: visits.facts.length === 0,
        ...(visitedBy ? { visitedBy } : {}),
        ...(notes ? { notes } : {}),
        ...analysis,
      },
    },
  ];
}
