import { isStorageFull } from '../event-store/event-store.errors';
import { EventStore } from '../event-store/event-store.port';
import { PeerChannel } from '../common/peer-channel';
import { BatchChanges } from './batch-changes';
import { Projection } from './projection';
import { ProjectionApplier } from './projection-applier';
import { PeerBatch, ProjectionFollower, peerBatchOf } from './projection-follower';
import { ProjectionLeadership } from './projection-leadership';
import { PositionWaiters } from './read-your-writes';
import { ReadStore, Row } from './read-store.port';
import { REPLAY_BATCH_SIZE, RebuildAlongside } from './rebuild';
import { RunnerLogger, messageOf, stackOf } from './runner-log';
import { prepareProjections } from './startup-rebuild';
import { leaseOwnerName } from './lease-holder';

import { randomUUID } from 'node:crypto';

export type { PeerBatch } from './projection-follower';
export type { RunnerLogger } from './runner-log';

const DEFAULT_LEASE_TTL_MS = 15_000;
const STORAGE_RETRY_MS = 5_000;
/** Counting the events behind reads them on KurrentDB: a status read stops counting here. */
const DEFAULT_LAG_LIMIT = 100_000;

export interface ProjectionRunnerOptions {
  /** Events per batch while catching up; live appends arrive in whatever batches they were written. */
  batchSize?: number;
  logger?: RunnerLogger;
  /** Names this service instance in the projection lease; unique by default. */
  instanceId?: string;
  /** A leader that has not renewed its lease for this long is replaced; renewed every third of it. */
  leaseTtlMs?: number;
  /** How often a runner stalled by a full disk tries again (5 s). */
  storageRetryMs?: number;
  /** Rebuilds some projections in another thread when the start-up rebuilds several. */
  rebuildAlongside?: RebuildAlongside;
  /**
   * The other workers of this service: the leader tells them each batch it applied, with the rows
   * it changed, so followers advance at once and drop only what the batch changed.
   */
  peers?: PeerChannel<PeerBatch>;
}

/**
 * `running` is catching up; `caughtUp` has read everything stored at start and is following live
 * appends; `following` means another instance holds the lease and runs the projections, and this
 * one follows their checkpoints in the read store.
 */
export type RunnerState = 'idle' | 'starting' | 'running' | 'caughtUp' | 'following' | 'stalled' | 'failed' | 'stopped';

export interface RunnerStatus {
  state: RunnerState;
  instanceId: string;
  /** Why the runner failed. */
  message?: string;
  /** Position every projection has applied. */
  checkpoint: bigint;
  head: bigint;
  /** Events after the checkpoint, counted no further than the limit asked for. */
  lag: number;
  /** While following: the instance running the projections, or undefined when nobody does (its lease expired). */
  leader?: string;
  projections: Array<{ name: string; checkpoint: bigint }>;
}

export interface AppliedBatch {
  /** The runner's position after the batch. */
  position: bigint;
  /** Logical tables the batch changed, for invalidating what was cached from them. */
  tables: string[];
  /** The business days of a table's changed rows; null when unknown (any day may have changed). */
  daysOf(table: string): ReadonlySet<string> | null;
  /**
   * The keys (key columns only) of a table's changed rows, so what was loaded from them is reloaded
   * row by row; null when unknown (a follower that saw only a checkpoint move), empty for a table
   * the batch left alone. The runner always tells; a batch without it reads as unknown.
   */
  keysOf?(table: string): readonly Row[] | null;
}

/**
 * Keeps the projections' tables following the event store. The instance holding the lease leads:
 * it rebuilds at start any projection whose version or tables changed, then applies the log to
 * every projection (ProjectionApplier). The others follow its progress (ProjectionFollower). A
 * failure stops the runner (reads then serve the last applied state) and shows in `status()`; a
 * restart carries on from the stored checkpoints.
 */
