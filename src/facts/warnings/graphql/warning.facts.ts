import { FactMutation } from '../../fact-mutation';
import { RecordWarningCommand } from '../commands/record-warning.command';
import {
  ApplyProtectiveMeasureInput,
  CheckWarningOnSiteInput,
  ForwardWarningInput,
  ReceiveWarningInput,
  RecordVictimisedAfterWarningInput,
  RecordWarningContactInput,
  RecordWarningDissuadedInput,
  RetractWarningFactInput,
} from './warning.inputs';

/** 预警/劝阻 as recorded: each mutation's input and the warning command it becomes. */
export const WARNING_FACTS = {
  receiveWarning: {
    input: ReceiveWarningInput,
    description: '接收预警指令',
    command: ({ instructionId, kind, occurredAt, deadline }, context) =>
      new RecordWarningCommand({ type: 'ReceiveWarning', instructionId, kind, receivedAt: occurredAt, deadline }, context),
  } satisfies FactMutation<ReceiveWarningInput>,
  recordWarningContact: {
    input: RecordWarningContactInput,
    description: '记录见面/电话联系',
    command: ({ instructionId, unitId, method, occurredAt }, context) =>
      new RecordWarningCommand({ type: 'RecordContact', instructionId, unitId, method, contactedAt: occurredAt }, context),
  } satisfies FactMutation<RecordWarningContactInput>,
  recordWarningDissuaded: {
    input: RecordWarningDissuadedInput,
    description: '记录劝阻成功',
    command: ({ instructionId, unitId, occurredAt }, context) =>
      new RecordWarningCommand({ type: 'RecordDissuasion', instructionId, unitId, dissuadedAt: occurredAt }, context),
  } satisfies FactMutation<RecordWarningDissuadedInput>,
  recordVictimisedAfterWarning: {
    input: RecordVictimisedAfterWarningInput,
    description: '记录预警后被骗',
    command: ({ instructionId, unitId, caseId, occurredAt }, context) =>
      new RecordWarningCommand(
        { type: 'RecordVictimisation', instructionId, unitId, caseId: caseId ?? null, victimisedAt: occurredAt },
        context,
      ),
  } satisfies FactMutation<RecordVictimisedAfterWarningInput>,
  applyProtectiveMeasure: {
    input: ApplyProtectiveMeasureInput,
    description: '记录临时性保护措施',
    command: ({ instructionId, unitId, measure, occurredAt }, context) =>
      new RecordWarningCommand({ type: 'ApplyProtectiveMeasure', instructionId, unitId, measure, appliedAt: occurredAt }, context),
  } satisfies FactMutation<ApplyProtectiveMeasureInput>,
  forwardWarning: {
    input: ForwardWarningInput,
    description: '记录预警指令流转',
    command: ({ instructionId, unitId, toUnitId, occurredAt }, context) =>
      new RecordWarningCommand(
        { type: 'ForwardWarning', instructionId, unitId, toUnitId: toUnitId ?? null, forwardedAt: occurredAt },
        context,
      ),
  } satisfies FactMutation<ForwardWarningInput>,
  checkWarningOnSite: {
    input: CheckWarningOnSiteInput,
    description: '记录落地核查',
    command: ({ instructionId, unitId, result, occurredAt }, context) =>
      new RecordWarningCommand({ type: 'CheckOnSite', instructionId, unitId, result, checkedAt: occurredAt }, context),
  } satisfies FactMutation<CheckWarningOnSiteInput>,
  retractWarningFact: {
    input: RetractWarningFactInput,
    description: '撤回误录的预警处置记录(记入原预警日)',
    command: ({ instructionId, eventId, unitId, reason }, context) =>
      new RecordWarningCommand({ type: 'RetractFact', instructionId, eventId, unitId, reason }, context),
  } satisfies FactMutation<RetractWarningFactInput>,
};
