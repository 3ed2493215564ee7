import { Module } from '@nestjs/common';
import { DefaultRuleSetSeeder } from './default-rule-set.seeder';
import { PublishRuleSetHandler } from './commands/publish-rule-set.handler';
import { ScoringResolver } from './graphql/scoring.resolver';
import { IndicatorReportService } from './queries/indicator-report.service';
import { RankingService } from './queries/ranking.service';
import { ReadModelCache } from './queries/read-model-cache';
import { ScoreService } from './queries/score.service';
import { ScoringReader } from './queries/scoring.reader';

@Module({
  providers: [
    ScoringReader, ReadModelCache, ScoreService, RankingService, IndicatorReportService, PublishRuleSetHandler, ScoringResolver, DefaultRuleSetSeeder,
  ],
  exports: [RankingService, ScoreService],
})
export class ScoringModule {}
