import { FactMutation } from '../../fact-mutation';
import { RecordStrikeCommand } from '../commands/record-strike.command';
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
  retractStrikeFact: {
    input: RetractStrikeFactInput,
    description: '撤回误录的破案或抓获记录(记入原记录日)',
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
