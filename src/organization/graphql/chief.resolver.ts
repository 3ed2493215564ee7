import { Args, ID, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DayScalar } from '../../common/graphql/scalars';
import { OrganizationReader } from '../queries/organization.reader';
import { Chief } from './organization.types';

@Resolver(() => Chief)
export class ChiefResolver {
  constructor(private readonly organization: OrganizationReader) {}

  @ResolveField(() => [ID], { description: 'Stations (deputies) or linked counties (city chiefs) on a day' })
  scope(@Parent() chief: Chief, @Args('onDay', { type: () => DayScalar }) onDay: string) {
    return this.organization.scopeOn(chief.chiefId, onDay);
  }
}
