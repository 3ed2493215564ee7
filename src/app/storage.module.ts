import { Global, Inject, Logger, Module, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { ClusterPeers } from './cluster/cluster-peers';
import { PEER_TOPICS } from '../common/peer-channel';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { EventStore } from '../event-store/event-store.port';
import { ProjectionRunner } from '../read-store/projection-runner';
import { ReadStore } from '../read-store/read-store.port';
import { FactRecorder } from '../recording/fact-recorder';
import { createEventStore, createReadStore } from './storage-adapters';
import { ALL_PROJECTIONS } from './projections';
import { rebuildAlongside } from './rebuild-alongside';

/**
 * Chooses the storage adapters and runs the projections in-process. The embedded default keeps
 * events and read models in two SQLite files under the data directory.
 */
@Global()
@Module({
  providers: [
    {
      provide: EventStore,
      inject: [APP_CONFIG],
      useFactory: createEventStore,
    },
    {
      provide: ReadStore,
      inject: [APP_CONFIG],
      useFactory: createReadStore,
    },
    {
      provide: ProjectionRunner,
      inject: [EventStore, ReadStore, APP_CONFIG],
      useFactory: (events: EventStore, reads: ReadStore, config: AppConfig) =>
        new ProjectionRunner(events, reads, ALL_PROJECTIONS, {
          logger: new Logger('Projections'),
          rebuildAlongside: rebuildAlongside(config, reads),
          peers: ClusterPeers.ofThisProcess()?.channel(PEER_TOPICS.projectionsApplied),
        }),
    },
    FactRecorder,
  ],
  exports: [EventStore, ReadStore, ProjectionRunner, FactRecorder],
})
export class StorageModule implements OnModuleInit, OnApplicationShutdown {
  constructor(
    @Inject(EventStore) private readonly events: EventStore,
    @Inject(ReadStore) private readonly reads: ReadStore,
    @Inject(ProjectionRunner) private readonly runner: ProjectionRunner,
  ) {}

  async onModuleInit() {
    await this.runner.start();
  }

  async onApplicationShutdown() {
    await this.runner.stop();
    await this.events.dispose();
    await this.reads.dispose();
  }
}
