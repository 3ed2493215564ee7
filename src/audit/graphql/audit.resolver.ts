import { Args, Context, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { DateTimeScalar } from '../../common/graphql/scalars';
import { OrganizationReader } from '../../organization/queries/organization.reader';
import { GraphqlContext, actorOf } from '../../recording/request-context';
import { MAX_PAGE_SIZE } from '../domain/audit-query';
import { AuditTrailService } from '../queries/audit-trail.service';
import { toAuditEntry } from './audit.mapper';
import { AuditTrailPageType, EventAuditType } from './audit.types';

@Resolver()
export class AuditResolver {
  constructor(
    private readonly audit: AuditTrailService,
    private readonly organization: OrganizationReader,
  ) {}

  @Query(() => AuditTrailPageType, {
    description: '审计轨迹: 谁在何时记录或更正了什么, 最新在前; 按单位 (含下级单位)、操作人、记录时间筛选',
  })
  async auditTrail(
    @Args('unitId', { type: () => ID, nullable: true, description: '单位; 含其下级单位 (县局含所属派出所)' }) unitId?: string | null,
    @Args('subject', { type: () => String, nullable: true, description: '操作人账号' }) subject?: string | null,
    @Args('from', { type: () => DateTimeScalar, nullable: true, description: '记录时间不早于' }) from?: string | null,
    @Args('to', { type: () => DateTimeScalar, nullable: true, description: '记录时间不晚于' }) to?: string | null,
    @Args('first', { type: () => Int, defaultValue: 50, description: `每页条数, 1-${MAX_PAGE_SIZE}` }) first = 50,
    @Args('after', { type: () => String, nullable: true, description: '上一页的 endCursor' }) after?: string | null,
  ): Promise<AuditTrailPageType> {
    const page = await this.audit.trail({
      unitId: unitId ?? undefined,
      subject: subject ?? undefined,
      from: from ?? undefined,
      to: to ?? undefined,
      first,
      after: after ?? undefined,
    });
    const names = await this.unitNames();
    const entries = page.rows.map((row) => toAuditEntry(row, names));
    return { entries, endCursor: entries.at(-1)?.cursor ?? null, hasNextPage: page.hasNextPage };
  }

  @Query(() => AuditTrailPageType, {
    description: '我的录入: 当前登录者记录或更正的事实, 最新在前 (审计轨迹中操作人为本人的记录)',
  })
  myRecords(
    @Context() ctx: GraphqlContext,
    @Args('first', { type: () => Int, defaultValue: 20, description: `每页条数, 1-${MAX_PAGE_SIZE}` }) first = 20,
    @Args('after', { type: () => String, nullable: true, description: '上一页的 endCursor' }) after?: string | null,
  ): Promise<AuditTrailPageType> {
    return this.auditTrail(null, actorOf(ctx).subject, null, null, first, after);
  }

  @Query(() => EventAuditType, { description: '一个事件的审计: 谁何时记录了它, 谁何时因何更正了它' })
  async eventAudit(@Args('eventId', { type: () => ID }) eventId: string): Promise<EventAuditType> {
    const { row, corrections } = await this.audit.eventAudit(eventId);
    const names = await this.unitNames();
    return { entry: toAuditEntry(row, names), corrections: corrections.map((c) => toAuditEntry(c, names)) };
  }

  private async unitNames(): Promise<Map<string, string>> {
    return new Map((await this.organization.units()).map((u) => [u.unitId, u.name]));
  }
}
