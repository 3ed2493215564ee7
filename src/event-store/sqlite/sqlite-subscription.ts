import { reportSubscriptionError } from '../event-store.errors';
import { StoredEvent, Subscription, SubscriptionHandlers } from '../event-store.port';

/** Appends by another process on the same file raise no signal here; this bounds how late they are seen. */
const POLL_INTERVAL_MS = 250;

export interface EventSource {
  readAfter(position: bigint, limit: number): StoredEvent[];
  headPosition(): bigint;
}

/**
 * Reads forward from a checkpoint, one batch at a time. Positions are handed out inside SQLite's
 * single write lock, so commit order is position order: reading `position > cursor` never skips an
 * event that commits later, and the cursor alone rules out duplicates.
 */
export class SqliteSubscription implements Subscription {
  private stopped = false;
  /** Set by notify(); a signal that arrives while a batch is read or delivered is kept, not lost. */
  private signalled = false;
  private wake: (() => void) | undefined;
  private readonly finished: Promise<void>;

  constructor(
    private readonly source: EventSource,
    after: bigint,
    private readonly handlers: SubscriptionHandlers,
    private readonly batchSize: number,
    private readonly onFinished: () => void,
  ) {
    // Deferred so handlers run only after subscribe() has returned and may refer to the subscription.
    this.finished = Promise.resolve().then(() => this.run(after));
  }

  /** Called by the store after each committed append in this process. */
  notify(): void {
    this.signalled = true;
    this.wake?.();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.finished;
  }

  private async run(after: bigint): Promise<void> {
    try {
      const head = this.source.headPosition();
      let position = after;
      while (!this.stopped && position < head) {
        const caughtUpTo = await this.deliverNextBatch(position);
        if (caughtUpTo === position) break;
        position = caughtUpTo;
      }
      if (this.stopped) return;
      this.handlers.onCaughtUp?.(position);
      while (!this.stopped) {
        this.signalled = false;
        const next = await this.deliverNextBatch(position);
        if (next === position) await this.sleep();
        position = next;
      }
    } catch (error) {
      this.stopped = true;
      reportSubscriptionError(error instanceof Error ? error : new Error(String(error)), this.handlers.onError);
    } finally {
      this.onFinished();
    }
  }

  /** Returns the position of the last delivered event, or `position` itself when nothing was new. */
  private async deliverNextBatch(position: bigint): Promise<bigint> {
    const batch = this.source.readAfter(position, this.batchSize);
    if (batch.length === 0) return position;
    await this.handlers.onEvents(batch);
    return batch[batch.length - 1].position;
  }

  private sleep(): Promise<void> {
    if (this.signalled || this.stopped) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.wake?.(), POLL_INTERVAL_MS);
      this.wake = () => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve();
      };
    });
  }
}
