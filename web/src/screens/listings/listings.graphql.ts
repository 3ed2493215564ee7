import { graphql } from '../../gql';

export const LISTING_FIELDS = graphql(`
  fragment ListingFields on Listing {
    listingId
    status
    statusLabel
    overdue
    countyId
    reason
    listedOn
    deadline
    originalDeadline
    delistedOn
    delistNote
    target {
      stationId
      stationName
      label
    }
    evidence {
      summary
    }
    exitConditions {
      text
      consecutive
    }
    lastReview {
      number
      asOf
      met
      conditions {
        met
        periodsMet
        unmet
        condition {
          text
          consecutive
          comparator
          per
        }
        periods {
          label
          value
          met
        }
      }
    }
    progress {
      asOf
      met
      conditions {
        met
        periodsMet
        unmet
        condition {
          text
          consecutive
          comparator
          per
        }
        periods {
          label
          value
          met
        }
        current {
          label
          to
          value
          met
        }
      }
    }
    escalation {
      escalatedOn
      reason
      interviewId
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

export const LISTINGS = graphql(`
  query Listings($countyId: ID, $unitId: ID, $status: ListingStatus) {
    listings(countyId: $countyId, unitId: $unitId, status: $status) {
      ...ListingFields
    }
    latestFactDay
    counties: units(level: COUNTY) {
      unitId
      name
    }
  }
`);

export const STATIONS = graphql(`
  query ListingStations {
    stations: units(level: STATION) {
      unitId
      name
      areaName
      parentId
    }
  }
`);

export const LIST_FOR_RECTIFICATION = graphql(`
  mutation ListForRectification($input: ListForRectificationInput!) {
    listForRectification(input: $input) {
      position
    }
  }
`);

export const REVIEW_LISTING = graphql(`
  mutation ReviewListing($input: ReviewListingInput!) {
    reviewListing(input: $input) {
      position
    }
  }
`);

export const EXTEND_LISTING = graphql(`
  mutation ExtendListing($input: ExtendListingInput!) {
    extendListing(input: $input) {
      position
    }
  }
`);

export const ESCALATE_LISTING = graphql(`
  mutation EscalateListing($input: EscalateListingInput!) {
    escalateListing(input: $input) {
      position
    }
  }
`);

export const DELIST_LISTING = graphql(`
  mutation DelistListing($input: DelistInput!) {
    delistListing(input: $input) {
      position
    }
  }
`);

/** A fact recorded in the county this month: the selected listing's progress is read again. */
export const COUNTY_FIGURES_CHANGED = graphql(`
  subscription CountyFiguresChanged($countyId: ID!, $day: Day!) {
    rankingChanged(role: STATION_CHIEF, period: { kind: MONTH, day: $day }, withinUnitId: $countyId) {
      period {
        from
      }
    }
  }
`);
