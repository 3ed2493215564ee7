import cluster, { Worker } from 'node:cluster';
import { SHUT_DOWN, isPeerAck, isWorkerReady } from './cluster-messages';
import { isPeerEnvelope } from '../../common/peer-channel';
import { PeerRelay } from './peer-relay';

const RESTART_DELAY_MS = 1_000;
/** More crashes than this within the window means something is wrong with every worker: give up. */
const MAX_CRASHES = 5;
const CRASH_WINDOW_MS = 60_000;
const STOP_TIMEOUT_MS = 15_000;

export interface PrimaryLogger {
  log(message: string): void;
  error(message: string): void;
}

/**
 * The primary process of WORKERS > 1: it serves no request itself. Workers share the listening port
 * (Node's cluster hands each connection to one of them) and the stores; the projections run in
 * whichever worker holds the lease, and the primary relays the workers' peer messages.
 *
 * The first worker starts alone, so that the projection rebuilds and seeding a start may do happen
 * once, in one process; the others start when it is ready. A worker that dies is replaced.
 */
export class ClusterPrimary {
  private stopping = false;
  private readonly crashes: number[] = [];
  /** Workers that became ready, replacements included: the start is complete when it reaches `workers`. */
  private readyWorkers = 0;
  private onAllReady: (() => void) | undefined;
  private readonly ready = new WeakSet<Worker>();
  private readonly peers = new PeerRelay(
    () => Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => !!worker),
    (worker) => this.ready.has(worker as Worker),
  );

  constructor(
    private readonly workers: number,
    private readonly logger: PrimaryLogger = console,
  ) {}

  /**
   * Resolves once as many workers as asked for listen. Only the first worker's early exit stops
   * the start (it printed why it could not start: the others would fail alike); any later worker
   * that dies, before it is ready or after, is replaced, within the crash limit.
   */
  async start(): Promise<void> {
    cluster.on('message', (from, message: unknown) => {
      if (isPeerEnvelope(message)) this.peers.relay(from, message);
      else if (isPeerAck(message)) this.peers.acknowledged(from, message.peerAck);
    });
    const allReady = new Promise<void>((resolve) => (this.onAllReady = resolve));
    await this.startWorker();
    cluster.on('exit', (worker, code, signal) => {
      this.peers.exited(worker);
      this.replace(worker, code, signal);
    });
    for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => void this.stop(0));
    for (let i = 1; i < this.workers; i++) this.startWorker().catch(() => undefined);
    await allReady;
  }

  /** Resolves when the worker is ready; rejects when it exits first (the exit handler replaces it once start has begun). */
  private startWorker(): Promise<Worker> {
    const worker = cluster.fork();
    return new Promise((resolve, reject) => {
      const onExit = (code: number | null, signal: string | null) =>
        reject(new Error(`worker ${worker.process.pid} exited (${signal ?? `code ${code}`}) before it was ready`));
      const onMessage = (message: unknown) => {
        if (!isWorkerReady(message)) return;
        worker.off('exit', onExit).off('message', onMessage);
        this.ready.add(worker);
        if (++this.readyWorkers >= this.workers) this.onAllReady?.();
        resolve(worker);
      };
      worker.once('exit', onExit).on('message', onMessage);
    });
  }

  private replace(worker: Worker, code: number | null, signal: string | null): void {
    if (this.stopping) return;
    const now = Date.now();
    this.crashes.push(now);
    while (this.crashes[0] < now - CRASH_WINDOW_MS) this.crashes.shift();
    if (this.crashes.length > MAX_CRASHES) {
      this.logger.error(`Workers exited ${this.crashes.length} times within ${CRASH_WINDOW_MS / 1000} s; stopping the service`);
      void this.stop(1);
      return;
    }
    this.logger.error(
      `Worker ${worker.process.pid} exited (${signal ?? `code ${code}`}); starting another in ${RESTART_DELAY_MS / 1000} s`,
    );
    setTimeout(() => {
      if (!this.stopping)
        this.startWorker().catch((error: unknown) => this.logger.error(String(error instanceof Error ? error.message : error)));
    }, RESTART_DELAY_MS);
  }

  /** Asks every worker to close, kills those still running after STOP_TIMEOUT_MS, then exits. */
  async stop(exitCode: number): Promise<never> {
    this.stopping = true;
    const running = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w && !w.isDead());
    await Promise.all(running.map((worker) => this.stopWorker(worker)));
    process.exit(exitCode);
  }

  private stopWorker(worker: Worker): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.logger.error(`Worker ${worker.process.pid} did not close within ${STOP_TIMEOUT_MS / 1000} s; killing it`);
        worker.process.kill('SIGKILL');
      }, STOP_TIMEOUT_MS);
      worker.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      if (worker.isConnected()) worker.send(SHUT_DOWN);
      else worker.process.kill('SIGTERM');
    });
  }
}
