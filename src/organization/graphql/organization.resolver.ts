import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { doesNotExist } from '../../common/graphql/api-errors';
import { RecordResult } from '../../recording/record-result.type';
import { GraphqlContext, actorOf, correlationOf } from '../../recording/request-context';
import { DayScalar } from '../../common/graphql/scalars';
import { ChangeOrganizationCommand, OrganizationRequest } from '../commands/change-organization.command';
import { ChiefRole, UnitLevel } from '../events/organization.events';
import { OrganizationReader } from '../queries/organization.reader';
import {
  AppointChiefInput,
  AssignDeputyInput,
  ChiefRoleEnum,
  CreateUnitInput,
  DefineDefenseAreaInput,
  LinkCityChiefInput,
  RemoveChiefInput,
  SetDefenseAreaPopulationInput,
  UnitLevelEnum,
} from './organization.inputs';
import { Chief, Unit } from './organization.types';

@Resolver(() => Unit)
export class OrganizationResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly organization: OrganizationReader,
  ) {}

  private change(ctx: GraphqlContext, input: { idempotencyKey?: string }, request: OrganizationRequest) {
    return this.commands.execute(new ChangeOrganizationCommand(request, actorOf(ctx), input.idempotencyKey, correlationOf(ctx)));
  }

  @Query(() => [Unit], { description: '单位列表' })
  units(
    @Args('level', { type: () => UnitLevelEnum, nullable: true }) level?: UnitLevel,
    @Args('parentId', { type: () => ID, nullable: true }) parentId?: string,
  ) {
    return this.organization.units({ level, parentId });
  }

  @Query(() => Unit)
  async unit(@Args('unitId', { type: () => ID }) unitId: string) {
    const unit = await this.organization.unit(unitId);
    if (!unit) throw doesNotExist('unit', unitId, 'unitId');
    return unit;
  }

  @ResolveField(() => [Unit], { description: '下级单位' })
  children(@Parent() unit: Unit) {
    return this.organization.units({ parentId: unit.unitId });
  }

  @ResolveField('chiefs', () => [Chief], { description: 'Chiefs appointed to this unit (current and past)' })
  chiefsOfUnit(@Parent() unit: Unit) {
    return this.organization.chiefs({ unitId: unit.unitId });
  }

  @Query(() => [Chief], { description: '六长: chiefs in office on a day (default: all ever appointed)' })
  chiefs(
    @Args('role', { type: () => ChiefRoleEnum, nullable: true }) role?: ChiefRole,
    @Args('onDay', { type: () => DayScalar, nullable: true }) onDay?: string,
  ) {
    return onDay ? this.organization.chiefsInOffice(onDay, role) : this.organization.chiefs({ role });
  }

  @Mutation(() => RecordResult)
  createUnit(@Args('input') input: CreateUnitInput, @Context() ctx: GraphqlContext) {
    const { unitId, level, name, parentId, effectiveFrom } = input;
    return this.change(ctx, input, { type: 'CreateUnit', unitId, level, name, parentId: parentId ?? null, effectiveFrom });
  }

  @Mutation(() => RecordResult)
  defineDefenseArea(@Args('input') input: DefineDefenseAreaInput, @Context() ctx: GraphqlContext) {
    const { unitId, areaName, population, floatingPopulation, effectiveFrom } = input;
    return this.change(ctx, input, { type: 'DefineDefenseArea', unitId, areaName, population, floatingPopulation, effectiveFrom });
  }

  @Mutation(() => RecordResult)
  setDefenseAreaPopulation(@Args('input') input: SetDefenseAreaPopulationInput, @Context() ctx: GraphqlContext) {
    const { unitId, population, floatingPopulation, effectiveFrom } = input;
    return this.change(ctx, input, { type: 'SetPopulation', unitId, population, floatingPopulation, effectiveFrom });
  }

  @Mutation(() => RecordResult)
  appointChief(@Args('input') input: AppointChiefInput, @Context() ctx: GraphqlContext) {
    const { chiefId, name, role, unitId, effectiveFrom } = input;
    return this.change(ctx, input, { type: 'AppointChief', chiefId, name, role, unitId, effectiveFrom });
  }

  @Mutation(() => RecordResult)
  removeChief(@Args('input') input: RemoveChiefInput, @Context() ctx: GraphqlContext) {
    return this.change(ctx, input, { type: 'RemoveChief', chiefId: input.chiefId, effectiveFrom: input.effectiveFrom });
  }

  @Mutation(() => RecordResult)
  assignDeputy(@Args('input') input: AssignDeputyInput, @Context() ctx: GraphqlContext) {
    const { chiefId, stationIds, effectiveFrom } = input;
    return this.change(ctx, input, { type: 'AssignDeputy', chiefId, stationIds, effectiveFrom });
  }

  @Mutation(() => RecordResult)
  linkCityChief(@Args('input') input: LinkCityChiefInput, @Context() ctx: GraphqlContext) {
    const { chiefId, countyIds, effectiveFrom } = input;
    return this.change(ctx, input, { type: 'LinkCityChief', chiefId, countyIds, effectiveFrom });
  }
}
