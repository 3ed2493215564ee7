import { bilingual } from '../../../common/bilingual';
import { Decider, DomainRuleError } from '../../../common/decider';
import { factLabel } from '../../domain/fact-catalogue';
import { FactLedger, StandingFact, correctedFact, withAmended, withFact, withRetracted } from '../../domain/recorded-fact';
import { Charge, Measure, StrikeEvent, StrikeFact } from '../events/strike.events';
import { OperationResultCommand, decideOperationResult } from './operation-results';

type Correction = { operationId: string; eventId: string; unitId: string; reason: string };

export type StrikeCommand =
  | { type: 'SolveCase'; operationId: string; caseId: string }
  | { type: 'ApprehendSuspects'; operationId: string; charge: Charge; measure: Measure; count: number }
  | OperationResultCommand
  | (Correction & { type: 'RetractFact' })
  | (Correction & { type: 'AmendApprehensionCount'; count: number });

/** The facts not retracted, an apprehension with its amended count. */
export type StrikeState = FactLedger<StrikeFact>;

export const strikeDecider: Decider<StrikeState, StrikeCommand, StrikeEvent> = {
  initialState: () => ({ facts: [], retracted: [] }),

  decide(command, state) {
    const { operationId } = command;
    switch (command.type) {
      case 'SolveCase':
        if (state.facts.some((f) => f.event.type === 'CaseSolved' && f.event.data.caseId === command.caseId)) {
          throw new DomainRuleError(
            bilingual(
              `案件 ${command.caseId} 已在行动 ${operationId} 中记录为破案`,
              `case ${command.caseId} is already recorded as solved in operation ${operationId}`,
            ),
            'caseId',
          );
        }
        return [{ type: 'CaseSolved', data: { operationId, caseId: command.caseId } }];
      case 'ApprehendSuspects':
        return [
          {
            type: 'SuspectsApprehended',
            data: { operationId, charge: command.charge, measure: command.measure, count: command.count },
          },
        ];
      case 'SeizeItems':
      case 'BreakDens':
      case 'CutOffCards':
      case 'PenaliseCompany':
        return decideOperationResult(command, state.facts);
      case 'RetractFact': {
        const { fact, event } = correctedFact(state, command, operationOf(operationId));
        return [
          {
            type: 'StrikeFactRetracted',
            data: {
              operationId,
              eventId: fact.eventId,
              retracted: event,
              areaId: fact.areaId,
              factOccurredAt: fact.occurredAt,
              reason: command.reason,
            },
          },
        ];
      }
      case 'AmendApprehensionCount':
        return [amendment(command, correctedFact(state, command, operationOf(operationId)))];
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'StrikeFactRetracted':
        return withRetracted(state, event.data.eventId);
      case 'ApprehensionCountAmended':
        return withAmended(state, event.data.eventId, { count: event.data.count });
      default:
        return withFact(state, event);
    }
  },
};

const operationOf = (operationId: string) => ({ zh: `行动 ${operationId}`, en: `operation ${operationId}` });

function amendment(
  command: Extract<StrikeCommand, { type: 'AmendApprehensionCount' }>,
  { fact, event }: StandingFact<StrikeFact>,
): StrikeEvent {
  const { operationId, eventId, count, reason } = command;
  if (event.type !== 'SuspectsApprehended') {
    throw new DomainRuleError(
      bilingual(
        `事件 ${eventId} 记录的是${factLabel(event.type)}，只有抓获记录才有人数可更正`,
        `event ${eventId} records ${event.type}; only an apprehension has a count to amend`,
      ),
      'eventId',
    );
  }
  if (!Number.isInteger(count) || count < 1) {
    throw new DomainRuleError(
      bilingual(
        '抓获人数须为不小于 1 的整数；如无人被抓获，请撤回该抓获记录',
        'count must be a whole number of at least 1; retract the apprehension if nobody was apprehended',
      ),
      'count',
    );
  }
  const { charge, measure, count: previousCount } = event.data;
  if (count === previousCount) {
    throw new DomainRuleError(
      bilingual(`事件 ${eventId} 的抓获人数已是 ${count} 人`, `the count of event ${eventId} is already ${count}`),
      'count',
    );
  }
  return {
    type: 'ApprehensionCountAmended',
    data: { operationId, eventId, charge, measure, count, previousCount, areaId: fact.areaId, factOccurredAt: fact.occurredAt, reason },
  };
}
