import { Module } from '@nestjs/common';
import { ScoringModule } from '../scoring/scoring.module';
import { VerifyFindingHandler } from './commands/verify-finding.handler';
import { IntegrityResolver } from './graphql/integrity.resolver';
import { IntegrityFindingsService } from './queries/integrity-findings.service';

/** 数据质量: detectors of gaming over the events and figures, and staff's verification of what they find. */
@Module({
  imports: [ScoringModule],
  providers: [IntegrityFindingsService, VerifyFindingHandler, IntegrityResolver],
})
export class IntegrityModule {}
