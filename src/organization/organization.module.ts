import { Global, Module } from '@nestjs/common';
import { ChangeOrganizationHandler } from './commands/change-organization.handler';
import { ChiefResolver } from './graphql/chief.resolver';
import { OrganizationResolver } from './graphql/organization.resolver';
import { UnitDirectory } from '../recording/unit-directory';
import { OrganizationReader } from './queries/organization.reader';

@Global()
@Module({
  providers: [
    OrganizationReader,
    { provide: UnitDirectory, useExisting: OrganizationReader },
    ChangeOrganizationHandler,
    OrganizationResolver,
    ChiefResolver,
  ],
  exports: [OrganizationReader, UnitDirectory],
})
export class OrganizationModule {}
