import { Inject, Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { FastifyInstance } from 'fastify';
import { ProjectionRunner } from '../../read-store/projection-runner';
import { READ_MODELS_CHANGED } from './ranking-changes';

/**
 * Tells this instance's ranking subscribers that the read models moved. Every instance hears of
 * applied batches (the leader applies them, followers see the checkpoints move), so each serves
 * its own websockets without a broker between instances.
 */
@Injectable()
export class ReadModelsChangedNotifier implements OnApplicationBootstrap, OnModuleDestroy {
  private unsubscribe: (() => void) | undefined;

  constructor(
    @Inject(ProjectionRunner) private readonly runner: ProjectionRunner,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  onApplicationBootstrap() {
    const { pubsub } = this.adapterHost.httpAdapter.getInstance<FastifyInstance>().graphql;
    this.unsubscribe = this.runner.onApplied(({ position }) =>
      pubsub.publish({ topic: READ_MODELS_CHANGED, payload: { position: String(position) } }),
    );
  }

  onModuleDestroy() {
    this.unsubscribe?.();
  }
}
