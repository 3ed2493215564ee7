import { graphql } from '../../gql';

/** The recorder's units and their stations: facts are recorded for stations. */
export const RECORDING_UNITS = graphql(`
  query RecordingUnits {
    units {
      unitId
      name
      level
      parentId
    }
  }
`);

export const MY_RECORDS = graphql(`
  query MyRecords($after: String) {
    myRecords(first: 20, after: $after) {
      entries {
        eventId
        type
        typeLabel
        kind
        kindLabel
        correctionSummary
        reason
        unitId
        unitName
        streamId
        occurredAt
        recordedAt
      }
      endCursor
      hasNextPage
    }
  }
`);

export const OPEN_WARNINGS = graphql(`
  query OpenWarnings($unitId: ID!) {
    openWarnings(unitId: $unitId, dueWithinHours: 24) {
      instructionId
      unitId
      unitName
      kindLabel
      receivedAt
      deadline
      overdue
    }
  }
`);

/** The facts and their corrections, each answering the events it recorded. */
export const RECEIVE_WARNING = graphql(`
  mutation ReceiveWarning($input: ReceiveWarningInput!) {
    receiveWarning(input: $input) {
      eventIds
    }
  }
`);

export const RECORD_WARNING_CONTACT = graphql(`
  mutation RecordWarningContact($input: RecordWarningContactInput!) {
    recordWarningContact(input: $input) {
      eventIds
    }
  }
`);

export const RECORD_WARNING_DISSUADED = graphql(`
  mutation RecordWarningDissuaded($input: RecordWarningDissuadedInput!) {
    recordWarningDissuaded(input: $input) {
      eventIds
    }
  }
`);

export const RECORD_VICTIMISED_AFTER_WARNING = graphql(`
  mutation RecordVictimisedAfterWarning($input: RecordVictimisedAfterWarningInput!) {
    recordVictimisedAfterWarning(input: $input) {
      eventIds
    }
  }
`);

export const APPLY_PROTECTIVE_MEASURE = graphql(`
  mutation ApplyProtectiveMeasure($input: ApplyProtectiveMeasureInput!) {
    applyProtectiveMeasure(input: $input) {
      eventIds
    }
  }
`);

export const RETRACT_WARNING_FACT = graphql(`
  mutation RetractWarningFact($input: RetractWarningFactInput!) {
    retractWarningFact(input: $input) {
      eventIds
    }
  }
`);

export const RECEIVE_FRAUD_ALERT = graphql(`
  mutation ReceiveFraudAlert($input: ReceiveFraudAlertInput!) {
    receiveFraudAlert(input: $input) {
      eventIds
    }
  }
`);

export const REVOKE_FRAUD_ALERT = graphql(`
  mutation RevokeFraudAlert($input: RevokeFraudAlertInput!) {
    revokeFraudAlert(input: $input) {
      eventIds
    }
  }
`);

export const FILE_CASE = graphql(`
  mutation FileCase($input: FileCaseInput!) {
    fileCase(input: $input) {
      eventIds
    }
  }
`);

export const AMEND_CASE_LOSS = graphql(`
  mutation AmendCaseLoss($input: AmendCaseLossInput!) {
    amendCaseLoss(input: $input) {
      eventIds
    }
  }
`);

export const REVOKE_CASE = graphql(`
  mutation RevokeCase($input: RevokeCaseInput!) {
    revokeCase(input: $input) {
      eventIds
    }
  }
`);

export const CORRECT_CASE_TIME = graphql(`
  mutation CorrectCaseTime($input: CorrectCaseTimeInput!) {
    correctCaseTime(input: $input) {
      eventIds
    }
  }
`);

export const SOLVE_CASE = graphql(`
  mutation SolveCase($input: SolveCaseInput!) {
    solveCase(input: $input) {
      eventIds
    }
  }
`);

export const APPREHEND_SUSPECTS = graphql(`
  mutation ApprehendSuspects($input: ApprehendSuspectsInput!) {
    apprehendSuspects(input: $input) {
      eventIds
    }
  }
`);

export const SEIZE_ITEMS = graphql(`
  mutation SeizeItems($input: SeizeItemsInput!) {
    seizeItems(input: $input) {
      eventIds
    }
  }
`);

export const BREAK_DENS = graphql(`
  mutation BreakDens($input: BreakDensInput!) {
    breakDens(input: $input) {
      eventIds
    }
  }
`);

export const CUT_OFF_CARDS = graphql(`
  mutation CutOffCards($input: CutOffCardsInput!) {
    cutOffCards(input: $input) {
      eventIds
    }
  }
`);

export const PENALISE_COMPANY = graphql(`
  mutation PenaliseCompany($input: PenaliseCompanyInput!) {
    penaliseCompany(input: $input) {
      eventIds
    }
  }
`);

export const RETRACT_STRIKE_FACT = graphql(`
  mutation RetractStrikeFact($input: RetractStrikeFactInput!) {
    retractStrikeFact(input: $input) {
      eventIds
    }
  }
`);

export const AMEND_APPREHENSION_COUNT = graphql(`
  mutation AmendApprehensionCount($input: AmendApprehensionCountInput!) {
    amendApprehensionCount(input: $input) {
      eventIds
    }
  }
`);

export const STOP_PAYMENT = graphql(`
  mutation StopPayment($input: StopPaymentInput!) {
    stopPayment(input: $input) {
      eventIds
    }
  }
`);

export const FREEZE_FUNDS = graphql(`
  mutation FreezeFunds($input: FreezeFundsInput!) {
    freezeFunds(input: $input) {
      eventIds
    }
  }
`);

export const RETURN_FUNDS = graphql(`
  mutation ReturnFunds($input: ReturnFundsInput!) {
    returnFunds(input: $input) {
      eventIds
    }
  }
`);

export const RECORD_LOSS_AVERTED = graphql(`
  mutation RecordLossAverted($input: RecordLossAvertedInput!) {
    recordLossAverted(input: $input) {
      eventIds
    }
  }
`);

export const AMEND_RECOVERY_AMOUNT = graphql(`
  mutation AmendRecoveryAmount($input: AmendRecoveryAmountInput!) {
    amendRecoveryAmount(input: $input) {
      eventIds
    }
  }
`);

export const RETRACT_RECOVERY_FACT = graphql(`
  mutation RetractRecoveryFact($input: RetractRecoveryFactInput!) {
    retractRecoveryFact(input: $input) {
      eventIds
    }
  }
`);
