import { Logger } from '@nestjs/common';
import { join } from 'node:path';
import { PeerChannel } from '../common/peer-channel';
import { AppConfig } from '../config/app-config';
import { SqliteEventStore } from '../event-store/sqlite/sqlite-event-store';
import { IndexCheckOptions } from '../read-store/index-check';
import { SqliteReadStore } from '../read-store/sqlite/sqlite-read-store';

/** The embedded stores' files, shared by the service and the command-line tools. */
export const eventStoreFile = (config: AppConfig) => join(config.dataDir, 'events.sqlite');
export const readStoreFile = (config: AppConfig) => join(config.dataDir, 'read-models.sqlite');

export const openEventStore = (config: AppConfig, peers?: PeerChannel<string>) =>
  new SqliteEventStore({ file: eventStoreFile(config), peers });
export const openReadStore = (config: AppConfig) => new SqliteReadStore({ file: readStoreFile(config), ...indexCheckOf(config) });

/** READ_STORE_INDEX_CHECK for either read store, its warnings in the service's log. */
export const indexCheckOf = (config: AppConfig): IndexCheckOptions => ({
  indexCheck: config.readStoreIndexCheck,
  logger: new Logger('ReadStore'),
});