export class ProjectionRunner {
  private readonly batchSize: number;
  private readonly logger: RunnerLogger;
  private readonly leadership: ProjectionLeadership;
  private readonly follower: ProjectionFollower;
  private applier: ProjectionApplier | undefined;
  private unsubscribePeers: (() => void) | undefined;
  private readonly checkpoints = new Map<string, bigint>();
  private readonly waiters = new PositionWaiters();
  private readonly listeners = new Set<(applied: AppliedBatch) => void>();
  private state: RunnerState = 'idle';
  private failure: string | undefined;
  private retry: NodeJS.Timeout | undefined;
  private current = 0n;
  /**
   * Position up to which every peer worker has also heard of the batches: what waitFor answers
   * from, so a mutation answers once any worker the client asks next reads it (see advance).
   */
  private visible = 0n;
  private revealing: Promise<void> = Promise.resolve();

  constructor(
    private readonly eventStore: EventStore,
    private readonly readStore: ReadStore,
    private readonly projections: Projection[],
    private readonly options: ProjectionRunnerOptions = {},
  ) {
    this.batchSize = options.batchSize ?? REPLAY_BATCH_SIZE;
    this.logger = options.logger ?? console;
    const instanceId = options.instanceId ?? leaseOwnerName(randomUUID().slice(0, 8));
    this.leadership = new ProjectionLeadership(readStore, instanceId, options.leaseTtlMs ?? DEFAULT_LEASE_TTL_MS, this.logger);
    this.follower = new ProjectionFollower(
      readStore,
      projections,
      this.checkpoints,
      { withPeers: !!options.peers, logger: this.logger },
      (changes) => this.advance(changes),
    );
  }

  /** Lowest position applied by every projection. */
  get position(): bigint {
    return this.current;
  }

  /** Resolves once the tables are ready and the subscription started (not once caught up); rejects when the preparation fails. */
  async start(): Promise<void> {
    if (this.state !== 'idle') throw new Error(`Projection runner cannot start: it is ${this.state}`);
    this.state = 'starting';
    this.unsubscribePeers = this.options.peers?.subscribe((batch) => {
      if (this.state === 'following') this.follower.fromPeer(batch);
    });
    if (await this.leadership.acquire()) await this.lead();
    else await this.follow();
    this.leadership.keep({
      role: () =>
        this.state === 'running' || this.state === 'caughtUp' ? 'leading' : this.state === 'following' ? 'following' : undefined,
      takeOver: async () => {
        this.follower.stop();
        await this.lead();
      },
      stepDown: async () => {
        await this.applier?.stop();
        this.applier = undefined;
        await this.follow();
      },
    });
  }

  async stop(): Promise<void> {
    clearTimeout(this.retry);
    this.leadership.stopKeeping();
    this.follower.stop();
    this.unsubscribePeers?.();
    await this.applier?.stop();
    if (this.state !== 'failed') this.state = 'stopped';
    this.waiters.releaseAll();
    await this.leadership.release();
  }

  /** True once every projection has applied `position`; false on timeout or when the runner stops or fails first. */
  waitFor(position: bigint, timeoutMs: number): Promise<boolean> {
    if (this.visible >= position) return Promise.resolve(true);
    if (this.state === 'failed' || this.state === 'stopped') return Promise.resolve(false);
    return this.waiters.wait(position, timeoutMs);
  }

