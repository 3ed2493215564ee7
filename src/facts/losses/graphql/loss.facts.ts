import { FactMutation } from '../../fact-mutation';
import { RecordAlertCommand, RecordCaseCommand } from '../commands/record-case.command';
import {
  AmendCaseLossInput,
  CorrectCaseTimeInput,
  FileCaseInput,
  ReceiveFraudAlertInput,
  RetractVictimVisitInput,
  RevokeCaseInput,
  RevokeFraudAlertInput,
  VisitVictimInput,
} from './loss.inputs';
import { analysisOf } from '../events/case-analysis';

/** 警情/发案/财损 as recorded: each mutation's input and the alert or case command it becomes. */
export const LOSS_FACTS = {
  receiveFraudAlert: {
    input: ReceiveFraudAlertInput,
    description: '接报涉电诈警情',
    command: ({ alertId, fraudType, criminal }, context) =>
      new RecordAlertCommand({ type: 'ReceiveAlert', alertId, fraudType, ...(typeof criminal === 'boolean' ? { criminal } : {}) }, context),
  } satisfies FactMutation<ReceiveFraudAlertInput>,
  revokeFraudAlert: {
    input: RevokeFraudAlertInput,
    description: '撤销误录的警情(记入原接报日)',
    command: ({ alertId, unitId, reason }, context) => new RecordAlertCommand({ type: 'RevokeAlert', alertId, unitId, reason }, context),
  } satisfies FactMutation<RevokeFraudAlertInput>,
  fileCase: {
    input: FileCaseInput,
    description: '立案(发案),含财损',
    command: ({ caseId, fraudType, loss, alertId, method, victimGroup }, context) =>
      new RecordCaseCommand(
        { type: 'FileCase', caseId, fraudType, lossFen: loss, ...(alertId ? { alertId } : {}), ...analysisOf({ method, victimGroup }) },
        context,
      ),
  } satisfies FactMutation<FileCaseInput>,
  amendCaseLoss: {
    input: AmendCaseLossInput,
    description: '更正财损(记入原发案日)',
    command: ({ caseId, unitId, loss, reason }, context) =>
      new RecordCaseCommand({ type: 'AmendLoss', caseId, unitId, lossFen: loss, reason }, context),
  } satisfies FactMutation<AmendCaseLossInput>,
  revokeCase: {
    input: RevokeCaseInput,
    description: '撤案(记入原发案日)',
    command: ({ caseId, unitId, reason }, context) => new RecordCaseCommand({ type: 'RevokeCase', caseId, unitId, reason }, context),
  } satisfies FactMutation<RevokeCaseInput>,
  correctCaseTime: {
    input: CorrectCaseTimeInput,
    description: '更正立案时间(发案与财损移至更正后的日期)',
    command: ({ caseId, unitId, filedAt, reason, occurredAt }, context) =>
      new RecordCaseCommand({ type: 'CorrectCaseTime', caseId, unitId, filedAt, correctedAt: occurredAt, reason }, context),
  } satisfies FactMutation<CorrectCaseTimeInput>,
  visitVictim: {
    input: VisitVictimInput,
    description: '受害人回访(一案一回访,记入立案日;每案只计一次)',
    command: ({ caseId, unitId, occurredAt, visitedBy, notes }, context) =>
      new RecordCaseCommand({ type: 'VisitVictim', caseId, unitId, visitedAt: occurredAt, visitedBy, notes }, context),
  } satisfies FactMutation<VisitVictimInput>,
  retractVictimVisit: {
    input: RetractVictimVisitInput,
    description: '撤回误录的受害人回访(记入立案日)',
    command: ({ caseId, unitId, eventId, reason }, context) =>
      new RecordCaseCommand({ type: 'RetractVictimVisit', caseId, unitId, eventId, reason }, context),
  } satisfies FactMutation<RetractVictimVisitInput>,
};
