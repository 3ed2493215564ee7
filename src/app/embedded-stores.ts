import { Logger } from '@nestjs/common';
import { join } from 'node:path';
import { PeerChannel } from '../common/peer-channel';
import { AppConfig } from '../config/app-config';
import { SqliteEventStore } from '../event-store/sqlite/sqlite-event-store';
import { IndexCheckOptions } from '../read-store/index-check';
import { PartitionedSqliteReadStore } from '../read-store/sqlite/partitioned-sqlite-read-store';
import { ALL_PROJECTIONS } from './projections';

/** The embedded stores' files, shared by the service and the command-line tools. */
export const eventStoreFile = (config: AppConfig) => join(config.dataDir, 'events.sqlite');
export const readStoreFile = (config: AppConfig) => join(config.dataDir, 'read-models.sqlite');
/** The trails (a row per event) in a file of their own: a rebuild fills it from a second thread. */
export const trailsFile = (config: AppConfig) => join(config.dataDir, 'read-models-trails.sqlite');

export const openEventStore = (config: AppConfig, peers?: PeerChannel<string>) =>
  new SqliteEventStore({ file: eventStoreFile(config), peers });
export const openReadStore = (config: AppConfig) =>
  new PartitionedSqliteReadStore({
    file: readStoreFile(config),
    partitions: [{ file: trailsFile(config), projections: ALL_PROJECTIONS.filter((p) => p.trail).map((p) => p.name) }],
    ...indexCheckOf(config),
  });

/** READ_STORE_INDEX_CHECK for either read store, its warnings in the service's log. */
export const indexCheckOf = (config: AppConfig): IndexCheckOptions => ({
  indexCheck: config.readStoreIndexCheck,
  logger: new Logger('ReadStore'),
});
