import { Module } from '@nestjs/common';
import { ScoringModule } from '../../scoring/scoring.module';
import { EvidenceModule } from '../evidence/evidence.module';
import { InterviewsModule } from '../interviews/interviews.module';
import { LettersModule } from '../letters/letters.module';
import { ListingsModule } from '../listings/listings.module';
import { DecideSuggestionHandler } from './commands/decide-suggestion.handler';
import { SuggestionsResolver } from './graphql/suggestions.resolver';
import { SuggestionDecisionsReader } from './queries/suggestion-decisions.reader';
import { SuggestionFiguresService } from './queries/suggestion-figures.service';
import { SuggestionsService } from './queries/suggestions.service';

/** 问责建议: rules over the figures, the letters, the interviews and the listings; people accept or dismiss. */
@Module({
  imports: [ScoringModule, EvidenceModule, LettersModule, InterviewsModule, ListingsModule],
  providers: [SuggestionDecisionsReader, SuggestionFiguresService, SuggestionsService, DecideSuggestionHandler, SuggestionsResolver],
})
export class SuggestionsModule {}
