import { Command } from '@nestjs/cqrs';
import { Day } from '../../../common/business-day';
import { CommandContext } from '../../../recording/command-context';
import { RecordResult } from '../../../recording/record-result.type';
import { EvidenceRequest } from '../../evidence/queries/evidence.service';
import { ListingCommand, PlaceListing } from '../domain/listing.decider';

type WithoutToday<C> = C extends unknown ? Omit<C, 'today'> : never;

/** A listing as asked for: the handler looks up the station and gathers the evidence. */
export interface PlaceListingRequest extends Omit<PlaceListing, 'today' | 'facts'> {
  stationId: string;
  evidence: EvidenceRequest;
}

/** A review as asked for: the handler brings the area's figures; asOf defaults to today. */
export interface ReviewListingRequest {
  type: 'ReviewListing';
  listingId: string;
  asOf: Day | null;
}

export type ListingRequest =
  PlaceListingRequest | ReviewListingRequest | WithoutToday<Exclude<ListingCommand, { type: 'PlaceListing' | 'ReviewListing' }>>;

export class RecordListingCommand extends Command<RecordResult> {
  constructor(
    readonly request: ListingRequest,
    readonly context: CommandContext,
  ) {
    super();
  }
}
