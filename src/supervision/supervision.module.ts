import { Module } from '@nestjs/common';
import { EvidenceModule } from './evidence/evidence.module';

/** 督导问责: visits, problem lists, letters, interviews, listings, suggestions and appeals. */
@Module({
  imports: [EvidenceModule],
})
export class SupervisionModule {}
