import { Module } from '@nestjs/common';
import { DefaultRuleSetSeeder } from './default-rule-set.seeder';
import { PublishRuleSetHandler } from './commands/publish-rule-set.handler';
import { RankingResolver } from './graphql/ranking.resolver';
import { ReadModelsChangedNotifier } from './graphql/read-models-changed.notifier';
import { ScoringResolver } from './graphql/scoring.resolver';
import { IndicatorBreakdownResolver } from './graphql/indicator-breakdown.resolver';
import { IndicatorReportService } from './queries/indicator-report.service';
import { RankingService } from './queries/ranking.service';
import { ReadModelCache } from './queries/read-model-cache';
import { ScoreIndexService } from './queries/score-index.service';
import { AsOfIndexService } from './queries/as-of-index.service';
import { ScoreService } from './queries/score.service';
import { SubjectExplanationService } from './queries/subject-explanation.service';
import { ScoreFactsService } from './queries/score-facts.service';
import { WhatIfService } from './queries/what-if.service';
import { ScoringReader } from './queries/scoring.reader';

@Module({
  providers: [
    ScoringReader,
    ReadModelCache,
    ScoreIndexService,
    AsOfIndexService,
    ScoreService,
    SubjectExplanationService,
    ScoreFactsService,
    RankingService,
    RankingResolver,
    WhatIfService,
    ReadModelsChangedNotifier,
    IndicatorReportService,
    PublishRuleSetHandler,
    ScoringResolver,
    IndicatorBreakdownResolver,
    DefaultRuleSetSeeder,
  ],
  exports: [RankingService, ScoreService, ScoringReader, ReadModelCache, IndicatorReportService, ScoreIndexService, AsOfIndexService],
})
export class ScoringModule {}
