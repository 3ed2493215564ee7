import { graphql } from '../../gql';

export const HOLD_PREVENTION_ACTIVITY = graphql(`
  mutation HoldPreventionActivity($input: HoldPreventionActivityInput!) {
    holdPreventionActivity(input: $input) {
      eventIds
    }
  }
`);

export const AMEND_PREVENTION_TALLY = graphql(`
  mutation AmendPreventionTally($input: AmendPreventionTallyInput!) {
    amendPreventionTally(input: $input) {
      eventIds
    }
  }
`);

export const RETRACT_PREVENTION_ACTIVITY = graphql(`
  mutation RetractPreventionActivity($input: RetractPreventionActivityInput!) {
    retractPreventionActivity(input: $input) {
      eventIds
    }
  }
`);
