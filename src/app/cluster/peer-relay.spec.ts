import { PeerEnvelope } from '../../common/peer-channel';
import { PeerRelay, RelayWorker } from './peer-relay';

class Worker implements RelayWorker {
  readonly received: object[] = [];
  connected = true;
  constructor(readonly id: number) {}
  send(message: object) {
    this.received.push(message);
  }
  isConnected() {
    return this.connected;
  }
}

describe('PeerRelay', () => {
  let workers: Worker[];
  let ready: Set<number>;
  let relay: PeerRelay;
  const envelope = (confirm?: number): PeerEnvelope => ({ peerTopic: 'projections-applied', message: 'batch', confirm });

  beforeEach(() => {
    workers = [1, 2, 3].map((id) => new Worker(id));
    ready = new Set([1, 2, 3]);
    relay = new PeerRelay(
      () => workers,
      (worker) => ready.has(worker.id),
    );
  });

  it('relays a message to every other connected worker, as it came', () => {
    workers[2].connected = false;
    relay.relay(workers[0], envelope());
    expect(workers.map((w) => w.received)).toEqual([[], [envelope()], []]);
  });

  it('confirms to the publisher, under its own id, once every other ready worker acknowledged', () => {
    relay.relay(workers[0], envelope(7));
    const relayed = (workers[1].received[0] as PeerEnvelope).confirm!;
    expect(workers[2].received).toEqual([envelope(relayed)]);

    relay.acknowledged(workers[1], relayed);
    expect(workers[0].received).toEqual([]);
    relay.acknowledged(workers[2], relayed);
    expect(workers[0].received).toEqual([{ peerConfirmed: 7 }]);
    relay.acknowledged(workers[2], relayed);
    expect(workers[0].received).toHaveLength(1);
  });

  it('numbers messages anew, so two publishers using the same id are confirmed apart', () => {
    relay.relay(workers[0], envelope(1));
    relay.relay(workers[1], envelope(1));
    const [fromFirst, fromSecond] = workers[2].received.map((m) => (m as PeerEnvelope).confirm!);
    expect(fromFirst).not.toBe(fromSecond);

    const confirmed = (worker: Worker) => worker.received.filter((m) => 'peerConfirmed' in m);
    relay.acknowledged(workers[1], fromFirst);
    relay.acknowledged(workers[2], fromFirst);
    expect(confirmed(workers[0])).toEqual([{ peerConfirmed: 1 }]);
    expect(confirmed(workers[1])).toEqual([]);
  });

  it('waits neither for a worker still starting nor for one that exits, and confirms at once with nobody to wait for', () => {
    ready.delete(3);
    relay.relay(workers[0], envelope(1));
    relay.exited(workers[1]);
    expect(workers[0].received).toEqual([{ peerConfirmed: 1 }]);

    workers = [workers[0]];
    relay.relay(workers[0], envelope(2));
    expect(workers[0].received).toEqual([{ peerConfirmed: 1 }, { peerConfirmed: 2 }]);
  });
});
