import { join } from 'node:path';
import { PeerChannel } from '../common/peer-channel';
import { AppConfig } from '../config/app-config';
import { SqliteEventStore } from '../event-store/sqlite/sqlite-event-store';
import { SqliteReadStore } from '../read-store/sqlite/sqlite-read-store';

/** The embedded stores' files, shared by the service and the command-line tools. */
export const eventStoreFile = (config: AppConfig) => join(config.dataDir, 'events.sqlite');
export const readStoreFile = (config: AppConfig) => join(config.dataDir, 'read-models.sqlite');

export const openEventStore = (config: AppConfig, peers?: PeerChannel<string>) =>
  new SqliteEventStore({ file: eventStoreFile(config), peers });
export const openReadStore = (config: AppConfig) => new SqliteReadStore({ file: readStoreFile(config) });
