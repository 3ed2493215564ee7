import { Module } from '@nestjs/common';
import { ScoringModule } from '../../scoring/scoring.module';
import { ISSUING_OFFICE_PROVIDERS } from '../common/document/issuing-office.service';
import { EvidenceModule } from '../evidence/evidence.module';
import { ListingGatherer } from './commands/listing.gatherer';
import { RecordListingHandler } from './commands/record-listing.handler';
import { ListingsResolver } from './graphql/listings.resolver';
import { ListingDocumentsController } from './http/listing-documents.controller';
import { ExitFiguresService } from './queries/exit-figures.service';
import { ListingsReader } from './queries/listings.reader';

/** 挂牌整治: the listings workflow; its reader counts listings for the supervision overview. */
@Module({
  imports: [EvidenceModule, ScoringModule],
  controllers: [ListingDocumentsController],
  providers: [ListingsReader, ExitFiguresService, ListingGatherer, RecordListingHandler, ListingsResolver, ...ISSUING_OFFICE_PROVIDERS],
  exports: [ListingsReader, ExitFiguresService],
})
export class ListingsModule {}
