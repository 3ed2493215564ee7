import { EventStore, StoredEvent, Subscription } from '../event-store/event-store.port';
import { applyEvents } from './apply-events';
import { Projection } from './projection';
import { ReadStore } from './read-store.port';
import { REPLAY_BATCH_SIZE, rebuildProjection } from './rebuild';
import { BatchChangeEntry, BatchChanges } from './batch-changes';
import { PeerChannel } from '../common/peer-channel';
import { tablesFingerprint } from './tables-fingerprint';

import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';

const PROGRESS_LOG_MS = 3_000;
/** One lease covers all projections: the instance holding it runs them, the others follow. */
const LEASE = 'projection-runner';
const DEFAULT_LEASE_TTL_MS = 15_000;
/** How often a follower reads the checkpoints, to answer waitFor and invalidate caches. */
const FOLLOW_POLL_MS = 250;
/** With peers the leader's batches arrive as it applies them; reading checkpoints is only a safety net. */
const PEER_FOLLOW_POLL_MS = 2_000;

export interface RunnerLogger {
  log(message: string): void;
  error(message: string, stack?: string): void;
}

export interface ProjectionRunnerOptions {
  /** Events per batch while catching up; live appends arrive in whatever batches they were written. */
  batchSize?: number;
  logger?: RunnerLogger;
  /** Names this service instance in the projection lease; unique by default. */
  instanceId?: string;
  /** A leader that has not renewed its lease for this long is replaced; renewed every third of it. */
  leaseTtlMs?: number;
  /**
   * The other workers of this service: the leader tells them each batch it applied, with the days
   * it changed, so followers advance at once and drop only what the batch changed.
   */
  peers?: PeerChannel<PeerBatch>;
}

/** A batch the leader applied, as followers receive it: positions as decimal strings. */
export interface PeerBatch {
  checkpoints: Array<[projection: string, checkpoint: string]>;
  changes: BatchChangeEntry[];
}

/**
 * `running` is catching up; `caughtUp` has read everything stored at start and is following live
 * appends; `following` means another instance holds the lease and runs the projections, and this
 * one follows their checkpoints in the read store.
 */
export type RunnerState = 'idle' | 'starting' | 'running' | 'caughtUp' | 'following' | 'failed' | 'stopped';

export interface RunnerStatus {
  state: RunnerState;
  instanceId: string;
  /** Why the runner failed. */
  message?: string;
  /** Position every projection has applied. */
  checkpoint: bigint;
  head: bigint;
  lag: bigint;
  projections: Array<{ name: string; checkpoint: bigint }>;
}

export interface AppliedBatch {
  /** The runner's position after the batch. */
  position: bigint;
  /** Logical tables the batch changed, for invalidating what was cached from them. */
  tables: string[];
  /** The business days of a table's changed rows; null when unknown (any day may have changed). */
  daysOf(table: string): ReadonlySet<string> | null;
}

interface Waiter {
  position: bigint;
  settle(reached: boolean): void;
}

/**
 * Keeps the projections' tables following the event store: at start it rebuilds any projection
 * whose version or tables changed, then one subscription feeds every projection from the lowest
 * checkpoint, each skipping what it already has. A failure stops the runner (reads then serve the
 * last applied state) and shows in `status()`; a restart carries on from the stored checkpoints.
 */
export class ProjectionRunner {
  private readonly batchSize: number;
  private readonly logger: RunnerLogger;
  private readonly instanceId: string;
  private readonly leaseTtlMs: number;
  private leaseTimer: NodeJS.Timeout | undefined;
  private followTimer: NodeJS.Timeout | undefined;
  private tendingLease = false;
  private unsubscribePeers: (() => void) | undefined;
  private readonly checkpoints = new Map<string, bigint>();
  private readonly waiters = new Set<Waiter>();
  private readonly listeners = new Set<(applied: AppliedBatch) => void>();
  private subscription: Subscription | undefined;
  private state: RunnerState = 'idle';
  private failure: string | undefined;
  private current = 0n;
  /** Catch-up progress is logged every few seconds, so a long start-up shows it is working. */
  private catchUp = { head: 0n, from: 0n, started: 0, lastLog: 0 };

  constructor(
    private readonly eventStore: EventStore,
    private readonly readStore: ReadStore,
    private readonly projections: Projection[],
    private readonly options: ProjectionRunnerOptions = {},
  ) {
    this.batchSize = options.batchSize ?? REPLAY_BATCH_SIZE;
    this.logger = options.logger ?? console;
    this.instanceId = options.instanceId ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
    this.leaseTtlMs = options.leaseTtlMs ?? DEFAULT_LEASE_TTL_MS;
  }

  /** Lowest position applied by every projection. */
  get position(): bigint {
    return this.current;
  }

