import { Module } from '@nestjs/common';
import { FactBatchService } from './commands/fact-batch.service';
import { RecordFactsResolver } from './graphql/record-facts.resolver';

/** Facts coming in many at a time: the systems' batch endpoint and the importer. */
@Module({ providers: [FactBatchService, RecordFactsResolver], exports: [FactBatchService] })
export class ImportsModule {}
