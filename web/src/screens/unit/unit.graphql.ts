import { graphql } from '../../gql';

export const OWN_RANKING = graphql(`
  query OwnRanking($role: ChiefRole!, $period: PeriodInput!, $withinUnitId: ID) {
    ranking(role: $role, period: $period, withinUnitId: $withinUnitId) {
      period {
        label
        partial
      }
      rows {
        subjectId
        unitId
        countyId
        rank
        overallRank
        arrow
        trend
        rankChange
        name
        unitName
        chief {
          name
        }
        score
      }
    }
  }
`);

export const COUNTY_OPEN_ITEMS = graphql(`
  query CountyOpenItems($countyId: ID!, $from: Day!, $to: Day!, $month: String!) {
    supervisionOverview(countyId: $countyId, from: $from, to: $to) {
      overdue {
        kindLabel
      }
      openByCounty {
        countyId
        counts {
          kindLabel
          statusLabel
          count
        }
      }
    }
    problemList(countyId: $countyId, month: $month) {
      monthLabel
      problems {
        statusLabel
        overdue
      }
      candidates {
        key
      }
    }
  }
`);

export const STATION_LETTERS = graphql(`
  query StationLetters($unitId: ID!) {
    letters(filter: { unitId: $unitId }) {
      letterId
      statusLabel
    }
  }
`);

export const UNIT_NAME = graphql(`
  query UnitName($unitId: ID!) {
    unit(unitId: $unitId) {
      unitId
      name
      level
      parentId
    }
    latestFactDay
  }
`);

export const UNIT_VERDICTS = graphql(`
  query UnitVerdicts($unitId: ID!) {
    integrityVerdicts(unitId: $unitId) {
      findingId
      unitName
      detectorLabel
      summary
      from
      to
      verification {
        outcome
        outcomeLabel
        reason
      }
    }
  }
`);
