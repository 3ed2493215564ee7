import { Module } from '@nestjs/common';
import { InterviewsModule } from '../interviews/interviews.module';
import { LettersModule } from '../letters/letters.module';
import { ListingsModule } from '../listings/listings.module';
import { SupervisionOverviewService } from './queries/supervision-overview.service';
import { OverviewResolver } from './graphql/overview.resolver';

@Module({
  imports: [LettersModule, InterviewsModule, ListingsModule],
  providers: [SupervisionOverviewService, OverviewResolver],
  exports: [SupervisionOverviewService],
})
export class OverviewModule {}
