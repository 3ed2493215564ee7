import { graphql } from '../../gql';

export const SUPERVISION_OVERVIEW = graphql(`
  query SupervisionOverview($from: Day!, $to: Day!) {
    supervisionOverview(from: $from, to: $to) {
      from
      to
      summary
      listings
      townshipsListed
      interviews
      letters
      overdue {
        id
        kind
        kindLabel
        title
        countyId
        deadline
        statusLabel
      }
      openByCounty {
        countyId
        countyName
        counts {
          kind
          kindLabel
          status
          statusLabel
          count
        }
      }
    }
    counties: units(level: COUNTY) {
      unitId
      name
    }
  }
`);

export const DEKAD_SUPERVISION = graphql(`
  query DekadSupervision($day: Day) {
    dekadSupervision(day: $day) {
      unvisited
      dekad {
        from
        to
        label
      }
      chiefs {
        chiefId
        name
        roleLabel
        unvisited
        counties {
          countyId
          countyName
          status
          statusLabel
          visitDays
        }
      }
    }
  }
`);

export const SUPERVISION_SETUP = graphql(`
  query SupervisionSetup {
    latestFactDay
  }
`);
