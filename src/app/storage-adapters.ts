import { Logger } from '@nestjs/common';
import { indexCheckOf, openEventStore, openReadStore } from './embedded-stores';
import { ClusterPeers } from './cluster/cluster-peers';
import { PEER_TOPICS } from '../common/peer-channel';
import { AppConfig } from '../config/app-config';
import { EventStore } from '../event-store/event-store.port';
import { KurrentDbEventStore } from '../event-store/kurrentdb/kurrentdb-event-store';
import { ReadStore } from '../read-store/read-store.port';
import { MongoReadStore } from '../read-store/mongodb/mongo-read-store';
import { projectedEventTypes } from './projections';

/** Configuration alone picks the storage: a URL selects the server, its absence the embedded file. */
export async function createEventStore(config: AppConfig): Promise<EventStore> {
  if (!config.kurrentDbUrl) return openEventStore(config, ClusterPeers.ofThisProcess()?.channel(PEER_TOPICS.eventsAppended));
  return KurrentDbEventStore.connect(config.kurrentDbUrl, {
    eventTypes: projectedEventTypes() ?? [],
    logger: new Logger('KurrentDB'),
  });
}

export async function createReadStore(config: AppConfig): Promise<ReadStore> {
  if (!config.mongodbUri) return openReadStore(config);
  return MongoReadStore.connect({ uri: config.mongodbUri, ...indexCheckOf(config) });
}
