import { Global, Module } from '@nestjs/common';
import { ChangeOrganizationHandler } from './commands/change-organization.handler';
import { ChiefResolver } from './graphql/chief.resolver';
import { OrganizationResolver } from './graphql/organization.resolver';
import { OrganizationReader } from './queries/organization.reader';

@Global()
@Module({
  providers: [OrganizationReader, ChangeOrganizationHandler, OrganizationResolver, ChiefResolver],
  exports: [OrganizationReader],
})
export class OrganizationModule {}
