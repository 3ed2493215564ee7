import { join } from 'node:path';
import { AppConfig } from '../config/app-config';
import { SqliteEventStore } from '../event-store/sqlite/sqlite-event-store';
import { SqliteReadStore } from '../read-store/sqlite/sqlite-read-store';

/** The embedded stores' files, shared by the service and the command-line tools. */
export const eventStoreFile = (config: AppConfig) => join(config.dataDir, 'events.sqlite');
export const readStoreFile = (config: AppConfig) => join(config.dataDir, 'read-models.sqlite');

export const openEventStore = (config: AppConfig) => new SqliteEventStore({ file: eventStoreFile(config) });
export const openReadStore = (config: AppConfig) => new SqliteReadStore({ file: readStoreFile(config) });
