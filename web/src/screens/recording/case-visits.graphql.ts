import { graphql } from '../../gql';

export const VISIT_VICTIM = graphql(`
  mutation VisitVictim($input: VisitVictimInput!) {
    visitVictim(input: $input) {
      eventIds
    }
  }
`);

export const RETRACT_VICTIM_VISIT = graphql(`
  mutation RetractVictimVisit($input: RetractVictimVisitInput!) {
    retractVictimVisit(input: $input) {
      eventIds
    }
  }
`);
