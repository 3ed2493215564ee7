import { EventStore, StoredEvent, Subscription } from '../event-store/event-store.port';
import { applyEvents } from './apply-events';
import { BatchChanges, keyColumnsOf } from './batch-changes';
import { Projection } from './projection';
import { ReadStore } from './read-store.port';
import { RunnerLogger } from './runner-log';

/** Catch-up progress is logged this often, so a long start-up shows it is working. */
const PROGRESS_LOG_MS = 3_000;

/** What the runner does with the applier's progress. */
export interface ApplierHooks {
  /** After every batch, applied or failed part-way, with what it changed. */
  advance(changes: BatchChanges): void;
  /** Everything stored when the subscription started has been applied. */
  caughtUp(): void;
  fail(error: unknown): void;
}

/**
 * The leader's side: one subscription from the lowest checkpoint feeds every projection, each
 * skipping what it already has, first catching up with the log, then following live appends.
 */
export class ProjectionApplier {
  private readonly keyColumns: ReadonlyMap<string, readonly string[]>;
  private subscription: Subscription | undefined;
  private stopped = false;
  private catchingUp = true;
  private progress = { head: 0n, from: 0n, started: 0, lastLog: 0 };

  constructor(
    private readonly eventStore: EventStore,
    private readonly readStore: ReadStore,
    private readonly projections: readonly Projection[],
    private readonly checkpoints: Map<string, bigint>,
    private readonly options: { batchSize: number; logger: RunnerLogger },
    private readonly hooks: ApplierHooks,
  ) {
    this.keyColumns = keyColumnsOf(projections);
  }

  async start(from: bigint): Promise<void> {
    const head = await this.eventStore.headPosition();
    // Stopped while asking for the head (the service shutting down as it starts): nothing to follow.
    if (this.stopped) return;
    this.progress = { head, from, started: Date.now(), lastLog: Date.now() };
    this.subscription = this.eventStore.subscribe(
      from,
      {
        onEvents: (events) => this.handle(events),
        onCaughtUp: (position) => this.caughtUp(position),
        onError: (error) => this.hooks.fail(error),
      },
      { batchSize: this.options.batchSize },
    );
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.catchingUp = false;
    const subscription = this.subscription;
    this.subscription = undefined;
    await subscription?.stop();
  }

  private caughtUp(position: bigint): void {
    if (!this.catchingUp) return;
    this.catchingUp = false;
    this.hooks.caughtUp();
    const replayed = position - this.progress.from;
    if (replayed > 0n) this.options.logger.log(`Projections caught up: ${replayed} events in ${Date.now() - this.progress.started} ms`);
  }

  /** Rethrows so the subscription ends at once; its own error report then finds the runner failed already. */
  private async handle(events: StoredEvent[]): Promise<void> {
    const changed = new BatchChanges(this.keyColumns);
    try {
      for (const projection of this.projections) await this.applyTo(projection, events, changed);
    } catch (error) {
      this.hooks.fail(error);
      throw error;
    } finally {
      this.hooks.advance(changed);
    }
    if (this.catchingUp && Date.now() - this.progress.lastLog >= PROGRESS_LOG_MS) {
      this.progress.lastLog = Date.now();
      this.options.logger.log(`Projections catching up: position ${events[events.length - 1].position} of ${this.progress.head}`);
    }
  }

  private async applyTo(projection: Projection, events: StoredEvent[], changed: BatchChanges): Promise<void> {
    const after = this.checkpoints.get(projection.name) ?? 0n;
    try {
      const batch = await applyEvents((b) => this.readStore.apply(b), projection, events, after);
      if (!batch) return;
      this.checkpoints.set(projection.name, batch.checkpoint);
      for (const change of batch.changes) changed.add(change);
    } catch (error) {
      // The events before the failing one may have been applied while looking for it.
      const reached = await this.readStore.checkpoint(projection.name).catch(() => after);
      this.checkpoints.set(projection.name, reached);
      if (reached > after) for (const table of projection.tables) changed.addTable(table.name);
      throw error;
    }
  }
}
