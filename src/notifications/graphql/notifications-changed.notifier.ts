import { Inject, Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { FastifyInstance } from 'fastify';
import { ProjectionRunner } from '../../read-store/projection-runner';
import { NOTIFICATIONS, NOTIFICATION_MARKS } from '../projections/notifications.projection';
import { NOTIFICATIONS_CHANGED } from './notifications-changed';

/**
 * Tells this instance's `notificationsChanged` subscribers that a batch changed the notifications
 * or the read marks, once the read model holds the change. From the projection runner, not the
 * mutations: every instance hears of applied batches (the leader applies them, followers see the
 * checkpoints move), so each serves its own websockets without a broker between instances.
 */
@Injectable()
export class NotificationsChangedNotifier implements OnApplicationBootstrap, OnModuleDestroy {
  private unsubscribe: (() => void) | undefined;

  constructor(
    @Inject(ProjectionRunner) private readonly runner: ProjectionRunner,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  onApplicationBootstrap() {
    const { pubsub } = this.adapterHost.httpAdapter.getInstance<FastifyInstance>().graphql;
    this.unsubscribe = this.runner.onApplied(({ position, tables }) => {
      if (tables.includes(NOTIFICATIONS) || tables.includes(NOTIFICATION_MARKS)) {
        pubsub.publish({ topic: NOTIFICATIONS_CHANGED, payload: { position: String(position) } });
      }
    });
  }

  onModuleDestroy() {
    this.unsubscribe?.();
  }
}
