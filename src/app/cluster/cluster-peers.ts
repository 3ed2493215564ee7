import cluster from 'node:cluster';
import { PeerChannel, PeerTopic, isPeerEnvelope } from '../../common/peer-channel';

type Listener = (message: unknown) => void;

/**
 * A worker's channels to its peers over the IPC pipe to the primary, which relays each message to
 * the other workers. One per process: every channel shares the pipe's single message listener.
 */
export class ClusterPeers {
  private static instance: ClusterPeers | undefined;
  private readonly listeners = new Map<PeerTopic, Set<Listener>>();

  private constructor() {
    process.on('message', (value: unknown) => {
      if (!isPeerEnvelope(value)) return;
      for (const listener of this.listeners.get(value.peerTopic) ?? []) listener(value.message);
    });
  }

  /** This worker's peers; undefined in a process that runs alone (no WORKERS, a test, a CLI). */
  static ofThisProcess(): ClusterPeers | undefined {
    if (!cluster.isWorker) return undefined;
    return (ClusterPeers.instance ??= new ClusterPeers());
  }

  channel<T>(topic: PeerTopic): PeerChannel<T> {
    return {
      publish: (message) => {
        // A worker whose primary is gone is shutting down: nobody is left to tell. The callback
        // keeps a pipe that breaks meanwhile (EPIPE) from becoming an unhandled 'error' event.
        if (process.connected) process.send!({ peerTopic: topic, message }, undefined, undefined, () => undefined);
      },
      subscribe: (listener) => {
        const listeners = this.listeners.get(topic) ?? new Set<Listener>();
        this.listeners.set(topic, listeners);
        listeners.add(listener as Listener);
        return () => listeners.delete(listener as Listener);
      },
    };
  }
}
