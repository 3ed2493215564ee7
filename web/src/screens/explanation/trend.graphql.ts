import { graphql } from '../../gql';

export const MONTH_RANKS = graphql(`
  query MonthRanks($role: ChiefRole!, $day: Day!) {
    ranking(role: $role, period: { kind: MONTH, day: $day }) {
      rows {
        subjectId
        rank
        score
      }
    }
  }
`);
