import { graphql } from '../../gql';

export const RANKING_FIELDS = graphql(`
  fragment RankingFields on RankingType {
    roleLabel
    asOf
    period {
      kind
      from
      to
      label
      partial
    }
    rows {
      subjectId
      rank
      arrow
      trend
      rankChange
      moveProbability
      note
      name
      unitName
      countyId
      countyName
      chief {
        name
      }
      score
      interval {
        low
        high
      }
      casesPer10k
      population
      peerGroup {
        index
        label
      }
      headline {
        indicator
        label
        current
        yearOnYearPercent
        periodOnPeriodPercent
      }
    }
    unassigned {
      name
    }
  }
`);

export const RANKING = graphql(`
  query Ranking($role: ChiefRole!, $period: PeriodInput!, $withinUnitId: ID, $peerGroups: Int, $asOf: DateTime) {
    ranking(role: $role, period: $period, withinUnitId: $withinUnitId, peerGroups: $peerGroups, asOf: $asOf) {
      ...RankingFields
    }
  }
`);

export const RANKING_CHANGED = graphql(`
  subscription RankingChanged($role: ChiefRole!, $period: PeriodInput!, $withinUnitId: ID, $peerGroups: Int) {
    rankingChanged(role: $role, period: $period, withinUnitId: $withinUnitId, peerGroups: $peerGroups) {
      ...RankingFields
    }
  }
`);

export const RANKING_SETUP = graphql(`
  query RankingSetup {
    latestFactDay
    units(level: COUNTY) {
      unitId
      name
    }
  }
`);
