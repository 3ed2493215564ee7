import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { eventStoreContract } from './event-store.contract';

eventStoreContract('SqliteEventStore', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'event-store-'));
  const store = new SqliteEventStore({ file: join(dir, 'events.sqlite') });
  return {
    store,
    cleanup: async () => {
      await store.dispose();
      await rm(dir, { recursive: true, force: true });
    },
  };
});
