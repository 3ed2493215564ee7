import { Day } from '../../../common/business-day';
import { Projection } from '../../../read-store/projection';
import { Change } from '../../../read-store/read-store.port';
import { RecordedListingStatus } from '../domain/listing-status';
import { LISTING_EVENT_TYPES, ListingEscalated, ListingEvent, ListingPlaced, ListingReviewed } from '../events/listing.events';

export const LISTINGS = 'listings';
export const LISTING_REVIEWS = 'listing_reviews';

export type ReviewRow = Omit<ListingReviewed['data'], 'listingId'>;
type Placed = ListingPlaced['data'];

/** A listing as it stands; OVERDUE is derived from the deadline when read. */
export interface ListingRow extends Placed {
  stationId: string;
  status: RecordedListingStatus;
  originalDeadline: Day;
  lastReview: ReviewRow | null;
  escalation: Omit<ListingEscalated['data'], 'listingId'> | null;
  delistedOn: Day | null;
  delistNote: string | null;
}

const update = (listingId: string, values: Partial<ListingRow>): Change => ({ op: 'upsert', table: LISTINGS, key: { listingId }, values });

function changesOf(event: ListingEvent): Change[] {
  const { listingId } = event.data;
  switch (event.type) {
    case 'ListingPlaced': {
      const row: ListingRow = {
        ...event.data,
        stationId: event.data.target.stationId,
        status: 'LISTED',
        originalDeadline: event.data.deadline,
        lastReview: null,
        escalation: null,
        delistedOn: null,
        delistNote: null,
      };
      return [{ op: 'insert', table: LISTINGS, row: { ...row } }];
    }
    case 'ListingReviewed': {
      const { listingId: _id, ...review } = event.data;
      return [update(listingId, { lastReview: review }), { op: 'insert', table: LISTING_REVIEWS, row: { listingId, ...review } }];
    }
    case 'ListingExtended':
      return [update(listingId, { status: 'EXTENDED', deadline: event.data.deadline })];
    case 'ListingEscalated': {
      const { listingId: _id, ...escalation } = event.data;
      return [update(listingId, { status: 'ESCALATED', escalation })];
    }
    case 'ListingDelisted':
      return [update(listingId, { status: 'DELISTED', delistedOn: event.data.delistedOn, delistNote: event.data.note })];
  }
}

const HANDLED = new Set<string>(LISTING_EVENT_TYPES);

/** Listings for rectification (挂牌整治) as they stand, for lists by county, station and status, and their reviews. */
export const listingsProjection: Projection = {
  name: 'listings',
  version: 1,
  tables: [
    {
      name: LISTINGS,
      columns: {
        listingId: 'text',
        status: 'text',
        stationId: 'text',
        countyId: 'text',
        target: 'json',
        reason: 'text',
        evidence: 'json',
        deadline: 'text',
        originalDeadline: 'text',
        exitConditions: 'json',
        listedOn: 'text',
        lastReview: 'json',
        escalation: 'json',
        delistedOn: 'text',
        delistNote: 'text',
      },
      key: ['listingId'],
      indexes: [['countyId'], ['stationId'], ['listedOn']],
    },
    {
      name: LISTING_REVIEWS,
      columns: { listingId: 'text', number: 'integer', asOf: 'text', conditions: 'json', met: 'json' },
      key: ['listingId', 'number'],
    },
  ],
  eventTypes: LISTING_EVENT_TYPES,
  project: (event) => (HANDLED.has(event.type) ? changesOf(event as unknown as ListingEvent) : []),
};
