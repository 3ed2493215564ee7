import { Module } from '@nestjs/common';
import { AppealsModule } from './appeals/appeals.module';
import { EvidenceModule } from './evidence/evidence.module';
import { InstructionsModule } from './instructions/instructions.module';
import { InterviewsModule } from './interviews/interviews.module';
import { LettersModule } from './letters/letters.module';
import { ListingsModule } from './listings/listings.module';
import { OverviewModule } from './overview/overview.module';
import { ProblemsModule } from './problems/problems.module';
import { SuggestionsModule } from './suggestions/suggestions.module';
import { VisitsModule } from './visits/visits.module';

/** 督导问责: visits, problem lists, letters, interviews, listings, suggestions, appeals, leaders' instructions on bulletins and the overview. */
@Module({
  imports: [
    EvidenceModule,
    VisitsModule,
    ProblemsModule,
    LettersModule,
    InterviewsModule,
    ListingsModule,
    AppealsModule,
    SuggestionsModule,
    InstructionsModule,
    OverviewModule,
  ],
})
export class SupervisionModule {}
