import { KurrentDbEventStore } from './kurrentdb-event-store';

/** What runs without a server; the port's behaviour is covered by the contract suite, given KURRENTDB_URL. */
describe('KurrentDbEventStore', () => {
  it('refuses to start on a server it cannot reach, in one line naming KURRENTDB_URL but not the password', async () => {
    // Port 1 on the loopback interface: nothing listens there, so the connection is refused at once.
    const attempt = KurrentDbEventStore.connect('kurrentdb://admin:secret@127.0.0.1:1?tls=false', { eventTypes: [] });

    const error: Error = await attempt.then(
      () => Promise.reject(new Error('connected to nothing')),
      (e: Error) => e,
    );
    expect(error.message).toMatch(
      /^Cannot use the KurrentDB event store at KURRENTDB_URL=kurrentdb:\/\/\*\*\*@127\.0\.0\.1:1\?tls=false: no server answered/,
    );
    expect(error.message).not.toMatch(/secret|\n/);
  });
});