  /** Resolves once the tables are ready and the subscription started (not once caught up); rejects when the preparation fails. */
  async start(): Promise<void> {
    if (this.state !== 'idle') throw new Error(`Projection runner cannot start: it is ${this.state}`);
    this.state = 'starting';
    this.unsubscribePeers = this.options.peers?.subscribe((batch) => this.followPeer(batch));
    if (await this.readStore.acquireLease(LEASE, this.instanceId, this.leaseTtlMs)) await this.lead();
    else await this.follow();
    // unref: the lease alone must not keep a process alive that has nothing else to do.
    this.leaseTimer = setInterval(() => void this.tendLease(), Math.max(1, Math.floor(this.leaseTtlMs / 3))).unref();
  }

  private async lead(): Promise<void> {
    this.state = 'starting';
    try {
      for (const projection of this.projections) await this.prepare(projection);
    } catch (error) {
      this.fail(error);
      throw error;
    }
    this.advance(new BatchChanges());
    const head = await this.eventStore.headPosition();
    this.catchUp = { head, from: this.current, started: Date.now(), lastLog: Date.now() };
    this.state = 'running';
    this.subscription = this.eventStore.subscribe(
      this.current,
      {
        onEvents: (events) => this.handle(events),
        onCaughtUp: (position) => {
          if (this.state !== 'running') return;
          this.state = 'caughtUp';
          const replayed = position - this.catchUp.from;
          if (replayed > 0n) this.logger.log(`Projections caught up: ${replayed} events in ${Date.now() - this.catchUp.started} ms`);
        },
        onError: (error) => this.fail(error),
      },
      { batchSize: this.batchSize },
    );
  }

  async stop(): Promise<void> {
    clearInterval(this.leaseTimer);
    clearInterval(this.followTimer);
    this.unsubscribePeers?.();
    await this.subscription?.stop();
    if (this.state !== 'failed') this.state = 'stopped';
    this.releaseWaiters();
    await this.readStore.releaseLease(LEASE, this.instanceId).catch((error: unknown) => this.logger.error(`Releasing the lease failed: ${describe(error)}`));
  }

  /** Another instance runs the projections: take their progress from the stored checkpoints. */
  private async follow(): Promise<void> {
    this.state = 'following';
    this.logger.log(`Projections run in another instance; ${this.instanceId} follows their checkpoints`);
    await this.readCheckpoints();
    this.followTimer = setInterval(() => {
      this.readCheckpoints().catch((error: unknown) => this.logger.error(`Reading checkpoints failed: ${describe(error)}`));
    }, this.options.peers ? PEER_FOLLOW_POLL_MS : FOLLOW_POLL_MS).unref();
  }

  /** A batch the leader applied: committed before it was sent, so the read store holds it already. */
  private followPeer(batch: PeerBatch): void {
    if (this.state !== 'following') return;
    let advanced = false;
    for (const [name, checkpoint] of batch.checkpoints) {
      const position = BigInt(checkpoint);
      if (!this.checkpoints.has(name) || position <= this.checkpoints.get(name)!) continue;
      this.checkpoints.set(name, position);
      advanced = true;
    }
    // Older than what the checkpoints showed: already followed, with every table counted as changed.
    if (advanced) this.advance(BatchChanges.fromEntries(batch.changes));
  }

  private async readCheckpoints(): Promise<void> {
    const changed = new BatchChanges();
    for (const projection of this.projections) {
      const checkpoint = await this.readStore.checkpoint(projection.name);
      if (checkpoint === this.checkpoints.get(projection.name)) continue;
      this.checkpoints.set(projection.name, checkpoint);
      for (const table of projection.tables) changed.addTable(table.name);
    }
    this.advance(changed);
  }

  /** Renews the lease while leading, takes it over when the leader is gone, steps down when lost. */
  private async tendLease(): Promise<void> {
    if (this.tendingLease || this.state === 'failed' || this.state === 'stopped' || this.state === 'starting') return;
    this.tendingLease = true;
    try {
      const held = await this.readStore.acquireLease(LEASE, this.instanceId, this.leaseTtlMs);
      if (held && this.state === 'following') {
        clearInterval(this.followTimer);
        this.logger.log(`${this.instanceId} took over the projections`);
        await this.lead();
      } else if (!held && this.state !== 'following') {
        this.logger.log(`${this.instanceId} lost the projection lease; following the new leader`);
        await this.subscription?.stop();
        this.subscription = undefined;
        await this.follow();
      }
    } catch (error) {
      this.logger.error(`Projection lease: ${describe(error)}`, stackOf(error));
    } finally {
      this.tendingLease = false;
    }
  }

