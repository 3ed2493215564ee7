import { graphql } from '../../gql';

export const PROBLEM_FIELDS = graphql(`
  fragment ProblemFields on Problem {
    problemId
    number
    title
    description
    unitId
    unitName
    status
    statusLabel
    overdue
    deadline
    plan
    refusalReason
    raisedAt
    origin {
      kind
      kindLabel
    }
    owner {
      chiefId
      name
      roleLabel
    }
    evidence {
      summary
    }
    rectification {
      text
      references
    }
    history {
      eventId
      stage
      stepLabel
      note
      recordedAt
      by {
        role
        subject
      }
    }
  }
`);

export const PROBLEM_LIST = graphql(`
  query ProblemList($countyId: ID!, $month: String!) {
    problemList(countyId: $countyId, month: $month) {
      countyId
      countyName
      month
      monthLabel
      candidates {
        key
        rule
        ruleLabel
        title
        description
        unitId
        unitName
        ratio {
          numerator
          denominator
          percent
        }
        evidence {
          summary
        }
      }
      problems {
        ...ProblemFields
      }
    }
  }
`);

/** The counties to choose from, and the last day with figures (the month the screen opens on). */
export const PROBLEM_COUNTIES = graphql(`
  query ProblemCounties {
    latestFactDay
    counties: units(level: COUNTY) {
      unitId
      name
    }
  }
`);

/** Whom a problem can be given to: the chiefs of the county and of its stations. */
export const COUNTY_CHIEFS = graphql(`
  query CountyChiefs($countyId: ID!) {
    unit(unitId: $countyId) {
      unitId
      name
      chiefs {
        chiefId
        name
        role
        removedFrom
      }
      children {
        unitId
        name
        chiefs {
          chiefId
          name
          role
          removedFrom
        }
      }
    }
  }
`);

export const RAISE_PROBLEM = graphql(`
  mutation RaiseProblem($input: RaiseProblemInput!) {
    raiseProblem(input: $input) {
      problemId
    }
  }
`);

export const ADOPT_CANDIDATE = graphql(`
  mutation AdoptProblemCandidate($input: AdoptProblemCandidateInput!) {
    adoptProblemCandidate(input: $input) {
      problemId
    }
  }
`);

export const START_RECTIFICATION = graphql(`
  mutation StartProblemRectification($input: StartProblemRectificationInput!) {
    startProblemRectification(input: $input) {
      position
    }
  }
`);

export const REPORT_RECTIFIED = graphql(`
  mutation ReportProblemRectified($input: ReportProblemRectifiedInput!) {
    reportProblemRectified(input: $input) {
      position
    }
  }
`);

export const VERIFY_RECTIFICATION = graphql(`
  mutation VerifyProblemRectification($input: VerifyProblemRectificationInput!) {
    verifyProblemRectification(input: $input) {
      position
    }
  }
`);

export const REFUSE_VERIFICATION = graphql(`
  mutation RefuseProblemVerification($input: RefuseProblemVerificationInput!) {
    refuseProblemVerification(input: $input) {
      position
    }
  }
`);
