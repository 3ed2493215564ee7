import { KurrentDbEventStore } from '../../src/event-store/kurrentdb/kurrentdb-event-store';
import { eventStoreContract } from './event-store.contract';

const url = process.env.KURRENTDB_URL;
/** The types the contract appends: the store asks the server for these only, as in production. */
const CONTRACT_EVENT_TYPES = ['Happened', 'Opened', 'Noted', 'Closed'];
const SKIPPED =
  'KurrentDB event-store contract SKIPPED: KURRENTDB_URL is not set ' +
  '(run: docker compose up -d kurrentdb, then KURRENTDB_URL=kurrentdb://localhost:2113?tls=false npm run test:kurrentdb)';

if (url) {
  eventStoreContract(
    'KurrentDbEventStore',
    async () => {
      const store = await KurrentDbEventStore.connect(url, { eventTypes: CONTRACT_EVENT_TYPES });
      return { store, cleanup: () => store.dispose() };
    },
    { globalIdempotencyKeys: false, atomicAppendMany: false },
  );
} else {
  console.warn(SKIPPED);
  // No KurrentDB server can run on this machine; the name gives the command that runs the suite.
  describe.skip(SKIPPED, () => {
    it('runs the event-store contract against a KurrentDB server', () => undefined);
  });
}
