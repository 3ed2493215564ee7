import cluster from 'node:cluster';
import { PeerChannel, PeerEnvelope, PeerTopic, isPeerEnvelope } from '../../common/peer-channel';
import { PeerAck, isPeerConfirmed } from './cluster-messages';

type Listener = (message: unknown) => void;

/** A worker that hangs must not hold every write of the others: a confirmation waits this long at most. */
const CONFIRM_TIMEOUT_MS = 1_000;

/**
 * A worker's channels to its peers over the IPC pipe to the primary, which relays each message to
 * the other workers. One per process: every channel shares the pipe's single message listener.
 */
export class ClusterPeers {
  private static instance: ClusterPeers | undefined;
  private readonly listeners = new Map<PeerTopic, Set<Listener>>();
  private readonly confirming = new Map<number, () => void>();
  private lastConfirm = 0;

  private constructor() {
    process.on('message', (value: unknown) => {
      if (isPeerConfirmed(value)) return this.confirming.get(value.peerConfirmed)?.();
      if (!isPeerEnvelope(value)) return;
      try {
        for (const listener of this.listeners.get(value.peerTopic) ?? []) listener(value.message);
      } finally {
        // Acknowledged once handled: listeners act synchronously (advance, drop cached answers).
        if (value.confirm !== undefined) this.send({ peerAck: value.confirm } satisfies PeerAck);
      }
    });
  }

  /** This worker's peers; undefined in a process that runs alone (no WORKERS, a test, a CLI). */
  static ofThisProcess(): ClusterPeers | undefined {
    if (!cluster.isWorker) return undefined;
    return (ClusterPeers.instance ??= new ClusterPeers());
  }

  channel<T>(topic: PeerTopic): PeerChannel<T> {
    return {
      publish: (message) => this.send({ peerTopic: topic, message } satisfies PeerEnvelope),
      publishAndConfirm: (message) =>
        new Promise<void>((resolve) => {
          if (!process.connected) return resolve();
          const id = ++this.lastConfirm;
          const done = () => {
            clearTimeout(timer);
            this.confirming.delete(id);
            resolve();
          };
          const timer = setTimeout(done, CONFIRM_TIMEOUT_MS);
          this.confirming.set(id, done);
          this.send({ peerTopic: topic, message, confirm: id } satisfies PeerEnvelope);
        }),
      subscribe: (listener) => {
        const listeners = this.listeners.get(topic) ?? new Set<Listener>();
        this.listeners.set(topic, listeners);
        listeners.add(listener as Listener);
        return () => listeners.delete(listener as Listener);
      },
    };
  }

  /**
   * A worker whose primary is gone is shutting down: nobody is left to tell. The callback keeps a
   * pipe that breaks meanwhile (EPIPE) from becoming an unhandled 'error' event.
   */
  private send(message: object): void {
    if (process.connected) process.send!(message, undefined, undefined, () => undefined);
  }
}
