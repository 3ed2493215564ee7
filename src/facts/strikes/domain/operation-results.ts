import { bilingual } from '../../../common/bilingual';
import { DomainRuleError } from '../../../common/decider';
import { CompanyPenalty, StrikeEvent, StrikeFact } from '../events/strike.events';

/** What an operation took down besides cases and suspects: each a fact of its own, retracted like the others. */
export type OperationResultCommand =
  | { type: 'SeizeItems'; operationId: string; phones: number; bankCards: number }
  | { type: 'BreakDens'; operationId: string; count: number; local: boolean }
  | { type: 'CutOffCards'; operationId: string; phoneCards: number; bankCards: number }
  | { type: 'PenaliseCompany'; operationId: string; company: string; penalty: CompanyPenalty };

/** A record of nothing would count as an action with no result: one of its two counts must be above zero. */
function somethingIn(counts: Record<string, number>, zh: string, en: string) {
  if (Object.values(counts).some((n) => n > 0)) return;
  throw new DomainRuleError(bilingual(`${zh}不能均为 0`, `${en} cannot both be 0`), Object.keys(counts)[0]);
}

export function decideOperationResult(command: OperationResultCommand, facts: ReadonlyArray<{ event: StrikeFact }>): StrikeEvent[] {
  const { operationId } = command;
  switch (command.type) {
    case 'SeizeItems': {
      const { phones, bankCards } = command;
      somethingIn({ phones, bankCards }, '缴获手机数和银行卡数', 'phones and bankCards');
      return [{ type: 'ItemsSeized', data: { operationId, phones, bankCards } }];
    }
    case 'BreakDens':
      return [{ type: 'DensBroken', data: { operationId, count: command.count, local: command.local } }];
    case 'CutOffCards': {
      const { phoneCards, bankCards } = command;
      somethingIn({ phoneCards, bankCards }, '断卡的电话卡数和银行卡数', 'phoneCards and bankCards');
      return [{ type: 'CardsCutOff', data: { operationId, phoneCards, bankCards } }];
    }
    case 'PenaliseCompany': {
      const company = command.company.trim();
      if (facts.some((f) => f.event.type === 'CompanyPenalised' && f.event.data.company === company)) {
        throw new DomainRuleError(
          bilingual(`${company}已在行动 ${operationId} 中记录过行政处罚`, `${company} is already penalised in operation ${operationId}`),
          'company',
        );
      }
      return [{ type: 'CompanyPenalised', data: { operationId, company, penalty: command.penalty } }];
    }
  }
}
