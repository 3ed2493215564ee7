import { Module } from '@nestjs/common';
import { AuditResolver } from './graphql/audit.resolver';
import { AuditTrailReader } from './queries/audit-trail.reader';
import { AuditTrailService } from './queries/audit-trail.service';

/** The audit trail: who recorded or corrected what, when. OrganizationReader comes from the global OrganizationModule. */
@Module({
  providers: [AuditTrailReader, AuditTrailService, AuditResolver],
})
export class AuditModule {}
