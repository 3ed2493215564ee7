import { Module } from '@nestjs/common';
import { OrganizationModule } from '../organization/organization.module';
import { ScoringModule } from '../scoring/scoring.module';
import { OverviewModule } from '../supervision/overview/overview.module';
import { ProblemsModule } from '../supervision/problems/problems.module';
import { ExportsController } from './http/exports.controller';
import { SupervisionExportsController } from './http/supervision-exports.controller';

/** Rankings, indicator reports, problem lists and the supervision ledger as Excel and CSV downloads. */
@Module({
  imports: [ScoringModule, OrganizationModule, ProblemsModule, OverviewModule],
  controllers: [ExportsController, SupervisionExportsController],
})
export class ExportsModule {}
