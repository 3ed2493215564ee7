import { Module } from '@nestjs/common';
import { BulletinsModule } from '../../bulletins/bulletins.module';
import { ScoringModule } from '../../scoring/scoring.module';
import { EvidenceService } from './queries/evidence.service';

/** The figures every supervision action cites; imported by each workflow's module. */
@Module({
  imports: [ScoringModule, BulletinsModule],
  providers: [EvidenceService],
  exports: [EvidenceService],
})
export class EvidenceModule {}
