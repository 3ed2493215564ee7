import { Injectable } from '@nestjs/common';
import { Day } from '../../../common/business-day';
import { Clock } from '../../../common/clock';
import { OrganizationReader } from '../../../organization/queries/organization.reader';
import { requireUnit } from '../../common/commands/organization-facts';
import { EvidenceService } from '../../evidence/queries/evidence.service';
import { exitPeriods } from '../domain/exit-evaluation';
import { ListingCommand, PlaceListing } from '../domain/listing.decider';
import { ExitFiguresService } from '../queries/exit-figures.service';
import { ListingsReader } from '../queries/listings.reader';
import { ListingRequest, PlaceListingRequest, ReviewListingRequest } from './record-listing.command';

/** Adds today to every step, the station and the evidence to a placing, and the area's figures to a review. */
@Injectable()
export class ListingGatherer {
  constructor(
    private readonly organization: OrganizationReader,
    private readonly evidence: EvidenceService,
    private readonly listings: ListingsReader,
    private readonly figures: ExitFiguresService,
    private readonly clock: Clock,
  ) {}

  async gather(request: ListingRequest): Promise<ListingCommand> {
    const today = this.clock.today();
    switch (request.type) {
      case 'PlaceListing':
        return this.place(request, today);
      case 'ReviewListing':
        return this.review(request, today);
      default:
        return { ...request, today } as ListingCommand;
    }
  }

  private async place(request: PlaceListingRequest, today: Day): Promise<PlaceListing> {
    const { type, listingId, township, reason, deadline, exitConditions } = request;
    const station = await requireUnit(this.organization, request.stationId, 'input.stationId');
    const evidence = await this.evidence.gather(request.evidence, 'input.evidence', today);
    return { type, listingId, township, reason, deadline, exitConditions, today, facts: { station, evidence } };
  }

  /** The figures of the periods the exit condition looks at, read now and frozen into the review. */
  private async review({ listingId, asOf: asked }: ReviewListingRequest, today: Day): Promise<ListingCommand> {
    const listing = await this.listings.require(listingId, 'input.listingId');
    const asOf = asked ?? today;
    const figures = await this.figures.figures(listing.stationId, exitPeriods(listing.exitConditions, listing.listedOn, asOf));
    return { type: 'ReviewListing', listingId, asOf, today, facts: { figures } };
  }
}
