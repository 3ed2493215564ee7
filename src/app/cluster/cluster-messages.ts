/** Lifecycle messages between the primary and its workers (peer messages are in peer-channel.ts). */
export const WORKER_READY = { workerReady: true } as const;
export const SHUT_DOWN = { shutDown: true } as const;

export const isWorkerReady = (message: unknown) => (message as typeof WORKER_READY | undefined)?.workerReady === true;
export const isShutDown = (message: unknown) => (message as typeof SHUT_DOWN | undefined)?.shutDown === true;
