import { Module, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { FactBatchService } from './commands/fact-batch.service';
import { FileImporter } from './commands/file-import.service';
import { ImportUploads } from './commands/import-uploads.service';
import { ImportRunResolver, ImportUploadsResolver } from './graphql/import-uploads.resolver';
import { RecordFactsResolver } from './graphql/record-facts.resolver';
import { ImportUploadsController } from './http/import-uploads.controller';

/** Facts coming in many at a time: the systems' batch endpoint, the importer and the application's uploads. */
@Module({
  providers: [FactBatchService, FileImporter, ImportUploads, RecordFactsResolver, ImportUploadsResolver, ImportRunResolver],
  controllers: [ImportUploadsController],
  exports: [FactBatchService, FileImporter],
})
export class ImportsModule implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit() {
    // An upload's body is handed on as the stream it is, to be written to disk as it arrives.
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    if (!fastify.hasContentTypeParser('application/octet-stream')) {
      fastify.addContentTypeParser('application/octet-stream', (_request, payload, done) => done(null, payload));
    }
  }
}
