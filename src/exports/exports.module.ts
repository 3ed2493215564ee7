import { Module } from '@nestjs/common';
import { OrganizationModule } from '../organization/organization.module';
import { ScoringModule } from '../scoring/scoring.module';
import { ExportsController } from './http/exports.controller';

/** Rankings and indicator reports as Excel and CSV downloads. */
@Module({
  imports: [ScoringModule, OrganizationModule],
  controllers: [ExportsController],
})
export class ExportsModule {}
