import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { FactRecorder } from '../../../recording/fact-recorder';
import { listingDecider } from '../domain/listing.decider';
import { listingStream } from '../events/listing.events';
import { ListingGatherer } from './listing.gatherer';
import { RecordListingCommand } from './record-listing.command';

@CommandHandler(RecordListingCommand)
export class RecordListingHandler implements ICommandHandler<RecordListingCommand> {
  constructor(
    private readonly recorder: FactRecorder,
    private readonly gatherer: ListingGatherer,
  ) {}

  async execute({ request, context }: RecordListingCommand) {
    const command = await this.gatherer.gather(request);
    return this.recorder.record(listingStream(request.listingId), listingDecider, command, context, { request });
  }
}
