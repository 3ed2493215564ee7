import { Args, Context, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import type { SubscriptionContext } from 'mercurius';
import { bilingual } from '../../common/bilingual';
import { Clock } from '../../common/clock';
import { InvalidInputError } from '../../common/graphql/api-errors';
import { Principal } from '../../common/principal';
import { OrganizationReader } from '../../organization/queries/organization.reader';
import { GraphqlContext, commandContext } from '../../recording/request-context';
import { MarkNotificationsReadCommand } from '../commands/mark-notifications-read.command';
import { notificationsReadStream } from '../events/notification.events';
import { RecordResult } from '../../recording/record-result.type';
import { NotificationsReader } from '../queries/notifications.reader';
import { toNotificationsType } from './notification.mapper';
import { MarkedNotificationsResult, NotificationsType } from './notification.types';
import { notificationChanges } from './notifications-changed';

const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 50;

/** A subscription's context carries the principal itself; a request's, on the request. */
type AnyContext = Partial<GraphqlContext> & { principal?: Principal };

function principalOf(ctx: AnyContext): Principal {
  const principal = ctx.req?.principal ?? ctx.principal;
  // The authentication hook and the guard refuse every operation without one before it gets here.
  if (!principal) throw new Error('an operation ran without an authenticated principal');
  return principal;
}

function limitOf(limit: number | null | undefined): number {
  const size = limit ?? DEFAULT_LIMIT;
  if (!Number.isInteger(size) || size < 1 || size > MAX_LIMIT) {
    throw new InvalidInputError([
      {
        field: 'limit',
        problem: bilingual(`条数须在 1 至 ${MAX_LIMIT} 之间，实际为 ${size}`, `must be between 1 and ${MAX_LIMIT}, got ${size}`),
      },
    ]);
  }
  return size;
}

function positionOf(text: string): bigint {
  if (!/^\d{1,19}$/.test(text)) {
    throw new InvalidInputError([
      {
        field: 'upTo',
        problem: bilingual('已读位置须为通知的 position（十进制数字）', 'not a position: pass the latestPosition of notifications'),
      },
    ]);
  }
  return BigInt(text);
}

const LIMIT = { type: () => Int, nullable: true, description: `Latest items, 1–${MAX_LIMIT} (default ${DEFAULT_LIMIT})` };

/** 通知: the bell of the signed-in officer, his read marks, and its live changes. */
@Resolver()
export class NotificationsResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly reader: NotificationsReader,
    private readonly organization: OrganizationReader,
    private readonly clock: Clock,
  ) {}

  @Query(() => NotificationsType, {
    description:
      '我的通知: what is addressed to the signed-in officer (his units’ letters, problems, interviews, listings; his appeals’ outcomes; for evaluation staff, answers and appeals), newest first',
  })
  async notifications(@Context() ctx: GraphqlContext, @Args('limit', LIMIT) limit?: number): Promise<NotificationsType> {
    return toNotificationsType(await this.reader.forOfficer(principalOf(ctx), limitOf(limit)));
  }

  @Mutation(() => MarkedNotificationsResult, {
    description: '全部标为已读: everything addressed to the signed-in officer up to `upTo` (a position) is read; a mark only moves forward',
  })
  async markNotificationsRead(
    @Context() ctx: GraphqlContext,
    @Args('upTo', { description: 'The latestPosition of notifications as the officer saw them' }) upTo: string,
    @Args('limit', LIMIT) limit?: number,
  ): Promise<MarkedNotificationsResult> {
    const principal = principalOf(ctx);
    const size = limitOf(limit);
    const position = positionOf(upTo);
    const unitId = principal.units[0] ?? (await this.organization.cityUnitId());
    const context = commandContext(ctx, { unitId, occurredAt: this.clock.now().toISOString() });
    const command = new MarkNotificationsReadCommand({ subject: principal.subject, upTo: position }, context);
    const recorded: RecordResult | null = await this.commands.execute(command);
    const notifications = toNotificationsType(await this.reader.forOfficer(principal, size));
    // Read already: nothing was recorded, as for a resend.
    const result = recorded ?? {
      streamId: notificationsReadStream(principal.subject),
      eventIds: [],
      position: upTo,
      duplicate: true,
      projected: true,
    };
    return { ...result, notifications };
  }

  @Subscription(() => NotificationsType, {
    description:
      '通知变动: the signed-in officer’s notifications at once, then again each time one addressed to him is projected or his read mark moves',
    resolve: (notifications: NotificationsType) => notifications,
  })
  async notificationsChanged(@Context() ctx: AnyContext & { pubsub: SubscriptionContext }, @Args('limit', LIMIT) limit?: number) {
    const principal = principalOf(ctx);
    const size = limitOf(limit);
    return notificationChanges(ctx.pubsub, async () => toNotificationsType(await this.reader.forOfficer(principal, size)));
  }
}
