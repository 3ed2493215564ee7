import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { FastifyInstance } from 'fastify';
import { ProjectionRunner } from '../../read-store/projection-runner';
import { BULLETINS } from '../projections/bulletins.projection';
import { BulletinsReader } from '../queries/bulletins.reader';
import { toBulletinType } from './bulletin.mapper';

export const BULLETIN_PUBLISHED = 'bulletinPublished';

/**
 * Pushes each newly published bulletin to this instance's `bulletinPublished` subscribers once the
 * bulletins read model holds it, so a client told of a bulletin can query it at once.
 *
 * Published from ProjectionRunner.onApplied rather than from the mutation because the service runs
 * as several instances behind a load balancer, each with Mercurius's in-memory pubsub: a mutation
 * could only reach the websockets of the instance that served it. Every instance hears of applied
 * batches (the leader applies them, followers see the stored checkpoints move), so each reads the
 * new rows from the shared read model and delivers them to its own clients, with no broker between
 * instances.
 */
@Injectable()
export class BulletinPublishedNotifier implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Bulletins');
  private delivered = 0;
  /** Deliveries run one after another, so two batches in quick succession never push a bulletin twice. */
  private delivering = Promise.resolve();
  private unsubscribe: (() => void) | undefined;

  constructor(
    @Inject(ProjectionRunner) private readonly runner: ProjectionRunner,
    private readonly reader: BulletinsReader,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  /** Bulletins published before start-up are not news; no client can subscribe before the server listens. */
  async onApplicationBootstrap() {
    this.delivered = await this.reader.lastPosition();
    this.unsubscribe = this.runner.onApplied(({ tables }) => {
      if (tables.includes(BULLETINS)) this.delivering = this.delivering.then(() => this.deliverNew());
    });
  }

  onModuleDestroy() {
    this.unsubscribe?.();
  }

  private async deliverNew(): Promise<void> {
    try {
      for (const bulletin of await this.reader.publishedAfter(this.delivered)) {
        await this.publish({ topic: BULLETIN_PUBLISHED, payload: { [BULLETIN_PUBLISHED]: toBulletinType(bulletin) } });
        this.delivered = bulletin.position;
      }
    } catch (error) {
      this.logger.error(`Pushing new bulletins failed: ${error instanceof Error ? error.stack : String(error)}`);
    }
  }

  private publish(event: { topic: string; payload: unknown }): Promise<void> {
    const { pubsub } = this.adapterHost.httpAdapter.getInstance<FastifyInstance>().graphql;
    return new Promise((resolve) => pubsub.publish(event, resolve));
  }
}
