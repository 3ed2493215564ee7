import { Module } from '@nestjs/common';
import { EvidenceModule } from '../evidence/evidence.module';
import { InterviewGatherer } from './commands/interview.gatherer';
import { RecordInterviewHandler } from './commands/record-interview.handler';
import { InterviewsResolver } from './graphql/interviews.resolver';
import { InterviewsReader } from './queries/interviews.reader';

/** 约谈: the interviews workflow; its reader counts interviews for the supervision overview. */
@Module({
  imports: [EvidenceModule],
  providers: [InterviewsReader, InterviewGatherer, RecordInterviewHandler, InterviewsResolver],
  exports: [InterviewsReader],
})
export class InterviewsModule {}
