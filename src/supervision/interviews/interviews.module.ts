import { Module } from '@nestjs/common';
import { ISSUING_OFFICE_PROVIDERS } from '../common/document/issuing-office.service';
import { EvidenceModule } from '../evidence/evidence.module';
import { InterviewGatherer } from './commands/interview.gatherer';
import { RecordInterviewHandler } from './commands/record-interview.handler';
import { InterviewsResolver } from './graphql/interviews.resolver';
import { InterviewDocumentsController } from './http/interview-documents.controller';
import { InterviewsReader } from './queries/interviews.reader';

/** 约谈: the interviews workflow; its reader counts interviews for the supervision overview. */
@Module({
  imports: [EvidenceModule],
  controllers: [InterviewDocumentsController],
  providers: [InterviewsReader, InterviewGatherer, RecordInterviewHandler, InterviewsResolver, ...ISSUING_OFFICE_PROVIDERS],
  exports: [InterviewsReader],
})
export class InterviewsModule {}
