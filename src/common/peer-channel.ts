/**
 * Messages between the processes of one service (cluster workers on one machine): what one
 * publishes reaches every other one, in the order it was published, and never itself.
 */
export interface PeerChannel<T> {
  publish(message: T): void;
  /**
   * Publishes, resolving once every other process has handled the message (or left, or a second
   * passed): what a caller answers after it, the others know.
   */
  publishAndConfirm(message: T): Promise<void>;
  /** Returns the function that unsubscribes. */
  subscribe(listener: (message: T) => void): () => void;
}

/** The topics the workers exchange. */
export const PEER_TOPICS = {
  /** An append to the embedded event store: the leader's subscription reads it now, not at its next poll. */
  eventsAppended: 'events-appended',
  /** A batch the leading worker projected: followers advance and drop what it changed. */
  projectionsApplied: 'projections-applied',
} as const;

export type PeerTopic = (typeof PEER_TOPICS)[keyof typeof PEER_TOPICS];

/** A message on the wire between a worker and the primary, which relays it to the other workers. */
export interface PeerEnvelope {
  peerTopic: PeerTopic;
  message: unknown;
  /** Set when the publisher waits to hear that every other worker handled it: an id to acknowledge. */
  confirm?: number;
}

export const isPeerEnvelope = (value: unknown): value is PeerEnvelope =>
  typeof value === 'object' && value !== null && typeof (value as PeerEnvelope).peerTopic === 'string';
