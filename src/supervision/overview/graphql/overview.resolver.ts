import { endsBeforeStart, notACalendarDay } from '../../../common/refusals';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { isValidDay } from '../../../common/business-day';
import { DayScalar } from '../../../common/graphql/scalars';
import { OrganizationReader } from '../../../organization/queries/organization.reader';
import { ACTION_KIND_LABELS } from '../domain/supervision-overview';
import { SupervisionOverviewService } from '../queries/supervision-overview.service';
import { SupervisionOverviewType } from './overview.types';

@Resolver()
export class OverviewResolver {
  constructor(
    private readonly overviews: SupervisionOverviewService,
    private readonly organization: OrganizationReader,
  ) {}

  @Query(() => SupervisionOverviewType, { description: '督导问责总览 for leadership: 挂牌、约谈、提示 counted from events' })
  async supervisionOverview(
    @Args('from', { type: () => DayScalar }) from: string,
    @Args('to', { type: () => DayScalar }) to: string,
    @Args('countyId', { type: () => ID, nullable: true }) countyId?: string,
  ): Promise<SupervisionOverviewType> {
    if (!isValidDay(from)) throw notACalendarDay(from, 'from');
    if (!isValidDay(to)) throw notACalendarDay(to, 'to');
    if (from > to) throw endsBeforeStart(from, to, 'from');
    const overview = await this.overviews.overview(from, to, countyId ?? undefined);
    const names = new Map((await this.organization.units()).map((u) => [u.unitId, u.name]));
    return {
      ...overview,
      openByCounty: overview.openByCounty.map((c) => ({
        countyId: c.countyId,
        countyName: names.get(c.countyId) ?? c.countyId,
        counts: c.counts.map((count) => ({ ...count, kindLabel: ACTION_KIND_LABELS[count.kind] })),
      })),
      overdue: overview.overdue.map((item) => ({ ...item, kindLabel: ACTION_KIND_LABELS[item.kind] })),
    };
  }
}
