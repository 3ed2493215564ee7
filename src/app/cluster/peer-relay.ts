import { PeerEnvelope } from '../../common/peer-channel';
import { PeerConfirmed } from './cluster-messages';

/** A worker as the relay sees it. */
export interface RelayWorker {
  id: number;
  send(message: object): void;
  isConnected(): boolean;
}

interface Confirmation {
  publisher: RelayWorker;
  /** The publisher's own id for the message. */
  id: number;
  /** Ready workers yet to acknowledge. */
  awaiting: Set<number>;
}

/**
 * The primary's relay of peer messages: each goes to every other worker, in order. A message the
 * publisher asked to have confirmed is numbered anew (publishers number their own, so ids clash
 * across them), and the publisher hears back once every other ready worker has acknowledged it or
 * exited. Workers still starting get it too but are not waited for: they read the read store as
 * it is once they start.
 */
export class PeerRelay {
  private readonly confirmations = new Map<number, Confirmation>();
  private lastRelayed = 0;

  constructor(
    private readonly workers: () => RelayWorker[],
    private readonly isReady: (worker: RelayWorker) => boolean,
  ) {}

  relay(publisher: RelayWorker, envelope: PeerEnvelope): void {
    const others = this.workers().filter((worker) => worker !== publisher && worker.isConnected());
    if (envelope.confirm === undefined) {
      for (const worker of others) worker.send(envelope);
      return;
    }
    const relayed = ++this.lastRelayed;
    const awaiting = new Set(others.filter(this.isReady).map((worker) => worker.id));
    this.confirmations.set(relayed, { publisher, id: envelope.confirm, awaiting });
    for (const worker of others) worker.send({ ...envelope, confirm: relayed });
    this.settleIfDone(relayed);
  }

  acknowledged(worker: RelayWorker, relayed: number): void {
    this.confirmations.get(relayed)?.awaiting.delete(worker.id);
    this.settleIfDone(relayed);
  }

  /** A worker that exited will acknowledge nothing more. */
  exited(worker: RelayWorker): void {
    for (const [relayed, confirmation] of this.confirmations) {
      if (confirmation.publisher === worker) this.confirmations.delete(relayed);
      else if (confirmation.awaiting.delete(worker.id)) this.settleIfDone(relayed);
    }
  }

  private settleIfDone(relayed: number): void {
    const confirmation = this.confirmations.get(relayed);
    if (!confirmation || confirmation.awaiting.size > 0) return;
    this.confirmations.delete(relayed);
    if (confirmation.publisher.isConnected()) confirmation.publisher.send({ peerConfirmed: confirmation.id } satisfies PeerConfirmed);
  }
}
