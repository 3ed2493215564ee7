import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { startOfBusinessDay } from '../../../common/business-day';
import { Clock } from '../../../common/clock';
import { GraphqlContext, commandContext } from '../../../recording/request-context';
import { DayScalar } from '../../../common/graphql/scalars';
import { OrganizationReader } from '../../../organization/queries/organization.reader';
import { RecordVisitCommand } from '../commands/record-visit.command';
import { dekadPeriod } from '../domain/dekad-coverage';
import { DekadSupervisionService } from '../queries/dekad-supervision.service';
import { VisitsReader } from '../queries/visits.reader';
import { RecordSupervisionVisitInput } from './visit.inputs';
import { toDekadSupervisionType, toVisitType } from './visit.mapper';
import { DekadSupervisionType, RecordedVisitResult, SupervisionVisitType } from './visit.types';

/** 旬督导: city chiefs' dekad visits to their linked counties, and which counties still await one. */
@Resolver(() => SupervisionVisitType)
export class VisitsResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly visits: VisitsReader,
    private readonly coverage: DekadSupervisionService,
    private readonly organization: OrganizationReader,
    private readonly clock: Clock,
  ) {}

  @Mutation(() => RecordedVisitResult, {
    description: "记录旬督导: a city chief's visit to a linked county on a day, with the points raised (点题)",
  })
  async recordSupervisionVisit(@Args('input') input: RecordSupervisionVisitInput, @Context() ctx: GraphqlContext) {
    const { chiefId, countyId, day, points } = input;
    const context = commandContext(ctx, { unitId: countyId, occurredAt: startOfBusinessDay(day), idempotencyKey: input.idempotencyKey });
    const request = { chiefId, countyId, day, points: points.map((p) => ({ text: p.text, stationId: p.stationId ?? null })) };
    const result = await this.commands.execute(new RecordVisitCommand(request, context));
    // A visit is one event, known by that event's id.
    return Object.assign(new RecordedVisitResult(), result, { visitId: result.eventIds[0] });
  }

  @Query(() => [SupervisionVisitType], { description: '旬督导记录 of the dekad containing `day` (default today), by day' })
  async supervisionVisits(
    @Args('day', { type: () => DayScalar, nullable: true }) day?: string,
    @Args('countyId', { type: () => ID, nullable: true }) countyId?: string,
    @Args('chiefId', { type: () => ID, nullable: true }) chiefId?: string,
  ) {
    const { from } = dekadPeriod(day ?? this.clock.today());
    const [visits, units] = await Promise.all([
      this.visits.inDekad(from, { countyId, chiefId }),
      this.organization.units({ level: 'STATION' }),
    ]);
    const names = new Map(units.map((u) => [u.unitId, u.name]));
    return visits.map((v) => toVisitType(v, names));
  }

  @Query(() => DekadSupervisionType, {
    description: '本旬督导情况: per city chief, the counties linked to him during the dekad of `day` (default today), 已督导 or 未督导',
  })
  async dekadSupervision(
    @Args('day', { type: () => DayScalar, nullable: true }) day?: string,
    @Args('chiefId', { type: () => ID, nullable: true }) chiefId?: string,
    @Args('unvisitedOnly', { defaultValue: false, description: 'Only the 未督导 counties (and the chiefs who have one)' })
    unvisitedOnly: boolean = false,
  ) {
    const today = this.clock.today();
    return toDekadSupervisionType(await this.coverage.coverage(day ?? today, today, chiefId), unvisitedOnly);
  }
}
