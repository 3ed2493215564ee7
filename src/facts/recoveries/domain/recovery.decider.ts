import { formatAmountZh } from '../../../common/money';
import { bilingual } from '../../../common/bilingual';
import { Decider, DomainRuleError } from '../../../common/decider';
import { FactLedger, FactOf, correctedFact, withAmended, withFact, withRetracted } from '../../domain/recorded-fact';
import { RecoveryEvent, RecoveryFact } from '../events/recovery.events';

type Correction = { operationId: string; eventId: string; unitId: string; reason: string };

/** Recovery facts are recorded as they happen, validated at the edge; only corrections refer to earlier ones. */
export type RecoveryCommand =
  | (FactOf<RecoveryFact> & { stoppedAt?: string })
  | (Correction & { type: 'AmendAmount'; amountFen: number })
  | (Correction & { type: 'RetractFact' });

export const operationIdOf = (command: RecoveryCommand) => ('data' in command ? command.data.operationId : command.operationId);

/** The facts not retracted, each with its amended amount. */
export type RecoveryState = FactLedger<RecoveryFact>;

/** A stop timed from a report that came after it would count negative minutes: refused, naming the field. */
function checkReportTime(command: FactOf<RecoveryFact> & { stoppedAt?: string }): void {
  const reportedAt = command.type === 'PaymentStopped' ? command.data.reportedAt : null;
  if (!reportedAt || !command.stoppedAt || Date.parse(reportedAt) <= Date.parse(command.stoppedAt)) return;
  throw new DomainRuleError(
    bilingual('报案时间不能晚于止付时间', 'the report time must not be after the time payment was stopped'),
    'reportedAt',
  );
}

export const recoveryDecider: Decider<RecoveryState, RecoveryCommand, RecoveryEvent> = {
  initialState: () => ({ facts: [], retracted: [] }),

  decide(command, state) {
    if ('data' in command) {
      checkReportTime(command);
      return [{ type: command.type, data: command.data } as RecoveryEvent];
    }
    const { operationId, eventId, reason } = command;
    const { fact, event } = correctedFact(state, command, { zh: `挽损行动 ${operationId}`, en: `recovery operation ${operationId}` });
    const where = { operationId, eventId, areaId: fact.areaId, factOccurredAt: fact.occurredAt, reason };
    if (command.type === 'RetractFact') return [{ type: 'RecoveryFactRetracted', data: { ...where, retracted: event } }];
    const { amountFen } = command;
    if (!Number.isSafeInteger(amountFen) || amountFen < 1) {
      throw new DomainRuleError(
        bilingual(
          '金额须大于零；如未挽回损失，请撤回该记录',
          'amount must be greater than zero; retract the fact if nothing was recovered',
        ),
        'amount',
      );
    }
    const previousAmountFen = event.data.amountFen;
    if (amountFen === previousAmountFen) {
      throw new DomainRuleError(
        bilingual(`事件 ${eventId} 的金额已是 ${formatAmountZh(amountFen)}`, `the amount of event ${eventId} is already ${amountFen} fen`),
        'amount',
      );
    }
    return [{ type: 'RecoveryAmountAmended', data: { ...where, amendedType: event.type, amountFen, previousAmountFen } }];
  },

  evolve(state, event) {
    switch (event.type) {
      case 'RecoveryFactRetracted':
        return withRetracted(state, event.data.eventId);
      case 'RecoveryAmountAmended':
        return withAmended(state, event.data.eventId, { amountFen: event.data.amountFen });
      default:
        return withFact(state, event);
    }
  },
};
