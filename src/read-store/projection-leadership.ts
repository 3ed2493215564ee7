import { holderIsGone } from './lease-holder';
import { ReadStore } from './read-store.port';
import { RunnerLogger, messageOf, stackOf } from './runner-log';

/** One lease covers all projections: the instance holding it runs them, the others follow. */
const LEASE = 'projection-runner';

/** What the lease decides between; the runner does the switching. */
export interface LeadershipRoles {
  /** Undefined while the runner is neither leading nor following (starting, failed, stopped): the lease is then left alone. */
  role(): 'leading' | 'following' | undefined;
  takeOver(): Promise<void>;
  stepDown(): Promise<void>;
}

/**
 * The projection lease in the read store. Service instances sharing a read store run the
 * projections only while holding it, so exactly one applies batches; a leader that stops renewing
 * it is replaced once it expires.
 */
export class ProjectionLeadership {
  private timer: NodeJS.Timeout | undefined;
  private tending = false;

  constructor(
    private readonly readStore: ReadStore,
    readonly instanceId: string,
    private readonly ttlMs: number,
    private readonly logger: RunnerLogger,
  ) {}

  /** Takes or renews the lease; takes it at once from a holder known to have stopped on this machine. */
  async acquire(): Promise<boolean> {
    if (await this.readStore.acquireLease(LEASE, this.instanceId, this.ttlMs)) return true;
    const holder = await this.readStore.leaseHolder(LEASE);
    if (!holder || !holderIsGone(holder)) return false;
    this.logger.log(`The projection lease's holder ${holder} no longer runs on this machine; ${this.instanceId} takes it over`);
    await this.readStore.releaseLease(LEASE, holder);
    return this.readStore.acquireLease(LEASE, this.instanceId, this.ttlMs);
  }

  /** The instance running the projections now; undefined when nobody holds the lease. */
  holder(): Promise<string | undefined> {
    return this.readStore.leaseHolder(LEASE);
  }

  /** Renews the lease every third of its time to live while leading, and takes it when the leader is gone. */
  keep(roles: LeadershipRoles): void {
    // unref: the lease alone must not keep a process alive that has nothing else to do.
    this.timer = setInterval(() => void this.tend(roles), Math.max(1, Math.floor(this.ttlMs / 3))).unref();
  }

  stopKeeping(): void {
    clearInterval(this.timer);
  }

  /** Gives the lease up at once, so another instance takes over without waiting for it to expire. */
  async release(): Promise<void> {
    await this.readStore
      .releaseLease(LEASE, this.instanceId)
      .catch((error: unknown) => this.logger.error(`Releasing the lease failed: ${messageOf(error)}`));
  }

  /** Never rejects: a failed renewal is logged and tried again at the next tick. */
  private async tend(roles: LeadershipRoles): Promise<void> {
    if (this.tending || !roles.role()) return;
    this.tending = true;
    try {
      const held = await this.acquire();
      // Asked again: the runner may have stopped or failed while the store answered.
      const role = roles.role();
      if (held && role === 'following') {
        this.logger.log(`${this.instanceId} took over the projections`);
        await roles.takeOver();
      } else if (!held && role === 'leading') {
        this.logger.log(`${this.instanceId} lost the projection lease; following the new leader`);
        await roles.stepDown();
      }
    } catch (error) {
      this.logger.error(`Projection lease: ${messageOf(error)}`, stackOf(error));
    } finally {
      this.tending = false;
    }
  }
}
