import { graphql } from '../../gql';

export const INTERVIEW_FIELDS = graphql(`
  fragment InterviewFields on Interview {
    interviewId
    status
    statusLabel
    overdue
    reason
    orderedOn
    heldAt
    attendees
    conclusion
    cancelReason
    closedOn
    allMet
    unitId
    countyId
    target {
      label
      unitName
      chief {
        name
        roleLabel
      }
    }
    orderedBy {
      name
      roleLabel
    }
    evidence {
      summary
    }
    schedule {
      at
      place
      interviewer
    }
    requirements {
      number
      text
      deadline
      met
      notes
      checkedOn
      overdue
    }
    history {
      eventId
      label
      summary
      occurredAt
      recordedBy
      recordedByRole
    }
  }
`);

export const INTERVIEWS = graphql(`
  query Interviews($countyId: ID, $unitId: ID, $status: InterviewStatus) {
    interviews(countyId: $countyId, unitId: $unitId, status: $status) {
      ...InterviewFields
    }
    latestFactDay
    counties: units(level: COUNTY) {
      unitId
      name
    }
  }
`);

/** The units an interview may name (a county or its stations) and the chiefs in office to order it or be interviewed. */
export const INTERVIEW_PARTIES = graphql(`
  query InterviewParties($onDay: Day!) {
    stations: units(level: STATION) {
      unitId
      name
      parentId
    }
    chiefs(onDay: $onDay) {
      chiefId
      name
      role
      unitId
    }
  }
`);

export const ORDER_INTERVIEW = graphql(`
  mutation OrderInterview($input: OrderInterviewInput!) {
    orderInterview(input: $input) {
      position
    }
  }
`);

export const SCHEDULE_INTERVIEW = graphql(`
  mutation ScheduleInterview($input: ScheduleInterviewInput!) {
    scheduleInterview(input: $input) {
      position
    }
  }
`);

export const HOLD_INTERVIEW = graphql(`
  mutation HoldInterview($input: HoldInterviewInput!) {
    holdInterview(input: $input) {
      position
    }
  }
`);

export const CHECK_FOLLOW_UP = graphql(`
  mutation CheckInterviewFollowUp($input: CheckInterviewFollowUpInput!) {
    checkInterviewFollowUp(input: $input) {
      position
    }
  }
`);

export const CLOSE_INTERVIEW = graphql(`
  mutation CloseInterview($input: CloseInterviewInput!) {
    closeInterview(input: $input) {
      position
    }
  }
`);

export const CANCEL_INTERVIEW = graphql(`
  mutation CancelInterview($input: CancelInterviewInput!) {
    cancelInterview(input: $input) {
      position
    }
  }
`);
