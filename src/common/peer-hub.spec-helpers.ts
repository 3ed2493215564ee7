import { PeerChannel } from './peer-channel';

/**
 * The primary's relay within one process, for specs: each member's messages reach every other
 * member, after the current turn as over the IPC pipe. The e2e cluster suite runs the real one.
 */
export class PeerHub<T> {
  private readonly members: Array<Set<(message: T) => void>> = [];

  member(): PeerChannel<T> {
    const listeners = new Set<(message: T) => void>();
    this.members.push(listeners);
    const publish = (message: T) => {
      for (const other of this.members) if (other !== listeners) for (const listener of other) setImmediate(() => listener(message));
    };
    return {
      publish,
      publishAndConfirm: (message) => {
        publish(message);
        // Queued after the deliveries: it runs once every other member has handled the message.
        return new Promise((resolve) => setImmediate(resolve));
      },
      subscribe: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
  }
}
