import { Module } from '@nestjs/common';
import { ScoringModule } from '../../scoring/scoring.module';
import { EvidenceModule } from '../evidence/evidence.module';
import { LettersReader } from '../letters/queries/letters.reader';
import { ExitFiguresService } from '../listings/queries/exit-figures.service';
import { ListingsModule } from '../listings/listings.module';
import { DecideSuggestionHandler } from './commands/decide-suggestion.handler';
import { SuggestionsResolver } from './graphql/suggestions.resolver';
import { SuggestionDecisionsReader } from './queries/suggestion-decisions.reader';
import { SuggestionFiguresService } from './queries/suggestion-figures.service';
import { SuggestionsService } from './queries/suggestions.service';

/**
 * 问责建议. The letters reader and the listings' exit figures only read read models, so they are
 * provided here rather than exported by their modules.
 */
@Module({
  imports: [ScoringModule, EvidenceModule, ListingsModule],
  providers: [LettersReader, ExitFiguresService, SuggestionDecisionsReader, SuggestionFiguresService, SuggestionsService, DecideSuggestionHandler, SuggestionsResolver],
})
export class SuggestionsModule {}
