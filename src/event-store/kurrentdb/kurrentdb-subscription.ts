import { reportSubscriptionError } from '../event-store.errors';
import { AllStreamResolvedEvent } from '@kurrent/kurrentdb-client';
import { Readable } from 'node:stream';
import { Subscription, SubscriptionHandlers } from '../event-store.port';
import { eventsAfter, toStoredEvent } from './kurrentdb-events';
import { KurrentDbPermissionError, withPermissionNamed } from './kurrentdb-permissions';
import { Batch, SubscriptionBatchReader } from './subscription-batch-reader';

/** Live appends wait this long for company: enough to batch a burst, too little to notice. */
const IDLE_MS = 10;
const FIRST_RETRY_MS = 100;
const MAX_RETRY_MS = 10_000;

/** The client's catch-up subscription to $all, as far as this uses it. */
export type CatchUpStream = Readable & { unsubscribe(): Promise<void> };

export interface SubscriptionLogger {
  warn(message: string): void;
}

export interface KurrentDbSubscriptionOptions {
  /** Subscribes to the events after `position` (0n: from the start). */
  open(position: bigint): CatchUpStream;
  batchSize: number;
  logger: SubscriptionLogger;
  onFinished(): void;
}

/**
 * A catch-up subscription that outlives the server's: when one drops (connection lost, leader
 * change, server restart), a new one starts after the last event delivered, with growing delays
 * while the drops go on. A failing handler, an event it cannot read, or the server refusing the
 * user access ends it instead and reaches onError: trying again would fail again.
 */
export class KurrentDbSubscription implements Subscription {
  private stopped = false;
  private caughtUp = false;
  /** Position of the last event delivered: where a resubscription starts, and what it never repeats. */
  private position: bigint;
  /** Drops since events last flowed. */
  private drops = 0;
  private reader: SubscriptionBatchReader<AllStreamResolvedEvent> | undefined;
  private wakeFromPause: (() => void) | undefined;
  private readonly finished: Promise<void>;

  constructor(
    after: bigint,
    private readonly handlers: SubscriptionHandlers,
    private readonly options: KurrentDbSubscriptionOptions,
  ) {
    this.position = after;
    // Deferred so handlers run only after subscribe() has returned and may refer to the subscription.
    this.finished = Promise.resolve().then(() => this.run());
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.reader?.interrupt();
    this.wakeFromPause?.();
    await this.finished;
  }

  private async run(): Promise<void> {
    try {
      while (!this.stopped) {
        const reason = await this.follow();
        if (this.stopped) return;
        const delay = backoffDelay(this.drops++);
        const cause = reason instanceof Error ? reason.message : String(reason);
        this.options.logger.warn(
          `KurrentDB subscription to $all dropped (${cause}); resubscribing after position ${this.position} in ${delay} ms`,
        );
        await this.pause(delay);
      }
    } catch (error) {
      this.stopped = true;
      reportSubscriptionError(error instanceof Error ? error : new Error(String(error)), this.handlers.onError);
    } finally {
      this.options.onFinished();
    }
  }

  /** Follows one server subscription until it drops, resolving why; anything else thrown ends it all. */
  private async follow(): Promise<unknown> {
    const source = this.options.open(this.position);
    const reader = new SubscriptionBatchReader<AllStreamResolvedEvent>(source, this.options.batchSize, IDLE_MS);
    this.reader = reader;
    try {
      for (;;) {
        let batch: Batch<AllStreamResolvedEvent> | undefined;
        try {
          batch = await reader.next();
        } catch (error) {
          // A refusal is no drop: resubscribing would be refused again until an operator grants it.
          const refused = withPermissionNamed(error, 'subscribe to $all');
          if (refused instanceof KurrentDbPermissionError) throw refused;
          return error;
        }
        if (this.stopped) return undefined;
        if (!batch) return new Error('the server ended it');
        this.drops = 0;
        await this.deliver(batch);
      }
    } finally {
      this.reader = undefined;
      // A subscription that never connected cannot be cancelled; that failure is the drop in hand.
      await source.unsubscribe().catch(() => undefined);
      source.destroy();
    }
  }

  private async deliver(batch: Batch<AllStreamResolvedEvent>): Promise<void> {
    const events = eventsAfter(batch.events.map(toStoredEvent), this.position);
    if (events.length > 0) {
      await this.handlers.onEvents(events);
      this.position = events[events.length - 1].position;
    }
    if (batch.caughtUp && !this.caughtUp && !this.stopped) {
      this.caughtUp = true;
      this.handlers.onCaughtUp?.(this.position);
    }
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.wakeFromPause?.(), ms);
      this.wakeFromPause = () => {
        clearTimeout(timer);
        this.wakeFromPause = undefined;
        resolve();
      };
    });
  }
}

/**
 * Doubles from FIRST_RETRY_MS up to MAX_RETRY_MS, half of it random: the instances a server restart
 * dropped together come back spread out rather than all at once.
 */
export function backoffDelay(drops: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** drops);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
