import { graphql } from '../../gql';

export const INTEGRITY_SETUP = graphql(`
  query IntegritySetup {
    latestFactDay
    city: units(level: CITY) {
      unitId
      name
    }
    counties: units(level: COUNTY) {
      unitId
      name
    }
  }
`);

export const INTEGRITY_FINDINGS = graphql(`
  query IntegrityFindings($unitId: ID!, $from: Day!, $to: Day!, $asOf: DateTime) {
    integrityFindings(unitId: $unitId, from: $from, to: $to, asOf: $asOf) {
      findingId
      asOf
      detector
      detectorLabel
      unitId
      unitName
      about
      summary
      statisticName
      statistic
      threshold
      flagsWhen
      evidence
      verification {
        outcome
        outcomeLabel
        reason
        verifiedAt
        verifiedBy
      }
    }
  }
`);

export const VERIFY_FINDING = graphql(`
  mutation VerifyFinding($input: VerifyFindingInput!) {
    verifyFinding(input: $input) {
      eventIds
    }
  }
`);
