/**
 * The mutations a mapping may produce and the fields of their inputs, so a mistyped mutation or
 * field fails when the mapping is loaded rather than on every row. A spec checks this table against
 * schema.gql; the schema stays the judge of the values.
 */
export interface MutationFields {
  required: readonly string[];
  optional: readonly string[];
}

/** FactEnvelopeInput: idempotencyKey and source come from the mapping itself, never from a field. */
export const ENVELOPE_FIELDS: MutationFields = { required: ['unitId', 'occurredAt'], optional: ['lateReason'] };
export const FIELDS_FROM_MAPPING = ['idempotencyKey', 'source'] as const;

const fields = (required: string[], optional: string[] = []): MutationFields => ({ required, optional });

export const MUTATION_FIELDS: Readonly<Record<string, MutationFields>> = {
  receiveWarning: fields(['instructionId', 'kind', 'deadline']),
  recordWarningContact: fields(['instructionId', 'method']),
  recordWarningDissuaded: fields(['instructionId']),
  recordVictimisedAfterWarning: fields(['instructionId'], ['caseId']),
  applyProtectiveMeasure: fields(['instructionId', 'measure']),
  forwardWarning: fields(['instructionId'], ['toUnitId']),
  checkWarningOnSite: fields(['instructionId', 'result']),
  retractWarningFact: fields(['instructionId', 'eventId', 'reason']),
  receiveFraudAlert: fields(['alertId', 'fraudType'], ['criminal']),
  revokeFraudAlert: fields(['alertId', 'reason']),
  fileCase: fields(['caseId', 'fraudType', 'loss'], ['alertId', 'method', 'victimGroup']),
  amendCaseLoss: fields(['caseId', 'loss', 'reason']),
  revokeCase: fields(['caseId', 'reason']),
  correctCaseTime: fields(['caseId', 'filedAt', 'reason']),
  visitVictim: fields(['caseId'], ['visitedBy', 'notes']),
  retractVictimVisit: fields(['caseId', 'eventId', 'reason']),
  solveCase: fields(['operationId', 'caseId']),
  apprehendSuspects: fields(['operationId', 'charge', 'measure', 'count']),
  seizeItems: fields(['operationId', 'phones', 'bankCards']),
  breakDens: fields(['operationId', 'count', 'local']),
  cutOffCards: fields(['operationId', 'phoneCards', 'bankCards']),
  penaliseCompany: fields(['operationId', 'company', 'penalty']),
  retractStrikeFact: fields(['operationId', 'eventId', 'reason']),
  amendApprehensionCount: fields(['operationId', 'eventId', 'reason', 'count']),
  stopPayment: fields(['operationId', 'amount', 'accounts'], ['reportedAt']),
  freezeFunds: fields(['operationId', 'amount', 'accounts']),
  returnFunds: fields(['operationId', 'amount']),
  recordLossAverted: fields(['operationId', 'amount'], ['instructionId']),
  amendRecoveryAmount: fields(['operationId', 'eventId', 'reason', 'amount']),
  retractRecoveryFact: fields(['operationId', 'eventId', 'reason']),
  holdPreventionActivity: fields(['activityId', 'form', 'peopleReached', 'oneToOne', 'materials', 'gridGroups']),
  amendPreventionTally: fields(['activityId', 'peopleReached', 'oneToOne', 'materials', 'gridGroups', 'reason']),
  retractPreventionActivity: fields(['activityId', 'reason']),
  registerOutflow: fields(['personId', 'destination'], ['abroadSince']),
  recordOutflowReturn: fields(['personId', 'way']),
  retractOutflowFact: fields(['personId', 'eventId', 'reason']),
};
