import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Day } from '../../../common/business-day';
import { Clock } from '../../../common/clock';
import { InvalidInputError, NotFoundError } from '../../../common/graphql/api-errors';
import { OrganizationReader } from '../../../organization/queries/organization.reader';
import { FactRecorder } from '../../../recording/fact-recorder';
import { EvidenceService } from '../../evidence/queries/evidence.service';
import { exitPeriods } from '../domain/exit-evaluation';
import { ListingCommand, listingDecider } from '../domain/listing.decider';
import { listingStream } from '../events/listing.events';
import { ExitFiguresService } from '../queries/exit-figures.service';
import { ListingsReader } from '../queries/listings.reader';
import { ListingRequest, PlaceListingRequest, RecordListingCommand, ReviewListingRequest } from './record-listing.command';

@CommandHandler(RecordListingCommand)
export class RecordListingHandler implements ICommandHandler<RecordListingCommand> {
  constructor(
    private readonly recorder: FactRecorder,
    private readonly organization: OrganizationReader,
    private readonly evidence: EvidenceService,
    private readonly listings: ListingsReader,
    private readonly figures: ExitFiguresService,
    private readonly clock: Clock,
  ) {}

  async execute({ request, context }: RecordListingCommand) {
    const today = this.clock.today();
    const command = await this.commandFor(request, today);
    return this.recorder.record(listingStream(request.listingId), listingDecider, command, context);
  }

  private async commandFor(request: ListingRequest, today: Day): Promise<ListingCommand> {
    switch (request.type) {
      case 'PlaceListing':
        return this.place(request, today);
      case 'ReviewListing':
        return this.review(request, today);
      default:
        return { ...request, today } as ListingCommand;
    }
  }

  /** Freezes the evidence and the station's names; the listing belongs to the station's county. */
  private async place(request: PlaceListingRequest, today: Day): Promise<ListingCommand> {
    const { type: _type, stationId, township, evidence: _evidence, ...rest } = request;
    const station = await this.organization.unit(stationId);
    if (!station) throw new NotFoundError(`unit "${stationId}" does not exist`, 'input.stationId');
    if (station.level !== 'STATION' || !station.parentId) {
      throw new InvalidInputError([{ field: 'input.stationId', problem: `unit "${stationId}" is a ${station.level}; a listing names the station whose defense area is listed or contains the township` }]);
    }
    const evidence = await this.evidence.gather(request.evidence, 'input.evidence', today);
    const target = { stationId, stationName: station.name, areaName: station.areaName, township };
    return { ...rest, type: 'PlaceListing', target, countyId: station.parentId, evidence, today };
  }

  /** The figures of the periods the exit condition looks at, read now and frozen into the review. */
  private async review(request: ReviewListingRequest, today: Day): Promise<ListingCommand> {
    const listing = await this.listings.require(request.listingId, 'input.listingId');
    const asOf = request.asOf ?? today;
    const figures = await this.figures.figures(listing.stationId, exitPeriods(listing.exitConditions, listing.listedOn, asOf));
    return { type: 'ReviewListing', listingId: request.listingId, asOf, figures, today };
  }
}
