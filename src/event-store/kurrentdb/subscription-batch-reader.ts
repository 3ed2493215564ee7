import { Readable } from 'node:stream';

const CAUGHT_UP = Symbol('caught up');

export interface Batch<T> {
  events: T[];
  /** The source signalled it had caught up right after these events. */
  caughtUp: boolean;
}

/**
 * Turns the client's subscription stream into batches. It reads the stream in paused mode, only as
 * far as one batch ahead, so a slow handler holds the stream back (and with it, gRPC flow control)
 * instead of piling events up in memory.
 *
 * The client emits 'caughtUp' as an event while transforming the server's message, when the events
 * before it may still sit unread in the stream's buffer: those are moved into the queue first, so
 * the signal keeps its place in the order.
 */
export class SubscriptionBatchReader<T> {
  private readonly queue: Array<T | typeof CAUGHT_UP> = [];
  private ended = false;
  private interrupted = false;
  private failure: Error | undefined;
  private wake: (() => void) | undefined;

  constructor(
    private readonly source: Readable,
    private readonly batchSize: number,
    /** How long a partial batch waits for more events: live appends then come in batches, not one by one. */
    private readonly idleMs: number,
  ) {
    source.on('readable', () => this.notify());
    source.on('caughtUp', () => {
      this.fill(Infinity);
      this.queue.push(CAUGHT_UP);
      this.notify();
    });
    source.on('end', () => this.finish());
    source.on('close', () => this.finish());
    source.on('error', (error: Error) => {
      this.failure = error;
      this.notify();
    });
  }

  /**
   * The next batch: up to batchSize events, ending early at a caught-up signal or when the source
   * stays idle for idleMs. Resolves undefined once the source has ended or interrupt() was called;
   * rejects with the source's error. Events queued before either are delivered first.
   */
  async next(): Promise<Batch<T> | undefined> {
    this.fill(this.batchSize);
    while (this.queue.length === 0) {
      if (this.failure) throw this.failure;
      if (this.ended || this.interrupted) return undefined;
      await this.signal();
      this.fill(this.batchSize);
    }
    while (!this.hasFullBatch() && !this.ended && !this.interrupted && !this.failure) {
      if (!(await this.signal(this.idleMs))) break;
      this.fill(this.batchSize);
    }
    return this.take();
  }

  interrupt(): void {
    this.interrupted = true;
    this.notify();
  }

  private fill(limit: number): void {
    while (this.queue.length < limit) {
      const item: T | null = this.source.read();
      if (item === null) return;
      this.queue.push(item);
    }
  }

  private hasFullBatch(): boolean {
    return this.queue.length >= this.batchSize || this.queue.includes(CAUGHT_UP);
  }

  private take(): Batch<T> {
    const signalAt = this.queue.indexOf(CAUGHT_UP);
    const count = Math.min(this.batchSize, signalAt === -1 ? this.queue.length : signalAt);
    const events = this.queue.splice(0, count) as T[];
    const caughtUp = this.queue[0] === CAUGHT_UP;
    if (caughtUp) this.queue.shift();
    return { events, caughtUp };
  }

  /** Resolves true on the next signal from the source, false when timeoutMs passes first. */
  private signal(timeoutMs?: number): Promise<boolean> {
    return new Promise((resolve) => {
      const settle = (signalled: boolean) => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve(signalled);
      };
      const timer = timeoutMs === undefined ? undefined : setTimeout(() => settle(false), timeoutMs);
      this.wake = () => settle(true);
    });
  }

  private finish(): void {
    this.ended = true;
    this.notify();
  }

  private notify(): void {
    this.wake?.();
  }
}
