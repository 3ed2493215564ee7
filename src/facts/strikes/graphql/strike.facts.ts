import { FactMutation } from '../../fact-mutation';
import { RecordStrikeCommand } from '../commands/record-strike.command';
import { BreakDensInput, CutOffCardsInput, PenaliseCompanyInput, SeizeItemsInput } from './operation-result.inputs';
import { AmendApprehensionCountInput, ApprehendSuspectsInput, RetractStrikeFactInput, SolveCaseInput } from './strike.inputs';

/** 打击 as recorded: each mutation's input and the strike command it becomes. */
export const STRIKE_FACTS = {
  solveCase: {
    input: SolveCaseInput,
    description: '破案',
    command: ({ operationId, caseId }, context) => new RecordStrikeCommand({ type: 'SolveCase', operationId, caseId }, context),
  } satisfies FactMutation<SolveCaseInput>,
  apprehendSuspects: {
    input: ApprehendSuspectsInput,
    description: '抓获犯罪嫌疑人',
    command: ({ operationId, charge, measure, count }, context) =>
      new RecordStrikeCommand({ type: 'ApprehendSuspects', operationId, charge, measure, count }, context),
  } satisfies FactMutation<ApprehendSuspectsInput>,
  seizeItems: {
    input: SeizeItemsInput,
    description: '缴获作案手机、银行卡',
    command: ({ operationId, phones, bankCards }, context) =>
      new RecordStrikeCommand({ type: 'SeizeItems', operationId, phones, bankCards }, context),
  } satisfies FactMutation<SeizeItemsInput>,
  breakDens: {
    input: BreakDensInput,
    description: '打掉窝点',
    command: ({ operationId, count, local }, context) => new RecordStrikeCommand({ type: 'BreakDens', operationId, count, local }, context),
  } satisfies FactMutation<BreakDensInput>,
  cutOffCards: {
    input: CutOffCardsInput,
    description: '断卡：查处涉诈电话卡、银行卡',
    command: ({ operationId, phoneCards, bankCards }, context) =>
      new RecordStrikeCommand({ type: 'CutOffCards', operationId, phoneCards, bankCards }, context),
  } satisfies FactMutation<CutOffCardsInput>,
  penaliseCompany: {
    input: PenaliseCompanyInput,
    description: '对涉事企业给予行政处罚',
    command: ({ operationId, company, penalty }, context) =>
      new RecordStrikeCommand({ type: 'PenaliseCompany', operationId, company, penalty }, context),
  } satisfies FactMutation<PenaliseCompanyInput>,
  retractStrikeFact: {
    input: RetractStrikeFactInput,
    description: '撤回误录的打击记录(记入原记录日)',
    command: ({ operationId, eventId, unitId, reason }, context) =>
      new RecordStrikeCommand({ type: 'RetractFact', operationId, eventId, unitId, reason }, context),
  } satisfies FactMutation<RetractStrikeFactInput>,
  amendApprehensionCount: {
    input: AmendApprehensionCountInput,
    description: '更正抓获人数(记入原抓获日)',
    command: ({ operationId, eventId, unitId, count, reason }, context) =>
      new RecordStrikeCommand({ type: 'AmendApprehensionCount', operationId, eventId, unitId, count, reason }, context),
  } satisfies FactMutation<AmendApprehensionCountInput>,
};
