import { Module } from '@nestjs/common';
import { EvidenceModule } from '../evidence/evidence.module';
import { AppealGatherer } from './commands/appeal.gatherer';
import { FileAppealHandler } from './commands/file-appeal.handler';
import { ReviewAppealHandler } from './commands/review-appeal.handler';
import { WithdrawAppealHandler } from './commands/withdraw-appeal.handler';
import { AppealsResolver } from './graphql/appeals.resolver';
import { AppealsReader } from './queries/appeals.reader';
import { CountedFactsService } from './queries/counted-facts.service';
import { ScoreHistoryService } from './queries/score-history.service';

/** 申诉/复核. */
@Module({
  imports: [EvidenceModule],
  providers: [
    AppealsReader,
    CountedFactsService,
    ScoreHistoryService,
    AppealGatherer,
    FileAppealHandler,
    ReviewAppealHandler,
    WithdrawAppealHandler,
    AppealsResolver,
  ],
})
export class AppealsModule {}