  /** Called after every applied batch; returns the function that unsubscribes. */
  onApplied(listener: (applied: AppliedBatch) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** `lagLimit`: how far to count the events behind; a caller comparing with a limit needs one more. */
  async status(lagLimit = DEFAULT_LAG_LIMIT): Promise<RunnerStatus> {
    const head = await this.eventStore.headPosition();
    const checkpoint = this.current;
    const following = this.state === 'following';
    const leader = following ? await this.leadership.holder() : undefined;
    return {
      state: this.state,
      instanceId: this.leadership.instanceId,
      ...(this.failure !== undefined && { message: this.failure }),
      ...(following && { leader }),
      checkpoint,
      head,
      lag: head > checkpoint ? await this.eventStore.countAfter(checkpoint, lagLimit) : 0,
      projections: this.projections.map(({ name }) => ({ name, checkpoint: this.checkpoints.get(name) ?? 0n })),
    };
  }

  private async lead(): Promise<void> {
    this.state = 'starting';
    try {
      const prepared = await prepareProjections(this.eventStore, this.readStore, this.projections, {
        batchSize: this.batchSize,
        logger: this.logger,
        alongside: this.options.rebuildAlongside,
      });
      for (const [name, checkpoint] of prepared) this.checkpoints.set(name, checkpoint);
    } catch (error) {
      this.fail(error);
      throw error;
    }
    this.advance(new BatchChanges());
    this.state = 'running';
    this.applier = new ProjectionApplier(
      this.eventStore,
      this.readStore,
      this.projections,
      this.checkpoints,
      { batchSize: this.batchSize, logger: this.logger },
      {
        advance: (changes) => this.advance(changes),
        caughtUp: () => {
          if (this.state === 'running') this.state = 'caughtUp';
        },
        fail: (error) => this.fail(error),
      },
    );
    await this.applier.start(this.current);
  }

  /** Another instance runs the projections: take their progress from it. */
  private async follow(): Promise<void> {
    this.state = 'following';
    this.logger.log(`Projections run in another instance; ${this.leadership.instanceId} follows their checkpoints`);
    await this.follower.start();
  }

  private advance(changes: BatchChanges): void {
    let lowest: bigint | undefined;
    for (const checkpoint of this.checkpoints.values()) if (lowest === undefined || checkpoint < lowest) lowest = checkpoint;
    this.current = lowest ?? 0n;
    const position = this.current;
    const tables = changes.tables;
    const peers = this.state === 'running' || this.state === 'caughtUp' ? this.options.peers : undefined;
    if (peers) {
      // The peers are told before waiters hear, and in order: a client whose mutation answered
      // may ask another worker next, which must not answer from what it cached before.
      const told = tables.length ? peers.publishAndConfirm(peerBatchOf(this.checkpoints, changes)) : undefined;
      this.revealing = this.revealing.then(() => told).then(() => this.reveal(position));
    } else this.reveal(position);
    if (!tables.length) return;
    const applied: AppliedBatch = {
      position: this.current,
      tables,
      daysOf: (table) => changes.daysOf(table),
      keysOf: (table) => changes.keysOf(table),
    };
    for (const listener of this.listeners) {
      try {
        listener(applied);
      } catch (error) {
        this.logger.error(`Projection runner listener failed: ${messageOf(error)}`, stackOf(error));
      }
    }
  }

  private reveal(position: bigint): void {
    if (position > this.visible) this.visible = position;
    this.waiters.reached(this.visible);
  }

  private fail(error: unknown): void {
    if (this.state === 'failed' || this.state === 'stalled') return;
    if (isStorageFull(error)) return this.stall(error);
    this.state = 'failed';
    this.failure = messageOf(error);
    this.logger.error(`Projection runner stopped: ${this.failure}`, stackOf(error));
    // Not awaited: a failing batch runs inside the subscription, which finishes only after it returns.
    this.applier?.stop().catch((stopError: unknown) => this.logger.error(`Stopping the subscription failed: ${messageOf(stopError)}`));
    this.waiters.releaseAll();
  }

  /**
   * A full disk refused a batch: nothing of it was written. The runner waits and starts leading
   * again from the stored checkpoints, so it resumes by itself once space is freed.
   */
  private stall(error: unknown): void {
    this.state = 'stalled';
    this.failure = `存储空间已满，投影暂停，将自动重试 / storage is full: projections paused until space is freed (${messageOf(error)})`;
    this.logger.error(`Projection runner stalled: ${this.failure}`, stackOf(error));
    const applier = this.applier;
    this.applier = undefined;
    applier?.stop().catch((stopError: unknown) => this.logger.error(`Stopping the subscription failed: ${messageOf(stopError)}`));
    this.retry = setTimeout(() => {
      if (this.state !== 'stalled') return;
      this.failure = undefined;
      // The lease was not renewed while stalled: another instance may lead now. lead() reports its
      // own failure, and stalls again while the disk is still full.
      const resume = async () => ((await this.leadership.acquire()) ? this.lead() : this.follow());
      resume().catch((resumeError: unknown) => this.fail(resumeError));
    }, this.options.storageRetryMs ?? STORAGE_RETRY_MS);
    this.retry.unref();
  }
}
