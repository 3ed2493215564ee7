import { Inject, Injectable } from '@nestjs/common';
import { Day } from '../../../common/business-day';
import { Clock } from '../../../common/clock';
import { doesNotExist } from '../../../common/graphql/api-errors';
import { EventStore } from '../../../event-store/event-store.port';
import { ReadStore } from '../../../read-store/read-store.port';
import { countByCountyAndStatus } from '../../common/queries/count-by-county';
import { RecordedStep, recordedSteps } from '../../common/queries/recorded-steps';
import { ListingStatus, listingStatusOn } from '../domain/listing-status';
import { listingStream } from '../events/listing.events';
import { LISTINGS, LISTING_REVIEWS, ListingRow, ReviewRow } from '../projections/listings.projection';

export interface ListingFilter {
  countyId?: string;
  stationId?: string;
  status?: ListingStatus;
}

/** Listings placed in a period, counted per county and per status as read today. */
export interface ListingCount {
  countyId: string;
  status: ListingStatus;
  count: number;
}

/** Reads of the listings; statuses are as read on the clock's today (OVERDUE is derived). */
@Injectable()
export class ListingsReader {
  constructor(
    @Inject(ReadStore) private readonly store: ReadStore,
    @Inject(EventStore) private readonly events: EventStore,
    private readonly clock: Clock,
  ) {}

  byId(listingId: string): Promise<ListingRow | undefined> {
    return this.store.findOne<ListingRow & Record<string, unknown>>(LISTINGS, { listingId });
  }

  async require(listingId: string, field = 'listingId'): Promise<ListingRow> {
    const row = await this.byId(listingId);
    if (!row) throw doesNotExist('listing', listingId, field);
    return row;
  }

  /** Newest first. */
  async list(filter: ListingFilter = {}, today: Day = this.clock.today()): Promise<ListingRow[]> {
    const where = Object.fromEntries(
      Object.entries({ countyId: filter.countyId, stationId: filter.stationId }).filter(([, v]) => v !== undefined),
    );
    const rows = await this.store.find<ListingRow & Record<string, unknown>>(LISTINGS, {
      where,
      orderBy: [
        ['listedOn', 'desc'],
        ['listingId', 'asc'],
      ],
    });
    return filter.status ? rows.filter((r) => this.statusOf(r, today) === filter.status) : rows;
  }

  statusOf(row: Pick<ListingRow, 'status' | 'deadline'>, today: Day = this.clock.today()): ListingStatus {
    return listingStatusOn(row.status, row.deadline, today);
  }

  /** Oldest first. */
  reviews(listingId: string): Promise<ReviewRow[]> {
    return this.store.find<ReviewRow & Record<string, unknown>>(LISTING_REVIEWS, { where: { listingId }, orderBy: [['number', 'asc']] });
  }

  history(listingId: string): Promise<RecordedStep[]> {
    return recordedSteps(this.events, listingStream(listingId));
  }

  /** For the supervision overview: listings placed from `from` to `to` (inclusive), by county and status as read today. */
  async countByCountyAndStatus(from: Day, to: Day, today: Day = this.clock.today()): Promise<ListingCount[]> {
    const rows = await this.store.find<ListingRow & Record<string, unknown>>(LISTINGS, {
      where: { listedOn: { gte: from, lte: to } },
      columns: ['countyId', 'status', 'deadline'],
    });
    return countByCountyAndStatus(rows.map((r) => ({ countyId: r.countyId, status: this.statusOf(r, today) })));
  }
}
