/** Lifecycle messages between the primary and its workers (peer messages are in peer-channel.ts). */
export const WORKER_READY = { workerReady: true } as const;
export const SHUT_DOWN = { shutDown: true } as const;

export const isWorkerReady = (message: unknown) => (message as typeof WORKER_READY | undefined)?.workerReady === true;
export const isShutDown = (message: unknown) => (message as typeof SHUT_DOWN | undefined)?.shutDown === true;

/** A worker handled the relayed peer message the primary numbered `peerAck`. */
export interface PeerAck {
  peerAck: number;
}
/** Every other worker handled the peer message its publisher numbered `peerConfirmed`. */
export interface PeerConfirmed {
  peerConfirmed: number;
}

export const isPeerAck = (message: unknown): message is PeerAck => typeof (message as PeerAck | undefined)?.peerAck === 'number';
export const isPeerConfirmed = (message: unknown): message is PeerConfirmed =>
  typeof (message as PeerConfirmed | undefined)?.peerConfirmed === 'number';
