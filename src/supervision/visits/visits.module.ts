import { Module } from '@nestjs/common';
import { RecordVisitHandler } from './commands/record-visit.handler';
import { VisitGatherer } from './commands/visit.gatherer';
import { VisitsResolver } from './graphql/visits.resolver';
import { DekadSupervisionService } from './queries/dekad-supervision.service';
import { VisitsReader } from './queries/visits.reader';

/** 旬督导: dekad visits of city chiefs to their linked counties. */
@Module({
  providers: [VisitsReader, DekadSupervisionService, VisitGatherer, RecordVisitHandler, VisitsResolver],
  exports: [VisitsReader],
})
export class VisitsModule {}