  /** True once every projection has applied `position`; false on timeout or when the runner stops or fails first. */
  waitFor(position: bigint, timeoutMs: number): Promise<boolean> {
    if (this.current >= position) return Promise.resolve(true);
    if (this.state === 'failed' || this.state === 'stopped') return Promise.resolve(false);
    return new Promise((resolve) => {
      const waiter: Waiter = {
        position,
        settle: (reached) => {
          clearTimeout(timer);
          this.waiters.delete(waiter);
          resolve(reached);
        },
      };
      const timer = setTimeout(() => waiter.settle(false), timeoutMs);
      this.waiters.add(waiter);
    });
  }

  /** Called after every applied batch; returns the function that unsubscribes. */
  onApplied(listener: (applied: AppliedBatch) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async status(): Promise<RunnerStatus> {
    const head = await this.eventStore.headPosition();
    return {
      state: this.state,
      instanceId: this.instanceId,
      ...(this.failure !== undefined && { message: this.failure }),
      checkpoint: this.current,
      head,
      lag: head > this.current ? head - this.current : 0n,
      projections: this.projections.map(({ name }) => ({ name, checkpoint: this.checkpoints.get(name) ?? 0n })),
    };
  }

  private async prepare(projection: Projection): Promise<void> {
    const { name, tables, version } = projection;
    await this.readStore.ensureTables(name, tables, version);
    const stored = await this.readStore.storedVersion(name);
    if (stored?.version !== version || stored.fingerprint !== tablesFingerprint(tables)) {
      const reason = stored?.version !== version ? `version ${stored?.version} -> ${version}` : 'its tables changed';
      this.logger.log(`Rebuilding projection "${name}" (${reason})`);
      const started = Date.now();
      let lastLog = started;
      const onProgress = (done: number, total: number) => {
        if (Date.now() - lastLog < PROGRESS_LOG_MS) return;
        lastLog = Date.now();
        this.logger.log(`Rebuilding projection "${name}": position ${done} of ${total}`);
      };
      const checkpoint = await rebuildProjection(this.eventStore, this.readStore, projection, { batchSize: this.batchSize, onProgress });
      this.logger.log(`Rebuilt projection "${name}" up to position ${checkpoint} in ${Date.now() - started} ms`);
    }
    this.checkpoints.set(name, await this.readStore.checkpoint(name));
  }

  /** Rethrows so the subscription ends at once; its own error report then finds the runner failed already. */
  private async handle(events: StoredEvent[]): Promise<void> {
    const changed = new BatchChanges();
    try {
      for (const projection of this.projections) await this.applyTo(projection, events, changed);
    } catch (error) {
      this.fail(error);
      throw error;
    } finally {
      this.advance(changed);
    }
    if (this.state === 'running' && Date.now() - this.catchUp.lastLog >= PROGRESS_LOG_MS) {
      this.catchUp.lastLog = Date.now();
      this.logger.log(`Projections catching up: position ${this.current} of ${this.catchUp.head}`);
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

  private advance(changed: BatchChanges): void {
    let lowest: bigint | undefined;
    for (const checkpoint of this.checkpoints.values()) if (lowest === undefined || checkpoint < lowest) lowest = checkpoint;
    this.current = lowest ?? 0n;
    for (const waiter of this.waiters) if (waiter.position <= this.current) waiter.settle(true);
    const tables = changed.tables;
    if (!tables.length) return;
    if (this.state === 'running' || this.state === 'caughtUp') this.tellPeers(changed);
    const applied: AppliedBatch = { position: this.current, tables, daysOf: (table) => changed.daysOf(table) };
    for (const listener of this.listeners) {
      try {
        listener(applied);
      } catch (error) {
        this.logger.error(`Projection runner listener failed: ${describe(error)}`, stackOf(error));
      }
    }
  }

  private tellPeers(changed: BatchChanges): void {
    this.options.peers?.publish({ checkpoints: [...this.checkpoints].map(([name, checkpoint]) => [name, String(checkpoint)]), changes: changed.entries() });
  }

  private fail(error: unknown): void {
    if (this.state === 'failed') return;
    this.state = 'failed';
    this.failure = describe(error);
    this.logger.error(`Projection runner stopped: ${this.failure}`, stackOf(error));
    // Not awaited: a failing batch runs inside the subscription, which finishes only after it returns.
    this.subscription?.stop().catch((stopError: unknown) => this.logger.error(`Stopping the subscription failed: ${describe(stopError)}`));
    this.releaseWaiters();
  }

  /** Nothing more will be applied: waiting longer could not help. */
  private releaseWaiters(): void {
    for (const waiter of this.waiters) waiter.settle(false);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function stackOf(error: unknown): string | undefined {
  return error instanceof Error ? error.stack : undefined;
}
