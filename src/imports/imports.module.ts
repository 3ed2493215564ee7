import { Module } from '@nestjs/common';
import { FactBatchService } from './commands/fact-batch.service';
import { FileImporter } from './commands/file-import.service';
import { RecordFactsResolver } from './graphql/record-facts.resolver';

/** Facts coming in many at a time: the systems' batch endpoint and the importer. */
@Module({ providers: [FactBatchService, FileImporter, RecordFactsResolver], exports: [FactBatchService, FileImporter] })
export class ImportsModule {}
