import { graphql } from '../../gql';

export const APPEAL_FIELDS = graphql(`
  fragment AppealFields on Appeal {
    appealId
    unitId
    unitName
    from
    to
    reason
    filedOn
    filedAt
    deadline
    status
    statusLabel
    overdue
    appellant {
      chiefId
      name
      role
    }
    contestedFact {
      eventId
      typeLabel
      day
    }
    figuresAtFiling {
      summary
    }
    review {
      outcome
      outcomeLabel
      reasoning
      reviewedAt
      reviewedBy {
        role
        subject
      }
      figures {
        summary
      }
    }
    withdrawal {
      reason
      withdrawnAt
    }
  }
`);

export const APPEALS = graphql(`
  query Appeals($status: AppealStatus, $unitId: ID, $countyId: ID) {
    appeals(status: $status, unitId: $unitId, countyId: $countyId) {
      ...AppealFields
    }
    counties: units(level: COUNTY) {
      unitId
      name
    }
  }
`);

/** The chiefs of the officer's unit: a chief appeals, and withdraws, as the chief he is. */
export const UNIT_CHIEFS = graphql(`
  query UnitChiefs($unitId: ID!) {
    unit(unitId: $unitId) {
      chiefs {
        chiefId
        role
        removedFrom
      }
    }
  }
`);

export const FILE_APPEAL = graphql(`
  mutation FileAppeal($input: FileAppealInput!) {
    fileAppeal(input: $input) {
      appealId
    }
  }
`);

export const WITHDRAW_APPEAL = graphql(`
  mutation WithdrawAppeal($input: WithdrawAppealInput!) {
    withdrawAppeal(input: $input) {
      eventIds
    }
  }
`);

export const REVIEW_APPEAL = graphql(`
  mutation ReviewAppeal($input: ReviewAppealInput!) {
    reviewAppeal(input: $input) {
      eventIds
    }
  }
`);
